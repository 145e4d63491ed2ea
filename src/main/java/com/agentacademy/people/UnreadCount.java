package com.agentacademy.people;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import com.agentacademy.security.SignedInPerson;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Puts the signed-in person's unread notification count into the model of every page that is
 * rendered, for the header. Only rendered pages pay for the count: JSON answers (autosave) and
 * redirects do not.
 */
@Configuration(proxyBeanMethods = false)
class UnreadCount implements WebMvcConfigurer, HandlerInterceptor {

    static final String ATTRIBUTE = "unreadNotifications";

    private final Notifications notifications;

    UnreadCount(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView page) {
        if (page == null || page.getViewName() == null || page.getViewName().startsWith("redirect:")) {
            return;
        }
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInPerson person) {
            page.addObject(ATTRIBUTE, notifications.unreadCount(person.personId()));
        }
    }
}
