package com.agentacademy.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the keys for personal data come from: {@code ACADEMY_DATA_KEYS} ({@code id:base64,...}, the
 * first or {@code ACADEMY_DATA_KEY_CURRENT} current). The embedded default, started with nothing
 * set, generates a key once into a local file and warns; the {@code mysql} profile refuses to start
 * without keys.
 */
@Configuration(proxyBeanMethods = false)
class PersonalDataKeys {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataKeys.class);

    static final String MISSING = "No keys for personal data. Set ACADEMY_DATA_KEYS to one or more keys as "
            + "id:base64 separated by commas, each 32 random bytes (for example k1:$(openssl rand -base64 32)); "
            + "the first is current unless ACADEMY_DATA_KEY_CURRENT names another.";

    @Bean
    PersonalDataCipher personalDataCipher(PersonalDataProperties properties) {
        String spec = properties.keys();
        if (spec.isEmpty()) {
            if (properties.keyFile().isEmpty()) {
                throw new IllegalStateException(MISSING);
            }
            spec = localKeys(Path.of(properties.keyFile()));
        }
        return PersonalDataCipher.of(spec, properties.currentKey());
    }

    /** Parses {@code id:base64,id:base64}; a message names the entry at fault, never a key's bytes. */
    static Map<String, byte[]> parse(String spec) {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        int position = 0;
        for (String entry : spec.split(",")) {
            position++;
            String trimmed = entry.strip();
            int colon = trimmed.indexOf(':');
            String id = colon < 0 ? "" : trimmed.substring(0, colon).strip();
            if (!id.matches("[A-Za-z0-9_-]{1,16}")) {
                throw new IllegalStateException("Personal-data key " + position
                        + " needs an id of 1-16 letters, digits, '_' or '-' before a ':' (id:base64)");
            }
            byte[] raw;
            try {
                raw = Base64.getDecoder().decode(trimmed.substring(colon + 1).strip());
            }
            catch (IllegalArgumentException ex) {
                throw new IllegalStateException("Personal-data key '" + id + "' is not valid base64");
            }
            if (raw.length != 32) {
                throw new IllegalStateException("Personal-data key '" + id + "' has " + raw.length
                        + " bytes; it needs 32 (256 bits)");
            }
            if (keys.put(id, raw) != null) {
                throw new IllegalStateException("Personal-data key id '" + id + "' is listed twice");
            }
        }
        return keys;
    }

    /** The local key file, created with one new key on the first start. */
    private static String localKeys(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] raw = new byte[32];
                new SecureRandom().nextBytes(raw);
                Files.createDirectories(file.toAbsolutePath().getParent());
                try {
                    Files.writeString(file, "local1:" + Base64.getEncoder().encodeToString(raw) + "\n",
                            StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    restrict(file);
                    log.warn("Generated a key for personal data in {}; set ACADEMY_DATA_KEYS in production", file);
                }
                catch (FileAlreadyExistsException another) {
                    // created meanwhile by another start: read that one
                }
            }
            log.warn("Personal data is encrypted with the local key file {}, not with ACADEMY_DATA_KEYS", file);
            return String.join(",", Files.readAllLines(file, StandardCharsets.US_ASCII).stream()
                    .map(String::strip).filter(line -> !line.isEmpty()).toList());
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read or create the personal-data key file " + file, ex);
        }
    }

    private static void restrict(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        catch (UnsupportedOperationException | IOException notPosix) {
            // on file systems without POSIX permissions the directory's own protection applies
        }
    }
}
