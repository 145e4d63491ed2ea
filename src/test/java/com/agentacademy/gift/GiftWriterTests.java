package com.agentacademy.gift;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class GiftWriterTests {

    @Test
    void writesTheRichSampleSoThatReadingItAgainGivesTheSameQuestions() throws IOException {
        GiftDocument sample = GiftParser.parse(richSample());
        assertThat(sample.problems()).isEmpty();
        assertThat(sample.questions()).extracting(GiftQuestion::type).contains(GiftType.values());
        assertThat(sample.questions()).extracting(GiftQuestion::format).contains(GiftFormat.values());
        assertThat(sample.questions()).anyMatch(GiftQuestion::missingWord);

        GiftDocument again = GiftParser.parse(GiftWriter.write(sample.questions()));

        assertThat(again.problems()).isEmpty();
        assertThat(again.questions()).isEqualTo(sample.questions());
    }

    @Test
    void writesIdsTagsAndACategoryLineWhereTheCategoryChanges() {
        List<GiftQuestion> questions = GiftParser.parse("""
                $CATEGORY: products/chipsets

                // [id:q1]
                // [tag:chipsets]
                // [tag:scenario]
                First? {T}

                Second? {F}

                $CATEGORY: products/cameras

                Third? {T}
                """).questions();

        assertThat(GiftWriter.write(questions)).isEqualTo("""
                $CATEGORY: products/chipsets

                // [id:q1]
                // [tag:chipsets]
                // [tag:scenario]
                First? {T}

                Second? {F}

                $CATEGORY: products/cameras

                Third? {T}
                """);
    }

    @Test
    void writesAnswersOnePerLineWithWeightsFeedbackAndGeneralFeedback() {
        List<GiftQuestion> questions = GiftParser.parse("::PWM::Frequency? {#=1440:0 #Exact. =%50%1440:100 ####1440 Hz.}")
                .questions();

        assertThat(GiftWriter.write(questions)).isEqualTo("""
                ::PWM::Frequency? {#
                =1440 #Exact.
                =%50%1440:100
                ####1440 Hz.
                }
                """);
    }

    @Test
    void escapesWhatWouldOtherwiseBeReadAsMarkup() {
        GiftQuestion question = GiftParser.parse("::a\\: b::x \\= y \\{z\\} \\~ \\# \\\\n\\nnext {=1 \\= 1 #\\#1}")
                .questions().get(0);

        String written = GiftWriter.write(List.of(question));

        assertThat(written).isEqualTo("::a\\: b::x \\= y \\{z\\} \\~ \\# \\\\n\\nnext {\n=1 \\= 1 #\\#1\n}\n");
        assertThat(GiftParser.parse(written).questions()).containsExactly(question);
    }

    @Test
    void keepsTextThatLooksLikeAFormatPrefixOrACommentAsText() {
        GiftQuestion bracket = question("[Safe Mode] starts without downloaded apps.");
        GiftQuestion slashes = question("// is how a comment starts.");

        String written = GiftWriter.write(List.of(bracket, slashes));

        assertThat(GiftParser.parse(written).questions()).containsExactly(bracket, slashes);
    }

    @Test
    void keepsBackslashesThatEndTheTextOrComeBeforeALineBreak() {
        GiftQuestion question = question("Folder C:\\\nnext line and a last \\");

        String written = GiftWriter.write(List.of(question));

        assertThat(GiftParser.parse(written).questions()).containsExactly(question);
    }

    @Test
    void writesMultipleChoiceQuestionsWithSeveralRightAnswersAsMultipleChoiceAgain() {
        List<GiftQuestion> questions = GiftParser.parse("Either? {=a =b ~%100%c ~d}").questions();

        assertThat(GiftParser.parse(GiftWriter.write(questions)).questions()).isEqualTo(questions);
    }

    private static GiftQuestion question(String text) {
        return new GiftQuestion(null, List.of(), null, null, GiftType.TRUEFALSE, GiftFormat.MOODLE, text, false,
                List.of(GiftAnswer.of("True", 1, null), GiftAnswer.of("False", 0, null)), List.of(), true, null, 1);
    }

    static String richSample() throws IOException {
        try (InputStream sample = GiftWriterTests.class.getResourceAsStream("/gift/rich-sample.gift")) {
            return new String(sample.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
