package com.agentacademy.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import java.io.IOException;
import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Whatever text arrives, reading it gives problems, not exceptions, and reading stays quick. */
class GiftParserRobustnessTests {

    private static final String[] PIECES = { "{", "}", "=", "~", "#", "####", "%", "%50%", "%-100%", "->", "::",
            ":", "..", "\\", "\\n", "//", "// [id:", "[tag:x]", "]", "\n", "\n\n", "\r", " ", "$CATEGORY:", "[html]",
            "[markdown]", "[", "T", "FALSE", "1", "-2.5", "e9", "a", "词", "_____", "\uFEFF", "\uD83D\uDE00" };

    @Test
    void neverThrowsOnRandomGiftLikeTextAndWritesWhatItReadsFaithfully() {
        Random random = new Random(20260101);
        for (int round = 0; round < 500; round++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(60);
            for (int i = 0; i < pieces; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            assertReadsAndRoundTrips(text.toString());
        }
    }

    @Test
    void neverThrowsOnAnyTruncationOfTheRichSample() throws IOException {
        String sample = GiftWriterTests.richSample();
        for (int end = 0; end <= sample.length(); end++) {
            assertReadsAndRoundTrips(sample.substring(0, end));
            assertReadsAndRoundTrips(sample.substring(end));
        }
    }

    @Test
    void reportsDeeplyNestedBracesAsOneProblem() {
        GiftDocument document = GiftParser.parse("Q " + "{".repeat(200_000) + "}".repeat(200_000));

        assertThat(document.questions()).isEmpty();
        assertThat(document.problems()).hasSize(1);
    }

    @Test
    void refusesTextOverFiveMegabytesAsOneProblem() {
        String huge = "Q? {T}\n\n".repeat(5 * 1024 * 1024 / 8 + 1);

        GiftDocument document = GiftParser.parse(huge);

        assertThat(document.questions()).isEmpty();
        assertThat(document.problems()).containsExactly(
                new GiftProblem(1, "the text is larger than 5 MB; split it into several files"));
    }

    @Test
    void countsMegabytesInUtf8() {
        String chinese = "问".repeat(2 * 1024 * 1024);

        assertThat(GiftParser.parse(chinese).problems()).extracting(GiftProblem::message)
                .containsExactly("the text is larger than 5 MB; split it into several files");
    }

    @Test
    void listsAThousandProblemsAtMostAndReadsLargeTextQuickly() {
        String broken = "Q {=a ~b\n\n".repeat(200_000);

        GiftDocument document = assertTimeout(Duration.ofSeconds(10),
                () -> GiftParser.parse(broken));

        assertThat(document.problems()).hasSize(ProblemList.LIMIT + 1);
        assertThat(document.problems().get(ProblemList.LIMIT).message()).startsWith("more than 1000 problems");
    }

    private static void assertReadsAndRoundTrips(String text) {
        GiftDocument document = GiftParser.parse(text);
        int lines = text.split("\r\n|\r|\n", -1).length;
        assertThat(document.problems()).allSatisfy(problem -> assertThat(problem.line()).isBetween(1, lines));
        GiftDocument again = GiftParser.parse(GiftWriter.write(document.questions()));
        assertThat(again.questions()).as("written back from %s", text).isEqualTo(document.questions());
    }
}
