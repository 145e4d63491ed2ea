package com.agentacademy.gift;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The GIFT parser under a fuzzer, with the promises {@link GiftParserRobustnessTests} checks on
 * random text: any text gives questions and problems, never an exception; every problem names a
 * line of the text; and the questions read are written back so that reading them again gives the
 * same questions. Saved inputs (UTF-8 text) live in {@code GiftParserFuzzTestsInputs/<test>/}.
 */
class GiftParserFuzzTests {

    @FuzzTest(maxDuration = "5m")
    void readsAnyTextAndWritesBackWhatItRead(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);

        GiftDocument document = GiftParser.parse(text);

        int lines = text.split("\r\n|\r|\n", -1).length;
        assertThat(document.problems()).allSatisfy(problem -> assertThat(problem.line()).isBetween(1, lines));
        GiftDocument again = GiftParser.parse(GiftWriter.write(document.questions()));
        assertThat(again.problems()).as("problems reading back what was written").isEmpty();
        assertThat(again.questions()).isEqualTo(document.questions());
    }
}
