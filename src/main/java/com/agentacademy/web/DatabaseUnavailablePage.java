package com.agentacademy.web;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import com.agentacademy.security.BaselineHeaders;

/**
 * When the database cannot be reached, every request answers 503 with a page that needs no
 * database, in the visitor's language and with the usual security headers. It sits in front of
 * the session filter because the session itself lives in the database: loading it, or saving it
 * at the end of the request, is often what fails first, before any controller runs. The pool's
 * {@code connection-timeout} bounds how long a visitor waits for this page; once the database is
 * back the pool opens new connections and pages answer again without a restart.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class DatabaseUnavailablePage extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailablePage.class);
    private static final String RETRY_AFTER_SECONDS = "30";

    private final ITemplateEngine templates;
    private final LocaleResolver locales;
    private final DataSource dataSource;
    private final StaticLinkFilter staticLinks;

    DatabaseUnavailablePage(ITemplateEngine templates, LocaleResolver locales, DataSource dataSource,
            StaticLinkFilter staticLinks) {
        this.templates = templates;
        this.locales = locales;
        this.dataSource = dataSource;
        this.staticLinks = staticLinks;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        }
        catch (ServletException | IOException | RuntimeException failure) {
            boolean unreachable = isDatabaseUnreachable(failure) || (involvesDatabase(failure) && !databaseAnswers());
            if (!unreachable || response.isCommitted()) {
                throw failure;
            }
            log.warn("The database cannot be reached; {} {} answered 503: {}", request.getMethod(),
                    request.getRequestURI(), failure.toString());
            answerUnavailable(request, response);
        }
    }

    /** Whether the failure comes from a database that cannot be reached (rather than from a bad statement). */
    static boolean isDatabaseUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof RecoverableDataAccessException || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException || cause instanceof SQLRecoverableException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a database call is somewhere in the failure. A connection lost in the middle of a
     * transaction can surface as the failure of its rollback, whose exception says only that the
     * connection is closed; for such failures the database itself is asked.
     */
    private static boolean involvesDatabase(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException || cause instanceof DataAccessException
                    || cause instanceof TransactionException) {
                return true;
            }
        }
        return false;
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        }
        catch (SQLException | RuntimeException unreachable) {
            return false;
        }
    }

    /** The page without the database, with the headers every other answer carries. */
    private void answerUnavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.reset();
        BaselineHeaders.writeTo(response);
        Locale locale = locales.resolveLocale(request);
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setContentType("text/html;charset=UTF-8");
        response.setLocale(locale);
        var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, staticLinks.linking(request, response));
        templates.process("error/503", new WebContext(exchange, locale, Map.of()), response.getWriter());
        response.flushBuffer();
    }
}
