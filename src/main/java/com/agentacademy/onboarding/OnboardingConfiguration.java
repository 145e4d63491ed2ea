package com.agentacademy.onboarding;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The working-day calendar from the settings' holidays and worked weekend days. */
@Configuration(proxyBeanMethods = false)
class OnboardingConfiguration {

    @Bean
    WorkingDays workingDays(OnboardingProperties properties) {
        return new WorkingDays(properties.holidays(), properties.workingWeekends());
    }
}
