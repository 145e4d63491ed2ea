package com.agentacademy.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UploadedFileNameTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            kpis-2026-10.csv                      | kpis-2026-10.csv
            ../../etc/passwd                      | passwd
            /var/data/kpis.csv                    | kpis.csv
            C:\\Users\\hr\\Desktop\\九月.csv        | 九月.csv
            '..\\..\\web.xml'                      | web.xml
            '  spaced.csv  '                      | spaced.csv
            ../                                   | ''
            """)
    void keepsOnlyTheLastPartOfAPath(String original, String shown) {
        assertThat(UploadedFileName.of(original, 255)).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            'a.csv\r\nSet-Cookie: x=y'   | a.csvSet-Cookie: x=y
            'kpis.csv; months=2020-01'    | kpis.csv; months=2020-01
            """)
    void dropsLineBreaksSoThatNoLineOfALogCanBeForged(String original, String shown) {
        assertThat(UploadedFileName.of(original, 255)).isEqualTo(shown).doesNotContain("\n", "\r");
    }

    @org.junit.jupiter.api.Test
    void dropsControlAndBidirectionalCharactersAndCutsLongNamesWithoutSplittingACharacter() {
        assertThat(UploadedFileName.of("photo\u202Egnp.exe", 255)).isEqualTo("photognp.exe");
        assertThat(UploadedFileName.of("a\u0000b\u200Fc\u0007.csv", 255)).isEqualTo("abc.csv");
        assertThat(UploadedFileName.of("\uD83D\uDE00".repeat(10), 5)).isEqualTo("\uD83D\uDE00".repeat(2));
        assertThat(UploadedFileName.of(null, 10)).isEmpty();
    }
}
