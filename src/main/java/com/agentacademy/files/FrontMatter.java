package com.agentacademy.files;

/**
 * A Markdown file split into its YAML front matter (between the first two {@code ---} lines) and
 * its body.
 *
 * @param yaml the front matter, empty when the file has none
 * @param yamlFirstLine the file line the front matter starts on (the line after {@code ---})
 * @param body the Markdown after the front matter
 * @param bodyFirstLine the file line the body starts on
 */
public record FrontMatter(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {

    public static FrontMatter split(String text) {
        String normalised = text.replace("\r\n", "\n");
        if (normalised.startsWith("\uFEFF")) {
            normalised = normalised.substring(1);
        }
        if (!normalised.startsWith("---\n")) {
            return new FrontMatter("", 1, normalised, 1);
        }
        int end = normalised.indexOf("\n---", 3);
        while (end >= 0 && !(end + 4 == normalised.length() || normalised.charAt(end + 4) == '\n')) {
            end = normalised.indexOf("\n---", end + 4);
        }
        if (end < 0) {
            return new FrontMatter("", 1, normalised, 1);
        }
        String yaml = normalised.substring(4, end + 1);
        int bodyStart = Math.min(normalised.length(), end + 5);
        int yamlLines = (int) yaml.chars().filter(c -> c == '\n').count();
        return new FrontMatter(yaml, 2, normalised.substring(bodyStart), 2 + yamlLines + 1);
    }

    public boolean hasYaml() {
        return !yaml.isBlank();
    }
}
