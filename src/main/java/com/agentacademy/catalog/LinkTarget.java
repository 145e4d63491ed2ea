package com.agentacademy.catalog;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a link or image of a module points once a relative path is resolved against the course
 * folder, and what is wrong with it if anything. Absolute URLs, site paths and fragments are left
 * exactly as written: whether they are safe to show is the sanitiser's decision, not this one's.
 */
record LinkTarget(String url, Optional<String> problem) {

    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:");

    private static final Pattern MODULE_FILE = Pattern.compile("\\d{2}-([a-z0-9-]+)(?:\\.zh-CN)?\\.md");

    static LinkTarget resolve(String url, boolean image, ModuleLinks links) {
        if (url.isEmpty() || "#?/".indexOf(url.charAt(0)) >= 0 || SCHEME.matcher(url).lookingAt()) {
            return new LinkTarget(url, Optional.empty());
        }
        int end = endOfPath(url);
        String suffix = url.substring(end);
        return normalised(url.substring(0, end))
                .map(path -> inCourse(path, suffix, image, links))
                .orElseGet(() -> new LinkTarget("", Optional.of("Leads outside the course: " + url)));
    }

    private static LinkTarget inCourse(String path, String suffix, boolean image, ModuleLinks links) {
        Matcher module = MODULE_FILE.matcher(path);
        if (!image && module.matches()) {
            boolean exists = links.moduleExists().test(path);
            return new LinkTarget(links.moduleUrl(module.group(1)) + suffix,
                    exists ? Optional.empty() : Optional.of("Module not found: " + path));
        }
        boolean exists = links.fileExists().test(decoded(path));
        String kind = image ? "Image" : "Linked file";
        return new LinkTarget(links.fileUrl(path) + suffix,
                exists ? Optional.empty() : Optional.of(kind + " not found: " + path));
    }

    private static int endOfPath(String url) {
        for (int i = 0; i < url.length(); i++) {
            if (url.charAt(i) == '?' || url.charAt(i) == '#') {
                return i;
            }
        }
        return url.length();
    }

    /** The path without {@code .} and {@code ..} segments; empty when it climbs out of the folder. */
    private static Optional<String> normalised(String path) {
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    return Optional.empty();
                }
                segments.removeLast();
            }
            else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        return Optional.of(String.join("/", segments));
    }

    /** Authors may write {@code images/my%20photo.png} for a file with a space in its name. */
    private static String decoded(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        }
        catch (IllegalArgumentException malformed) {
            return path;
        }
    }
}
