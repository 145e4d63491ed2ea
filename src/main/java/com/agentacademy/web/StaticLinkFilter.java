package com.agentacademy.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Writes links to static files with their content hash ({@code /css/academy-<hash>.css}), so that
 * browsers keep them for a year and fetch a new release's files at once. Only links under the
 * static folders are looked up, each once: their names are fixed by the templates and the release.
 */
class StaticLinkFilter extends OncePerRequestFilter {

    static final List<String> STATIC_FOLDERS = List.of("/css/", "/js/", "/images/", "/webjars/");

    private static final int MAX_REMEMBERED = 500;

    private final ResourceUrlProvider resources;
    private final Map<String, String> versioned = new ConcurrentHashMap<>();

    StaticLinkFilter(ResourceUrlProvider resources) {
        this.resources = resources;
    }

    /** Error pages carry links to the stylesheets too. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, linking(request, response));
    }

    /** The answer with its links to static files versioned, for a page written outside the chain. */
    HttpServletResponse linking(HttpServletRequest request, HttpServletResponse response) {
        return new HttpServletResponseWrapper(response) {
            @Override
            public String encodeURL(String url) {
                return super.encodeURL(versioned(request.getContextPath(), url));
            }
        };
    }

    String versioned(String contextPath, String url) {
        if (url == null || !url.startsWith(contextPath)) {
            return url;
        }
        String path = url.substring(contextPath.length());
        if (STATIC_FOLDERS.stream().noneMatch(path::startsWith)) {
            return url;
        }
        int end = path.length();
        for (char mark : new char[] { '?', '#' }) {
            int at = path.indexOf(mark);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String file = path.substring(0, end);
        String found = versioned.get(file);
        if (found == null) {
            String resolved = resources.getForLookupPath(file);
            found = resolved == null ? file : resolved;
            if (versioned.size() < MAX_REMEMBERED) {
                versioned.put(file, found);
            }
        }
        return contextPath + found + path.substring(end);
    }
}
