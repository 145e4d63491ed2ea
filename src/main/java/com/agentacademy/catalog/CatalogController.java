package com.agentacademy.catalog;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import com.agentacademy.security.SignedInPerson;

/** The catalog by track, a course's page, and search over all published modules. */
@Controller
class CatalogController {

    private final CatalogReading reading;
    private final ModuleSearch search;

    CatalogController(CatalogReading reading, ModuleSearch search) {
        this.reading = reading;
        this.search = search;
    }

    @GetMapping("/courses")
    String catalog(@AuthenticationPrincipal SignedInPerson person, Locale locale, Model model) {
        model.addAttribute("tracks", reading.catalog(person.personId(), locale));
        return "catalog/catalog";
    }

    @GetMapping("/courses/{slug}")
    String course(@PathVariable String slug, @AuthenticationPrincipal SignedInPerson person, Locale locale,
            Model model) {
        var page = reading.course(slug, person.personId(), locale)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("page", page);
        model.addAttribute("card", page.card());
        return "catalog/course";
    }

    @GetMapping("/search")
    String search(@RequestParam(defaultValue = "") String q, Locale locale, Model model) {
        String query = q.length() > 100 ? q.substring(0, 100) : q;
        model.addAttribute("q", query);
        model.addAttribute("hits", query.isBlank() ? java.util.List.of() : search.search(query, locale));
        return "catalog/search";
    }
}
