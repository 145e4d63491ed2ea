package com.agentacademy.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.web.http.SessionRepositoryFilter;

/** Sessions in the database, with fewer writes: see {@link QuietSessions}. */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    @Bean
    static BeanPostProcessor quietSessions() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof FindByIndexNameSessionRepository<?> sessions ? quiet(sessions) : bean;
            }
        };
    }

    /** Runs around Spring Session's filter, so that a session saved by one request is never reused by the next. */
    @Bean
    FilterRegistrationBean<Filter> forgetSavedSession() {
        Filter filter = (request, response, chain) -> {
            try {
                chain.doFilter(request, response);
            }
            finally {
                QuietSessions.forgetSaved();
            }
        };
        var registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 10);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        return registration;
    }

    private static <S extends Session> QuietSessions<S> quiet(FindByIndexNameSessionRepository<S> sessions) {
        return new QuietSessions<>(sessions);
    }
}
