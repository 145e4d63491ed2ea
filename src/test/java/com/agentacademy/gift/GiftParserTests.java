package com.agentacademy.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GiftParserTests {

    @Test
    void readsASingleChoiceQuestion() {
        GiftQuestion question = only("Which chip does the A30 use? {=Spark 700 ~Spark 8000 ~Spark 9000}");

        assertThat(question.type()).isEqualTo(GiftType.MULTICHOICE);
        assertThat(question.text()).isEqualTo("Which chip does the A30 use?");
        assertThat(question.answers()).extracting(GiftAnswer::text, GiftAnswer::fraction)
                .containsExactly(tuple("Spark 700", 1.0), tuple("Spark 8000", 0.0), tuple("Spark 9000", 0.0));
        assertThat(question.missingWord()).isFalse();
        assertThat(question.line()).isEqualTo(1);
    }

    @Test
    void readsASingleChoiceQuestionWithPartialCredit() {
        GiftQuestion question = only("How long is the return period? {=7 days ~%50%15 days ~%-100%A year}");

        assertThat(question.type()).isEqualTo(GiftType.MULTICHOICE);
        assertThat(question.answers()).extracting(GiftAnswer::fraction).containsExactly(1.0, 0.5, -1.0);
    }

    @Test
    void readsMultipleAnswersWithPositiveAndNegativeWeights() {
        GiftQuestion question = only("""
                Which phones use the Spark 9000? {
                ~%50%P70 Pro
                ~%50%Max 70 Pro
                ~%-100%A30
                ~Flip 2
                }""");

        assertThat(question.type()).isEqualTo(GiftType.MULTIANSWER);
        assertThat(question.answers()).extracting(GiftAnswer::text, GiftAnswer::fraction).containsExactly(
                tuple("P70 Pro", 0.5), tuple("Max 70 Pro", 0.5), tuple("A30", -1.0), tuple("Flip 2", 0.0));
    }

    @Test
    void acceptsWeightsThatAddUpToAlmostAHundredPercent() {
        GiftQuestion question = only("Pick three. {~%33.33333%a ~%33.33333%b ~%33.33333%c ~%-100%d}");

        assertThat(question.type()).isEqualTo(GiftType.MULTIANSWER);
        assertThat(question.answers().get(0).fraction()).isEqualTo(0.3333333);
    }

    @ParameterizedTest
    @CsvSource({ "T, true", "TRUE, true", "F, false", "FALSE, false" })
    void readsTrueFalseInAllFourSpellings(String spelling, boolean right) {
        GiftQuestion question = only("The Flip 2 runs on the Spark 8000. {" + spelling + "}");

        assertThat(question.type()).isEqualTo(GiftType.TRUEFALSE);
        assertThat(question.trueFalse()).isEqualTo(right);
        assertThat(question.answers()).extracting(GiftAnswer::text, GiftAnswer::fraction)
                .containsExactly(tuple("True", right ? 1.0 : 0.0), tuple("False", right ? 0.0 : 1.0));
    }

    @Test
    void givesTheFirstTrueFalseFeedbackToTheWrongAnswerAndTheSecondToTheRightOne() {
        GiftQuestion trueStatement = only("The Flip 2 uses the Spark 8000. {T#It does.#Right.}");
        GiftQuestion falseStatement = only("The A30 has an OLED screen. {F#It has an LCD.#Right, an LCD.}");

        assertThat(trueStatement.answers()).extracting(GiftAnswer::text, GiftAnswer::feedback)
                .containsExactly(tuple("True", "Right."), tuple("False", "It does."));
        assertThat(falseStatement.answers()).extracting(GiftAnswer::text, GiftAnswer::feedback)
                .containsExactly(tuple("True", "It has an LCD."), tuple("False", "Right, an LCD."));
    }

    @Test
    void readsAShortAnswerWithAlternativesAWildcardAndPartialCredit() {
        GiftQuestion question = only("Which camera mode sets ISO by hand? {=Pro mode =Pro* =%50%Manual #Close.}");

        assertThat(question.type()).isEqualTo(GiftType.SHORTANSWER);
        assertThat(question.answers()).extracting(GiftAnswer::text, GiftAnswer::fraction, GiftAnswer::feedback)
                .containsExactly(tuple("Pro mode", 1.0, null), tuple("Pro*", 1.0, null), tuple("Manual", 0.5, "Close."));
    }

    @Test
    void readsANumericalAnswerWithATolerance() {
        GiftAnswer answer = only("What is pi to two places? {#3.14:0.01}").answers().get(0);

        assertThat(answer.value()).isEqualTo(3.14);
        assertThat(answer.tolerance()).isEqualTo(0.01);
        assertThat(answer.min()).isNull();
        assertThat(answer.text()).isEqualTo("3.14:0.01");
    }

    @Test
    void readsANumericalAnswerWithoutAToleranceAsExact() {
        GiftQuestion question = only("How many GB of cloud storage are free? {#5}");

        assertThat(question.type()).isEqualTo(GiftType.NUMERICAL);
        assertThat(question.answers()).extracting(GiftAnswer::value, GiftAnswer::tolerance).containsExactly(tuple(5.0, 0.0));
    }

    @Test
    void readsANumericalRange() {
        GiftAnswer answer = only("Name a handle time in the target range. {#5..8}").answers().get(0);

        assertThat(answer.min()).isEqualTo(5.0);
        assertThat(answer.max()).isEqualTo(8.0);
        assertThat(answer.value()).isNull();
        assertThat(answer.text()).isEqualTo("5..8");
    }

    @Test
    void readsSeveralNumericalAnswersWithPartialCreditAndFeedback() {
        GiftQuestion question = only("""
                What is the PWM dimming frequency in Hz? {#
                =1440:0 #Exact.
                =%50%1440:100 #Close.
                ####1440 Hz.
                }""");

        assertThat(question.type()).isEqualTo(GiftType.NUMERICAL);
        assertThat(question.answers()).extracting(GiftAnswer::value, GiftAnswer::tolerance, GiftAnswer::fraction,
                GiftAnswer::feedback).containsExactly(tuple(1440.0, 0.0, 1.0, "Exact."), tuple(1440.0, 100.0, 0.5, "Close."));
        assertThat(question.generalFeedback()).isEqualTo("1440 Hz.");
    }

    @Test
    void readsMatchingPairsIncludingAnExtraWrongMatch() {
        GiftQuestion question = only("""
                Match each phone with its charging power. {
                =P70 Pro -> 88 W
                =Fold 3 -> 66 W
                =A30 -> 40 W
                = -> 120 W
                }""");

        assertThat(question.type()).isEqualTo(GiftType.MATCHING);
        assertThat(question.matches()).containsExactly(new GiftMatch("P70 Pro", "88 W"), new GiftMatch("Fold 3", "66 W"),
                new GiftMatch("A30", "40 W"), new GiftMatch("", "120 W"));
        assertThat(question.answers()).isEmpty();
    }

    @Test
    void readsAMissingWordQuestionWithTheAnswersInTheMiddleOfTheSentence() {
        GiftQuestion question = only("""
                The Lumen A30 runs on the {
                =Spark 700
                ~Spark 9000
                } chip and charges at 40 W.""");

        assertThat(question.missingWord()).isTrue();
        assertThat(question.type()).isEqualTo(GiftType.MULTICHOICE);
        assertThat(question.text()).isEqualTo("The Lumen A30 runs on the _____ chip and charges at 40 W.");
    }

    @Test
    void takesEvenAFullStopAfterTheAnswersAsAMissingWord() {
        GiftQuestion question = only("A lost phone is found with the feature called {=Find Device =Find*}.");

        assertThat(question.missingWord()).isTrue();
        assertThat(question.type()).isEqualTo(GiftType.SHORTANSWER);
        assertThat(question.text()).isEqualTo("A lost phone is found with the feature called _____.");
    }

    @Test
    void readsAnEssay() {
        GiftQuestion question = only("Write how you would calm an angry caller. {}");

        assertThat(question.type()).isEqualTo(GiftType.ESSAY);
        assertThat(question.answers()).isEmpty();
        assertThat(question.text()).isEqualTo("Write how you would calm an angry caller.");
    }

    @Test
    void readsADescription() {
        GiftQuestion question = only("::Method::Simple before complex, and harmless before harmful.");

        assertThat(question.type()).isEqualTo(GiftType.DESCRIPTION);
        assertThat(question.text()).isEqualTo("Simple before complex, and harmless before harmful.");
    }

    @Test
    void readsTheNameBetweenDoubleColons() {
        assertThat(only("::Hinge rating::How many folds? {#400000}").name()).isEqualTo("Hinge rating");
        assertThat(only("How many folds? {#400000}").name()).isNull();
    }

    @Test
    void givesEachQuestionTheLastCategoryBeforeIt() {
        GiftDocument document = GiftParser.parse("""
                Before any category. {T}

                $CATEGORY:   products/chipsets  

                First. {T}

                Second. {F}

                $CATEGORY: products/cameras

                Third. {T}
                """);

        assertThat(document.problems()).isEmpty();
        assertThat(document.questions()).extracting(GiftQuestion::category)
                .containsExactly(null, "products/chipsets", "products/chipsets", "products/cameras");
    }

    @Test
    void readsFeedbackForEachAnswerAndGeneralFeedback() {
        GiftQuestion question = only("""
                How fast does the P70 Pro charge by wire? {
                =88 W #Right, with the Lumen charger.
                ~66 W #That is the Fold 3.
                ~40 W
                ####88 W wired, 50 W wireless.
                }""");

        assertThat(question.answers()).extracting(GiftAnswer::feedback)
                .containsExactly("Right, with the Lumen charger.", "That is the Fold 3.", null);
        assertThat(question.generalFeedback()).isEqualTo("88 W wired, 50 W wireless.");
    }

    @ParameterizedTest
    @CsvSource({ "[html], HTML", "[markdown], MARKDOWN", "[plain], PLAIN", "[moodle], MOODLE", "'', MOODLE" })
    void readsTheTextFormatPrefix(String prefix, GiftFormat format) {
        GiftQuestion question = only("::Battery::" + prefix + "Is **76 %** worn? {T}");

        assertThat(question.format()).isEqualTo(format);
        assertThat(question.text()).isEqualTo("Is **76 %** worn?");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "a \\~ tilde | a ~ tilde",
            "an \\= equals sign | an = equals sign",
            "a \\# hash | a # hash",
            "an \\{ opening brace | an { opening brace",
            "a \\} closing brace | a } closing brace",
            "a \\: colon | a : colon",
            "a \\\\ backslash | a \\ backslash",
            "a line\\nbreak | \"a line\nbreak\"" })
    void resolvesEachEscapeInTextAnswersAndFeedback(String written, String meant) {
        GiftQuestion question = only("::Name with " + written + "::Text with " + written + " {=Answer with " + written
                + " #Feedback with " + written + " ~Wrong}");

        assertThat(question.name()).isEqualTo("Name with " + meant);
        assertThat(question.text()).isEqualTo("Text with " + meant);
        assertThat(question.answers().get(0).text()).isEqualTo("Answer with " + meant);
        assertThat(question.answers().get(0).feedback()).isEqualTo("Feedback with " + meant);
    }

    @Test
    void keepsABackslashThatStartsNoEscape() {
        assertThat(only("Is C:\\temp a folder? {T}").text()).isEqualTo("Is C:\\temp a folder?");
    }

    @Test
    void readsIdsAndTagsFromCommentLinesAndIgnoresOtherComments() {
        GiftQuestion question = only("""
                // Written for the 2026 launch.
                // [id:product-basics-en-09]
                // [tag:chipsets]
                // [tag:scenario]
                ::Flip 2 chip::The Flip 2 runs on the Spark 8000. {
                // a comment between the answers is left out too
                T}""");

        assertThat(question.id()).isEqualTo("product-basics-en-09");
        assertThat(question.tags()).containsExactly("chipsets", "scenario");
        assertThat(question.trueFalse()).isTrue();
        assertThat(question.line()).isEqualTo(5);
    }

    @Test
    void readsTwoSlashesInsideALineAsText() {
        assertThat(only("Is https://lumen.example the support site? {T}").text())
                .isEqualTo("Is https://lumen.example the support site?");
    }

    @Test
    void readsAnswersOnTheLineOfTheOpeningBraceAndSpreadOverSeveralLines() {
        GiftQuestion question = only("""
                How many folds is the Fold 3 hinge rated for? {=400,000
                #Right.
                ~100,000 #Too
                low.
                ~1,000,000 #Too high.}""");

        assertThat(question.answers()).extracting(GiftAnswer::text, GiftAnswer::feedback).containsExactly(
                tuple("400,000", "Right."), tuple("100,000", "Too\nlow."), tuple("1,000,000", "Too high."));
    }

    @Test
    void readsQuestionTextOverSeveralLines() {
        GiftQuestion question = only("""
                [markdown]Normal start-up: **freezes**
                - Safe Mode: **fine** {T}""");

        assertThat(question.text()).isEqualTo("Normal start-up: **freezes**\n- Safe Mode: **fine**");
    }

    @Test
    void readsWindowsLineEndingsAndAByteOrderMark() {
        GiftDocument document = GiftParser.parse("\uFEFF// [id:a]\r\nFirst? {T}\r\n\r\nSecond? {F}\r\n");

        assertThat(document.problems()).isEmpty();
        assertThat(document.questions()).extracting(GiftQuestion::id, GiftQuestion::text, GiftQuestion::line)
                .containsExactly(tuple("a", "First?", 2), tuple(null, "Second?", 4));
    }

    @Test
    void reportsABadQuestionAndGoesOnWithTheNext() {
        GiftDocument document = GiftParser.parse("""
                First. {T}

                Broken. {=right ~wrong

                Third. {F}
                """);

        assertThat(document.questions()).extracting(GiftQuestion::text).containsExactly("First.", "Third.");
        assertThat(document.problems()).containsExactly(new GiftProblem(3, "unclosed answer block starting at line 3"));
    }

    @Test
    void namesTheLineOfAnUnclosedAnswerBlock() {
        GiftDocument document = GiftParser.parse("""
                // [id:q1]
                ::Hinge::How many folds
                is the hinge rated for? {
                =400,000
                ~100,000
                """);

        assertThat(document.problems()).containsExactly(new GiftProblem(3, "unclosed answer block starting at line 3"));
    }

    @Test
    void reportsAnEmptyAnswerBlockInTheMiddleOfASentence() {
        assertThat(problemsOf("The {} is where the answer goes.")).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.message()).contains("empty answer block {}");
        });
    }

    @Test
    void reportsAnUnknownTextFormat() {
        assertThat(problemsOf("\n::Q::[rtf]Is this rich text? {T}")).containsExactly(new GiftProblem(2,
                "unknown text format [rtf]; use [moodle], [html], [markdown] or [plain]"));
    }

    @Test
    void reportsAMultipleChoiceQuestionWithoutARightAnswer() {
        assertThat(problemsOf("Which chip?\n{~Spark 700 ~Spark 8000}")).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.message()).startsWith("multiple-choice question has no right answer");
        });
    }

    @Test
    void reportsMultipleAnswerWeightsThatDoNotAddUpToAHundredPercent() {
        assertThat(problemsOf("Pick two. {~%50%a ~%40%b ~c}")).extracting(GiftProblem::message).containsExactly(
                "the positive weights of this multiple-answer question add up to 90 %, not 100 %");
    }

    @Test
    void reportsANumericalAnswerThatIsNotANumber() {
        assertThat(problemsOf("How many folds?\n{#\n=400000\n=%50%four hundred thousand\n}")).containsExactly(
                new GiftProblem(4, "numerical answer 'four hundred thousand' is not a number;"
                        + " write it as 42, 3.14:0.01 or 1..5"));
    }

    @Test
    void reportsAWeightThatIsNotAPercentage() {
        assertThat(problemsOf("Pick. {=a ~%half%b}")).extracting(GiftProblem::message)
                .containsExactly("the weight %half% is not a number");
        assertThat(problemsOf("Pick. {=a ~%150%b}")).extracting(GiftProblem::message)
                .containsExactly("the weight 150 % is outside -100 % to 100 %");
    }

    @Test
    void reportsAMatchingQuestionWithFewerThanTwoPairs() {
        assertThat(problemsOf("Match. {=P70 Pro -> 88 W = -> 66 W}")).extracting(GiftProblem::message)
                .containsExactly("matching question needs at least 2 pairs");
    }

    @Test
    void reportsAMatchingAnswerThatIsNoPair() {
        assertThat(problemsOf("Match.\n{\n=P70 Pro -> 88 W\n=A30\n}")).extracting(GiftProblem::line).containsExactly(4);
    }

    @Test
    void reportsAnAnswerBlockWithoutAnswers() {
        assertThat(problemsOf("Which chip? {Spark 700}")).extracting(GiftProblem::message).singleElement()
                .asString().startsWith("the answer block has no answers");
    }

    @Test
    void reportsAnEmptyAnswer() {
        assertThat(problemsOf("Which chip? {=Spark 700 ~ #Nothing here.}")).extracting(GiftProblem::message)
                .containsExactly("an answer has no text after its ~");
    }

    @Test
    void reportsBracesThatDoNotPairUp() {
        assertThat(problemsOf("A } alone. {T}")).extracting(GiftProblem::message).singleElement().asString()
                .startsWith("'}' without an answer block");
        assertThat(problemsOf("Nested {={x} ~y}")).extracting(GiftProblem::message).singleElement().asString()
                .startsWith("'{' inside the answer block starting at line 1");
        assertThat(problemsOf("Two {T} blocks {F}")).extracting(GiftProblem::message).singleElement().asString()
                .startsWith("a second answer block");
    }

    @Test
    void reportsAnUnclosedName() {
        assertThat(problemsOf("::Hinge rating How many folds? {#400000}")).extracting(GiftProblem::message)
                .containsExactly("the question name is not closed with ::");
    }

    @Test
    void reportsAQuestionWithoutText() {
        assertThat(problemsOf("::Only a name::{T}")).extracting(GiftProblem::message)
                .containsExactly("the question has no text");
    }

    @Test
    void reportsAnIdUsedTwiceAndKeepsTheFirstQuestion() {
        GiftDocument document = GiftParser.parse("// [id:q1]\nFirst? {T}\n\n// [id:q1]\nSecond? {F}\n");

        assertThat(document.questions()).extracting(GiftQuestion::text).containsExactly("First?");
        assertThat(document.problems()).containsExactly(
                new GiftProblem(5, "the id 'q1' is already used by the question at line 2"));
    }

    @Test
    void reportsACategoryLineWithoutABlankLineAroundItButKeepsTheQuestions() {
        GiftDocument document = GiftParser.parse("""
                First? {T}
                $CATEGORY: products/cameras
                Second? {F}
                """);

        assertThat(document.questions()).extracting(GiftQuestion::text, GiftQuestion::category)
                .containsExactly(tuple("First?", null), tuple("Second?", "products/cameras"));
        assertThat(document.problems()).containsExactly(
                new GiftProblem(2, "put a blank line between the question above and this category line"),
                new GiftProblem(3, "put a blank line between the category line 2 and this question"));
    }

    @Test
    void reportsAMissingWordQuestionWhoseTextAlreadyHasABlank() {
        assertThat(problemsOf("Fill _____ and {=this} here.")).extracting(GiftProblem::message).singleElement()
                .asString().startsWith("a missing-word question cannot contain _____");
    }

    @Test
    void readsNothingFromEmptyText() {
        assertThat(GiftParser.parse("")).isEqualTo(new GiftDocument(List.of(), List.of()));
        assertThat(GiftParser.parse("\n\n// only a comment\n\n").questions()).isEmpty();
    }

    private static GiftQuestion only(String gift) {
        GiftDocument document = GiftParser.parse(gift);
        assertThat(document.problems()).isEmpty();
        assertThat(document.questions()).hasSize(1);
        return document.questions().get(0);
    }

    private static List<GiftProblem> problemsOf(String gift) {
        GiftDocument document = GiftParser.parse(gift);
        assertThat(document.questions()).isEmpty();
        return document.problems();
    }
}
