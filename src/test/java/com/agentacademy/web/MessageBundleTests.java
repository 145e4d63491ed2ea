package com.agentacademy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every text a template shows comes from both message bundles, and the bundles match. */
class MessageBundleTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{'?([a-zA-Z0-9.\\-]+)'?[}(+ ]");

    @Test
    void everyKeyUsedInATemplateIsInBothBundles() throws IOException {
        Set<String> used = keysUsedInTemplates();
        assertThat(used).isNotEmpty();
        Properties english = bundle("messages.properties");
        Properties chinese = bundle("messages_zh_CN.properties");
        assertThat(used.stream().filter(key -> !english.containsKey(key) && !isPrefix(key, english)))
                .as("keys missing from messages.properties").isEmpty();
        assertThat(used.stream().filter(key -> !chinese.containsKey(key) && !isPrefix(key, chinese)))
                .as("keys missing from messages_zh_CN.properties").isEmpty();
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        Set<Object> english = new TreeSet<>(bundle("messages.properties").keySet());
        Set<Object> chinese = new TreeSet<>(bundle("messages_zh_CN.properties").keySet());
        assertThat(chinese).containsExactlyElementsOf(english);
    }

    @Test
    void chineseBundleIsReallyTranslated() throws IOException {
        Properties chinese = bundle("messages_zh_CN.properties");
        long han = chinese.values().stream().map(Object::toString)
                .filter(text -> text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                .count();
        assertThat(han).isGreaterThan(chinese.size() * 9L / 10);
    }

    /** Keys built at run time, like {@code 'role.' + ${role}}, count as used when some key starts with them. */
    private static boolean isPrefix(String key, Properties bundle) {
        return key.endsWith(".") && bundle.keySet().stream().anyMatch(k -> k.toString().startsWith(key));
    }

    private static Set<String> keysUsedInTemplates() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".html")).toList()) {
                Matcher matcher = LITERAL_KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }

    private static Properties bundle(String name) throws IOException {
        var properties = new Properties();
        try (var in = MessageBundleTests.class.getClassLoader().getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
