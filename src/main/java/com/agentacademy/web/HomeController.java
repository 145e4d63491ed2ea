package com.agentacademy.web;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.agentacademy.security.SignedInPerson;

/** The signed-in home page: one panel per role the person holds, filled by the modules. */
@Controller
class HomeController {

    private final List<HomeContribution> contributions;

    HomeController(List<HomeContribution> contributions) {
        this.contributions = contributions;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal SignedInPerson person, Model model) {
        contributions.forEach(contribution -> contribution.addTo(model, person));
        return "home";
    }
}
