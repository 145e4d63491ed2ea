package com.agentacademy.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

import com.agentacademy.security.SignedInPerson;

/** The language switch in the layout's header: remembered in a cookie and, when signed in, in the profile. */
@Controller
class LanguageController {

    private final LocaleResolver locales;
    private final ApplicationEventPublisher events;

    LanguageController(LocaleResolver locales, ApplicationEventPublisher events) {
        this.locales = locales;
        this.events = events;
    }

    @PostMapping("/language")
    String switchLanguage(@RequestParam String lang, @RequestParam(defaultValue = "/") String back,
            @AuthenticationPrincipal SignedInPerson person, HttpServletRequest request, HttpServletResponse response) {
        Locale chosen = Languages.closestTo(Locale.forLanguageTag(lang));
        locales.setLocale(request, response, chosen);
        if (person != null) {
            events.publishEvent(new LanguageChosen(person.personId(), chosen.toLanguageTag()));
        }
        return "redirect:" + LocalPaths.safe(back);
    }
}
