package com.agentacademy.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.web.firewall.StrictHttpFirewall;

class FirewallCharactersTests {

    @Test
    void headerNamesAndValuesAreJudgedAsSpringSecurityJudgesThem() {
        List<String> differences = new ArrayList<>();
        for (String text : samples()) {
            if (FirewallCharacters.allowedName(text) != StrictHttpFirewall.ALLOWED_HEADER_NAMES.test(text)) {
                differences.add("name " + describe(text));
            }
            if (FirewallCharacters.allowedValue(text) != StrictHttpFirewall.ALLOWED_HEADER_VALUES.test(text)) {
                differences.add("value " + describe(text));
            }
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void controlCharactersAreRefusedAndATabOnlyInAValue() {
        assertThat(FirewallCharacters.allowedValue("session=abc; lang=zh-CN")).isTrue();
        assertThat(FirewallCharacters.allowedValue("张伟 \t 王芳")).isTrue();
        assertThat(FirewallCharacters.allowedName("X-Token\t")).isFalse();
        assertThat(FirewallCharacters.allowedValue("a\r\nSet-Cookie: x=1")).isFalse();
        assertThat(FirewallCharacters.allowedValue("a\u0000b")).isFalse();
        assertThat(FirewallCharacters.allowedValue("a\u0085b")).isFalse();
        assertThat(FirewallCharacters.allowedValue("a\u0378b")).as("unassigned").isFalse();
    }

    /** Every code point of the first plane alone and among ASCII, every 7th beyond it, lone surrogates. */
    private static List<String> samples() {
        List<String> samples = new ArrayList<>();
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint += codePoint < 0x10000 ? 1 : 7) {
            String alone = Character.toString(codePoint);
            samples.add(alone);
            samples.add("ab" + alone + "cd");
        }
        samples.add("\uD83D");
        samples.add("x\uDE00y");
        samples.add("\uDE00\uD83D");
        samples.add("");
        return samples;
    }

    private static String describe(String text) {
        return text.codePoints().mapToObj(Integer::toHexString).toList().toString();
    }
}
