package com.agentacademy.onboarding;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import com.agentacademy.security.SignedInPerson;
import com.agentacademy.web.HomeContribution;

/** The home page's "this week" panel for members of a cohort. */
@Component
class OnboardingHome implements HomeContribution {

    private final MyOnboarding onboarding;

    OnboardingHome(MyOnboarding onboarding) {
        this.onboarding = onboarding;
    }

    @Override
    public void addTo(Model model, SignedInPerson person) {
        model.addAttribute("onboardingPlans", onboarding.running(person.personId(), LocaleContextHolder.getLocale()));
    }
}
