package com.agentacademy.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Links in pages are written as the templates spell them. Spring's resource URL filter, switched on
 * because the WebJars locator is present, would rewrite every link of every page into a versioned
 * one, and for each link that is not a static file (most of them: questions, courses, menus) it
 * searched the class path of the packed jar anew on every request, because it keeps only the links
 * it found: about a tenth of the application's CPU time under load. The WebJars are still found
 * without their version when the browser asks for them.
 */
@Configuration(proxyBeanMethods = false)
class ResourceLinkConfiguration {

    /** Takes the place of the filter that Boot's Thymeleaf configuration would register, switched off. */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        var registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
