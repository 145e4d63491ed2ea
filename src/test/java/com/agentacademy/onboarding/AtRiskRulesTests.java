package com.agentacademy.onboarding;

import static com.agentacademy.onboarding.DueDateTests.CHINA;
import static com.agentacademy.onboarding.DueDateTests.THREE_WEEKS;
import static com.agentacademy.onboarding.DueDateTests.day;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.agentacademy.support.MutableClock;

/**
 * The at-risk rules on a clock moved by hand: behind by more than three working days, the same
 * exam failed twice, five working days without reading or exams; each with its reason, nobody
 * before their start or once done, and the thresholds from the settings.
 */
class AtRiskRulesTests {

    static final LocalDate START = day("2026-03-02");

    final MutableClock clock = new MutableClock(at("2026-03-12"));
    final AtRiskRules rules = new AtRiskRules(new OnboardingProperties(null, null, null, null), CHINA, clock);

    @Test
    void behindByMoreThanThreeWorkingDaysIsAtRisk() {
        MemberProgress nothingDone = progress(Set.of(), List.of(), at("2026-03-11"));

        clock.set(at("2026-03-11"));
        assertThat(rules.assess(nothingDone)).as("three working days after week 1 was due").isEmpty();

        clock.set(at("2026-03-12"));
        assertThat(rules.assess(nothingDone)).containsExactly(reason(RiskReason.Rule.BEHIND, "4"));
    }

    @Test
    void workingOnTheCurrentWeekIsNotBehind() {
        assertThat(rules.assess(progress(Set.of("c/01-a"), List.of(), at("2026-03-11")))).isEmpty();
    }

    @Test
    void failingTheSameExamTwiceIsAtRiskUntilItIsPassed() {
        Instant failed = at("2026-03-11");
        var twice = new MemberProgress.ExamRecord("exam", "Final exam", 2, 2, 40.0, false, failed);
        var passedThird = new MemberProgress.ExamRecord("exam", "Final exam", 3, 2, 85.0, true, failed);
        var once = new MemberProgress.ExamRecord("exam", "Final exam", 1, 1, 40.0, false, failed);

        assertThat(rules.assess(progress(Set.of("c/01-a"), List.of(twice), failed)))
                .containsExactly(reason(RiskReason.Rule.FAILED_EXAM, "Final exam", "2"));
        assertThat(rules.assess(progress(Set.of("c/01-a"), List.of(passedThird), failed))).isEmpty();
        assertThat(rules.assess(progress(Set.of("c/01-a"), List.of(once), failed))).isEmpty();
    }

    @Test
    void fiveWorkingDaysWithoutReadingOrExamsIsAtRiskAndAWeekendIsNotIdleness() {
        MemberProgress readOnMonday = progress(Set.of("c/01-a"), List.of(), Instant.parse("2026-03-09T10:00:00Z"));

        clock.set(at("2026-03-13"));
        assertThat(rules.assess(readOnMonday)).isEmpty();

        clock.set(at("2026-03-16"));
        assertThat(rules.assess(readOnMonday)).containsExactly(reason(RiskReason.Rule.IDLE, "5"));
    }

    @Test
    void withNoActivityAtAllTheStartCountsAsTheFirstIdleDay() {
        MemberProgress never = progress(Set.of(), List.of(), null);

        clock.set(at("2026-03-05"));
        assertThat(rules.assess(never)).isEmpty();

        clock.set(at("2026-03-06"));
        assertThat(rules.assess(never)).containsExactly(reason(RiskReason.Rule.IDLE, "5"));
    }

    @Test
    void nobodyIsAtRiskBeforeTheirStartOrOnceEverythingIsDone() {
        clock.set(at("2026-02-27"));
        assertThat(rules.assess(progress(Set.of(), List.of(), null))).isEmpty();

        clock.set(at("2026-04-30"));
        assertThat(rules.assess(progress(Set.of("c/01-a", "c/02-b", "exam"), List.of(), at("2026-03-10")))).isEmpty();
        assertThat(rules.assess(progress(Set.of("c/01-a", "c/02-b"), List.of(), at("2026-03-10"))))
                .extracting(RiskReason::rule).containsExactly(RiskReason.Rule.BEHIND, RiskReason.Rule.IDLE);
    }

    @Test
    void theThresholdsComeFromTheSettings() {
        var strict = new AtRiskRules(new OnboardingProperties(null, null,
                new OnboardingProperties.AtRisk(0, 1, 1), null), CHINA, clock);
        var failedOnce = new MemberProgress.ExamRecord("exam", "Final exam", 1, 1, 40.0, false, at("2026-03-09"));
        clock.set(at("2026-03-09"));

        assertThat(strict.assess(progress(Set.of(), List.of(failedOnce), at("2026-03-06"))))
                .containsExactly(reason(RiskReason.Rule.BEHIND, "1"), reason(RiskReason.Rule.FAILED_EXAM, "Final exam", "1"),
                        reason(RiskReason.Rule.IDLE, "1"));
    }

    /** A member who started on 2 March and finished the items named, each a day before the clock. */
    private MemberProgress progress(Set<String> done, List<MemberProgress.ExamRecord> exams, Instant lastActivity) {
        List<MemberProgress.WeekProgress> weeks = new ArrayList<>();
        for (Assignment assignment : Schedule.of(THREE_WEEKS, START, CHINA)) {
            List<MemberProgress.Item> items = new ArrayList<>();
            assignment.content().modules().forEach(module -> items.add(new MemberProgress.Item(
                    MemberProgress.Item.Kind.MODULE, module, module, null, done.contains(module) ? START.atStartOfDay()
                            .toInstant(ZoneOffset.UTC) : null)));
            assignment.content().exams().forEach(exam -> items.add(new MemberProgress.Item(MemberProgress.Item.Kind.EXAM,
                    exam, exam, null, done.contains(exam) ? at("2026-03-10") : null)));
            weeks.add(new MemberProgress.WeekProgress(assignment, items));
        }
        return new MemberProgress(7, START, weeks, exams, lastActivity, List.of(), null);
    }

    private static RiskReason reason(RiskReason.Rule rule, String... arguments) {
        return new RiskReason(rule, List.of(arguments));
    }

    /** Nine in the morning, UTC, the clock's zone. */
    private static Instant at(String day) {
        return Instant.parse(day + "T09:00:00Z");
    }
}
