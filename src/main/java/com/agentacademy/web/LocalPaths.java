package com.agentacademy.web;

/** Keeps redirect targets that come from a request on this site. */
public final class LocalPaths {

    private LocalPaths() {
    }

    /** The path itself when it is a plain local path, else the home page. */
    public static String safe(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")
                || path.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return path;
    }
}
