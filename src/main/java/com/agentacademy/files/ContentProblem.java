package com.agentacademy.files;

/**
 * Something wrong in a content file, said the way compilers say it: {@code path:line: message}.
 *
 * @param path the file, relative to the content folder's parent (e.g. {@code courses/x/01-a.md})
 * @param line the 1-based line, or 0 when the problem is the file as a whole
 * @param message what is wrong, in English
 */
public record ContentProblem(String path, int line, String message) {

    @Override
    public String toString() {
        return path + ":" + Math.max(line, 1) + ": " + message;
    }
}
