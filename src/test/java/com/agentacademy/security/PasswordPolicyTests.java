package com.agentacademy.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    @Test
    void acceptsTwelveToOneHundredTwentyEightCharacters() {
        assertThat(PasswordPolicy.problemWith(letters(11), "agent")).contains("password.too-short");
        assertThat(PasswordPolicy.problemWith(letters(12), "agent")).isEmpty();
        assertThat(PasswordPolicy.problemWith(letters(128), "agent")).isEmpty();
        assertThat(PasswordPolicy.problemWith(letters(129), "agent")).contains("password.too-long");
    }

    @Test
    void countsChineseCharactersNotBytes() {
        String sixtyFourChinese = "客服学院培训认证".repeat(8);
        assertThat(sixtyFourChinese.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSize(192);
        assertThat(PasswordPolicy.problemWith(sixtyFourChinese, "agent")).isEmpty();
        assertThat(PasswordPolicy.problemWith("客服学院培训认证考试", "agent")).contains("password.too-short");
    }

    @Test
    void countsCharactersOutsideTheBasicPlaneOnce() {
        assertThat(PasswordPolicy.problemWith(emoji(12), "agent")).isEmpty();
        assertThat(PasswordPolicy.problemWith(emoji(11), "agent")).contains("password.too-short");
    }

    @Test
    void refusesBlank() {
        assertThat(PasswordPolicy.problemWith("   ", "agent")).contains("password.required");
        assertThat(PasswordPolicy.problemWith(null, "agent")).contains("password.required");
    }

    @Test
    void refusesCommonBreachedPasswordsWhateverTheirCase() {
        for (String common : new String[] { "Password1234", "P@ssw0rd1234", "QWERTYUIOP123", "1qaz2wsx3edc",
                "woaini1314520", "WoAiNi5201314", "mima12345678", "Agent Academy", "agentacademy2026", "Lumen1234567",
                "demo-academy-2026", "customerservice" }) {
            assertThat(PasswordPolicy.problemWith(common, "qa.lead")).as(common).contains("password.common");
        }
    }

    @Test
    void refusesAShortPieceRepeatedInAnyScript() {
        assertThat(PasswordPolicy.problemWith("1111111111111111", "agent")).contains("password.common");
        assertThat(PasswordPolicy.problemWith("123412341234", "agent")).contains("password.common");
        assertThat(PasswordPolicy.problemWith("abcabcabcabcabc", "agent")).contains("password.common");
        assertThat(PasswordPolicy.problemWith("1231231231231", "agent")).as("a piece cut short at the end")
                .contains("password.common");
        assertThat(PasswordPolicy.problemWith("客服客服客服客服客服客服", "agent")).contains("password.common");
        assertThat(PasswordPolicy.problemWith("12345123451234512345", "agent")).isEmpty();
    }

    @Test
    void refusesAPasswordThatIsOrContainsTheUserName() {
        assertThat(PasswordPolicy.problemWith("liu.yang.e1001", "liu.yang.e1001")).contains("password.contains-username");
        assertThat(PasswordPolicy.problemWith("my name is Zhang.Wei 2026", "zhang.wei")).contains("password.contains-username");
        assertThat(PasswordPolicy.problemWith("N9001-first-day-on-calls", "n9001")).contains("password.contains-username");
        // two-letter names like "hr" hide inside ordinary words ("three"), so only the whole password counts
        assertThat(PasswordPolicy.problemWith("three horses on the hill", "hr")).isEmpty();
    }

    @Test
    void acceptsOrdinaryPassPhrasesInAnyLanguage() {
        assertThat(PasswordPolicy.problemWith("my cat eats rice at noon", "agent2")).isEmpty();
        assertThat(PasswordPolicy.problemWith("客服学院培训认证考试很重要", "agent2")).isEmpty();
        assertThat(PasswordPolicy.problemWith("Zebra-Lantern-Orbit-42", "agent2")).isEmpty();
    }

    @Test
    void theListFileHoldsOnlyLowerCasePasswordsOfTwelveCharactersOrMore() throws IOException {
        List<String> entries;
        try (var stream = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt")) {
            entries = new String(stream.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        }

        assertThat(entries).hasSizeGreaterThan(150);
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.codePointCount(0, entry.length())).as(entry).isGreaterThanOrEqualTo(PasswordPolicy.MIN_LENGTH);
            assertThat(entry).as("written as the loader compares it").isEqualTo(entry.strip().toLowerCase(Locale.ROOT));
        });
        assertThat(PasswordPolicy.load("/security/common-passwords.txt")).hasSameSizeAs(Set.copyOf(entries));
    }

    /** {@code count} letters without a short repeating piece, which the policy would refuse. */
    private static String letters(int count) {
        var text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append((char) ('a' + i * 7 % 26));
        }
        return text.toString();
    }

    private static String emoji(int count) {
        var text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.appendCodePoint(0x1F600 + i);
        }
        return text.toString();
    }
}
