package com.agentacademy.onboarding;

import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.agentacademy.security.SignedInPerson;

/** A member's whole onboarding plan: every week with its due date and what is done. */
@Controller
class MyOnboardingController {

    private final MyOnboarding onboarding;

    MyOnboardingController(MyOnboarding onboarding) {
        this.onboarding = onboarding;
    }

    @GetMapping("/onboarding")
    String plan(@AuthenticationPrincipal SignedInPerson person, Locale locale, Model model) {
        model.addAttribute("plans", onboarding.of(person.personId(), locale));
        return "onboarding/plan";
    }
}
