package com.agentacademy.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class GiftGraderTests {

    @Test
    void scoresASingleChoiceByTheWeightOfTheChosenAnswerWithNegativesAsZero() {
        GiftQuestion question = question("Return period? {=7 days ~%50%15 days ~%-100%A year ~30 days}");

        assertThat(GiftGrader.grade(question, GiftResponse.choice(0))).isEqualTo(1.0);
        assertThat(GiftGrader.grade(question, GiftResponse.choice(1))).isEqualTo(0.5);
        assertThat(GiftGrader.grade(question, GiftResponse.choice(2))).isEqualTo(0.0);
        assertThat(GiftGrader.grade(question, GiftResponse.choice(3))).isEqualTo(0.0);
        assertThat(GiftGrader.grade(question, GiftResponse.choice(9))).isEqualTo(0.0);
    }

    @Test
    void scoresMultipleAnswersByAddingTheirWeightsBetweenZeroAndOne() {
        GiftQuestion question = question("Spark 9000? {~%33.33333%P70 Pro ~%33.33333%Max 70 Pro ~%33.33333%Fold 3"
                + " ~%-50%P70 ~%-100%A30 ~Flip 2}");

        assertThat(GiftGrader.grade(question, GiftResponse.choices(Set.of(0, 1, 2)))).isEqualTo(1.0);
        assertThat(GiftGrader.grade(question, GiftResponse.choices(Set.of(0)))).isEqualTo(0.333333);
        assertThat(GiftGrader.grade(question, GiftResponse.choices(Set.of(0, 1, 2, 3)))).isEqualTo(0.5);
        assertThat(GiftGrader.grade(question, GiftResponse.choices(Set.of(0, 1, 2, 5)))).isEqualTo(1.0);
        assertThat(GiftGrader.grade(question, GiftResponse.choices(Set.of(0, 4)))).isEqualTo(0.0);
        assertThat(GiftGrader.grade(question, GiftResponse.choices(Set.of()))).isEqualTo(0.0);
    }

    @Test
    void scoresTrueFalseAsAllOrNothing() {
        GiftQuestion question = question("The A30 has an OLED screen. {F}");

        assertThat(GiftGrader.grade(question, GiftResponse.trueFalse(false))).isEqualTo(1.0);
        assertThat(GiftGrader.grade(question, GiftResponse.trueFalse(true))).isEqualTo(0.0);
        assertThat(GiftGrader.grade(question, GiftResponse.choice(1))).isEqualTo(1.0);
        assertThat(GiftGrader.grade(question, GiftResponse.choice(0))).isEqualTo(0.0);
    }

    @Test
    void scoresAShortAnswerByTheBestMatchingPatternIgnoringCaseAndSurroundingSpaces() {
        GiftQuestion question = question("Which mode? {=Pro mode =Professional* =%50%Manual*}");

        assertThat(GiftGrader.grade(question, GiftResponse.text("  pro MODE "))).isEqualTo(1.0);
        assertThat(GiftGrader.grade(question, GiftResponse.text("Professional camera mode"))).isEqualTo(1.0);
        assertThat(GiftGrader.grade(question, GiftResponse.text("manual mode"))).isEqualTo(0.5);
        assertThat(GiftGrader.grade(question, GiftResponse.text("Night mode"))).isEqualTo(0.0);
        assertThat(GiftGrader.grade(question, GiftResponse.text("Pro"))).isEqualTo(0.0);
    }

    @Test
    void letsTheWildcardMatchAnyRunOfCharactersAndTakesEverythingElseLiterally() {
        GiftQuestion question = question("Path? {=*update* =a.c (x)}");

        assertThat(GiftGrader.grade(question, GiftResponse.text("Software update"))).isEqualTo(1.0);
        assertThat(GiftGrader.grade(question, GiftResponse.text("update"))).isEqualTo(1.0);
        assertThat(GiftGrader.grade(question, GiftResponse.text("a.c (x)"))).isEqualTo(1.0);
        assertThat(GiftGrader.grade(question, GiftResponse.text("abc (x)"))).isEqualTo(0.0);
        assertThat(GiftGrader.grade(question, GiftResponse.text("a.c x"))).isEqualTo(0.0);
    }

    @Test
    void matchesChineseShortAnswers() {
        GiftQuestion question = question("信号全部关闭的开关？{=飞行模式 =飞行*}");

        assertThat(GiftGrader.grade(question, GiftResponse.text("飞行"))).isEqualTo(1.0);
        assertThat(GiftGrader.grade(question, GiftResponse.text("航空"))).isEqualTo(0.0);
    }

    @Test
    void scoresANumberWithinTheToleranceIncludingItsBounds() {
        GiftQuestion question = question("Pi? {#3.14:0.01}");

        assertThat(GiftGrader.grade(question, GiftResponse.number(3.14))).isEqualTo(1.0);
        assertThat(GiftGrader.grade(question, GiftResponse.number(3.15))).isEqualTo(1.0);
        assertThat(GiftGrader.grade(question, GiftResponse.number(3.13))).isEqualTo(1.0);
        assertThat(GiftGrader.grade(question, GiftResponse.number(3.151))).isEqualTo(0.0);
    }

    @Test
    void scoresANumberInARangeIncludingItsEnds() {
        GiftQuestion question = question("Handle time? {#5..8}");

        assertThat(GiftGrader.grade(question, GiftResponse.number(5))).isEqualTo(1.0);
        assertThat(GiftGrader.grade(question, GiftResponse.number(8))).isEqualTo(1.0);
        assertThat(GiftGrader.grade(question, GiftResponse.number(6.5))).isEqualTo(1.0);
        assertThat(GiftGrader.grade(question, GiftResponse.number(8.01))).isEqualTo(0.0);
    }

    @Test
    void scoresANumberByTheBestAnswerItFits() {
        GiftQuestion question = question("PWM in Hz? {#=1440:0 =%50%1440:100 =%25%1000..2000}");

        assertThat(GiftGrader.grade(question, GiftResponse.number(1440))).isEqualTo(1.0);
        assertThat(GiftGrader.grade(question, GiftResponse.number(1500))).isEqualTo(0.5);
        assertThat(GiftGrader.grade(question, GiftResponse.number(1900))).isEqualTo(0.25);
        assertThat(GiftGrader.grade(question, GiftResponse.number(480))).isEqualTo(0.0);
    }

    @Test
    void scoresMatchingByTheShareOfItemsMatchedRightly() {
        GiftQuestion question = question("Match. {=P70 Pro -> 88 W =Fold 3 -> 66 W =A30 -> 40 W =Flip 2 -> 66 W = -> 120 W}");

        assertThat(GiftGrader.grade(question, GiftResponse.matches(
                Map.of("P70 Pro", "88 W", "Fold 3", "66 W", "A30", "40 W", "Flip 2", "66 W")))).isEqualTo(1.0);
        assertThat(GiftGrader.grade(question, GiftResponse.matches(
                Map.of("P70 Pro", "88 W", "Fold 3", "120 W", "A30", "40 W")))).isEqualTo(0.5);
        assertThat(GiftGrader.grade(question, GiftResponse.matches(Map.of()))).isEqualTo(0.0);
    }

    @Test
    void scoresAResponseOfTheWrongKindAsZero() {
        assertThat(GiftGrader.grade(question("Pi? {#3.14}"), GiftResponse.text("3.14"))).isEqualTo(0.0);
        assertThat(GiftGrader.grade(question("Chip? {=a ~b}"), GiftResponse.choices(Set.of(0, 1)))).isEqualTo(0.0);
        assertThat(GiftGrader.grade(question("True? {T}"), GiftResponse.number(1))).isEqualTo(0.0);
    }

    @Test
    void leavesEssaysAndDescriptionsToPeople() {
        assertThat(GiftGrader.isAutoGraded(GiftType.ESSAY)).isFalse();
        assertThat(GiftGrader.isAutoGraded(GiftType.DESCRIPTION)).isFalse();
        assertThat(GiftGrader.isAutoGraded(GiftType.MATCHING)).isTrue();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GiftGrader.grade(question("Describe the call. {}"), GiftResponse.text("...")));
    }

    private static GiftQuestion question(String gift) {
        GiftDocument document = GiftParser.parse(gift);
        assertThat(document.problems()).isEmpty();
        return document.questions().get(0);
    }
}
