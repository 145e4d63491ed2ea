package com.agentacademy.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the keys come from: the environment's list (first or named current), a key file generated
 * once for the embedded default, and a clear refusal to start under the {@code mysql} profile
 * (no key file) without keys. Messages name the entry at fault, never a key's bytes.
 */
class PersonalDataKeysTests {

    static final String KEY = "bmV3LWtleS10aGlydHktdHdvLWJ5dGVzLWxvbmcuLi4=";

    @TempDir
    Path folder;

    @Test
    void withoutKeysOrKeyFileTheApplicationRefusesToStartAndSaysWhatToSet() {
        assertThatThrownBy(() -> cipher("", "", ""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ACADEMY_DATA_KEYS")
                .hasMessageContaining("32 random bytes");
    }

    @Test
    void theEmbeddedDefaultGeneratesOneKeyOnceAndKeepsUsingIt() throws Exception {
        Path file = folder.resolve("data/personal-data.keys");

        String written = cipher("", "", file.toString()).encrypt("13812345678", "person.phone");
        String stored = Files.readString(file);
        PersonalDataCipher again = cipher("", "", file.toString());

        assertThat(stored).startsWith("local1:");
        assertThat(again.decrypt(written, "person.phone")).isEqualTo("13812345678");
        assertThat(Files.readString(file)).isEqualTo(stored);
    }

    @Test
    void theFirstKeyIsCurrentUnlessAnotherIsNamed() {
        String keys = "k2:" + KEY + ", k1:" + KEY.replace('n', 'm');

        assertThat(cipher(keys, "", "").currentKeyId()).isEqualTo("k2");
        assertThat(cipher(keys, "k1", "").currentKeyId()).isEqualTo("k1");
        assertThatThrownBy(() -> cipher(keys, "k3", "")).hasMessageContaining("k3").hasMessageContaining("k2, k1");
    }

    @Test
    void aBadKeyIsNamedWithoutItsBytes() {
        assertThatThrownBy(() -> cipher("k1:c2hvcnQ=", "", "")).hasMessageContaining("'k1' has 5 bytes")
                .hasMessageNotContaining("c2hvcnQ=");
        assertThatThrownBy(() -> cipher("k1:" + KEY + ",k1:" + KEY, "", "")).hasMessageContaining("listed twice");
        assertThatThrownBy(() -> cipher(KEY, "", "")).hasMessageContaining("key 1 needs an id");
        assertThatThrownBy(() -> cipher("k1:not base64!", "", "")).hasMessageContaining("not valid base64");
    }

    private static PersonalDataCipher cipher(String keys, String current, String keyFile) {
        return new PersonalDataKeys().personalDataCipher(
                new PersonalDataProperties(keys, current, keyFile, Duration.ofHours(1), 200));
    }
}
