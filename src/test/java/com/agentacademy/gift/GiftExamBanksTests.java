package com.agentacademy.gift;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The question banks under {@code exams/} are real GIFT written by trainers, in English and Chinese. */
class GiftExamBanksTests {

    @ParameterizedTest
    @MethodSource("banks")
    void readsEveryQuestionOfTheBankWithoutProblems(Path bank) throws IOException {
        GiftDocument document = GiftParser.parse(Files.readString(bank));

        assertThat(document.problems()).isEmpty();
        assertThat(document.questions()).isNotEmpty().allSatisfy(question -> {
            assertThat(question.id()).isNotBlank();
            assertThat(question.category()).isNotBlank();
        });
    }

    @ParameterizedTest
    @MethodSource("banks")
    void writesTheBankSoThatReadingItAgainGivesTheSameQuestions(Path bank) throws IOException {
        List<GiftQuestion> questions = GiftParser.parse(Files.readString(bank)).questions();

        GiftDocument again = GiftParser.parse(GiftWriter.write(questions));

        assertThat(again.problems()).isEmpty();
        assertThat(again.questions()).isEqualTo(questions);
    }

    @Test
    void findsTheBanks() throws IOException {
        assertThat(banks()).hasSizeGreaterThanOrEqualTo(12);
    }

    static List<Path> banks() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("exams"))) {
            return files.filter(file -> file.toString().endsWith(".gift")).sorted().toList();
        }
    }
}
