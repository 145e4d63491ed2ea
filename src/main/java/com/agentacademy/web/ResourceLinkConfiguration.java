package com.agentacademy.web;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Links to static files carry their content hash, written by {@link StaticLinkFilter} in place of
 * the filter that Boot's Thymeleaf configuration would register: that one asked the resource chain
 * about every link of every page, and for each link that is not a static file (most of them:
 * questions, courses, menus) it searched the class path of the packed jar anew on every request,
 * because it keeps only the links it found: about a tenth of the application's CPU time under load.
 */
@Configuration(proxyBeanMethods = false)
class ResourceLinkConfiguration {

    /** Takes the place of Boot's own link filter, switched off. */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        var registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    StaticLinkFilter staticLinks(ResourceUrlProvider mvcResourceUrlProvider) {
        return new StaticLinkFilter(mvcResourceUrlProvider);
    }

    /**
     * On every page and error page, inside Spring Security's chain, whose own response wrapper
     * answers links without asking the responses it wraps.
     */
    @Bean
    FilterRegistrationBean<StaticLinkFilter> staticLinkFilter(StaticLinkFilter staticLinks) {
        var registration = new FilterRegistrationBean<>(staticLinks);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }
}
