package com.agentacademy.security;

import java.util.function.Supplier;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.config.annotation.web.http.JdbcHttpSessionConfiguration;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.function.SingletonSupplier;

/** Sessions in the database, with fewer writes: see {@link QuietSessions}. */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    /**
     * Spring Session's own statements run without a transaction of their own: reading a session is
     * one SELECT (in a transaction it was four round trips on every request: autocommit off, the
     * query, commit, autocommit on). {@link QuietSessions} runs each save and delete, which can be
     * several statements, in a transaction itself.
     */
    @Bean
    static BeanPostProcessor quietSessions(ObjectProvider<PlatformTransactionManager> transactions) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof JdbcHttpSessionConfiguration configuration) {
                    configuration.setTransactionOperations(TransactionOperations.withoutTransaction());
                }
                return bean;
            }

            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof FindByIndexNameSessionRepository<?> sessions
                        ? quiet(sessions, SingletonSupplier.of(() -> new TransactionTemplate(transactions.getObject())))
                        : bean;
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

    private static <S extends Session> QuietSessions<S> quiet(FindByIndexNameSessionRepository<S> sessions,
            Supplier<TransactionOperations> writes) {
        return new QuietSessions<>(sessions, writes);
    }
}
