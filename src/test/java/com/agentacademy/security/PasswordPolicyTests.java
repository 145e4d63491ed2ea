package com.agentacademy.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    @Test
    void acceptsTwelveToOneHundredTwentyEightCharacters() {
        assertThat(PasswordPolicy.problemWith("a".repeat(11))).contains("password.too-short");
        assertThat(PasswordPolicy.problemWith("a".repeat(12))).isEmpty();
        assertThat(PasswordPolicy.problemWith("a".repeat(128))).isEmpty();
        assertThat(PasswordPolicy.problemWith("a".repeat(129))).contains("password.too-long");
    }

    @Test
    void countsChineseCharactersNotBytes() {
        String sixtyFourChinese = "客服学院培训认证".repeat(8);
        assertThat(sixtyFourChinese.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSize(192);
        assertThat(PasswordPolicy.problemWith(sixtyFourChinese)).isEmpty();
        assertThat(PasswordPolicy.problemWith("客服学院培训认证考试")).contains("password.too-short");
    }

    @Test
    void countsCharactersOutsideTheBasicPlaneOnce() {
        assertThat(PasswordPolicy.problemWith("😀".repeat(12))).isEmpty();
        assertThat(PasswordPolicy.problemWith("😀".repeat(11))).contains("password.too-short");
    }

    @Test
    void refusesBlank() {
        assertThat(PasswordPolicy.problemWith("   ")).contains("password.required");
        assertThat(PasswordPolicy.problemWith(null)).contains("password.required");
    }
}
