package com.agentacademy.web;

/**
 * The name of an uploaded file as pages, stored records and the audit log may show it: the last
 * part of whatever path the browser sent ({@code ../}, {@code C:\...} and absolute paths lose
 * their folders), without control or bidirectional-formatting characters (a line break could forge
 * a line of a log, a right-to-left override could disguise {@code exe.csv}), and cut to a length.
 * The name is never used to store a file.
 */
public final class UploadedFileName {

    private UploadedFileName() {
    }

    /** The name, or {@code ""} when nothing is left of it. */
    public static String of(String original, int maxLength) {
        if (original == null) {
            return "";
        }
        String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1)
                .replaceAll("[\\p{Cc}\\p{Cf}]", "").strip();
        if (name.length() <= maxLength) {
            return name;
        }
        int end = Character.isHighSurrogate(name.charAt(maxLength - 1)) ? maxLength - 1 : maxLength;
        return name.substring(0, end);
    }
}
