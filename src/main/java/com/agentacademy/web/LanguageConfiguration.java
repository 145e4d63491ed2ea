package com.agentacademy.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The language of a request: the one the person chose (a cookie, set again from their profile at
 * every sign-in), else the browser's.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration {

    static final String COOKIE = "academy-lang";

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new SupportedLanguageResolver();
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(Languages::fromBrowser);
        return resolver;
    }

    /** Stores only languages we speak, whatever was asked for. */
    static final class SupportedLanguageResolver extends CookieLocaleResolver {

        SupportedLanguageResolver() {
            super(COOKIE);
        }

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            return Languages.closestTo(super.resolveLocale(request));
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            super.setLocale(request, response, locale == null ? null : Languages.closestTo(locale));
        }
    }
}
