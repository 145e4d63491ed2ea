package com.agentacademy.exam;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where a person stands with one exam: their attempts so far and whether they may start another
 * one now, and if not, why.
 *
 * @param attempts every attempt, first first
 * @param allowed the exam's attempts plus any extra attempts granted
 * @param extraMinutes extra minutes granted to this person
 * @param cooldownUntil when the next attempt may start after the last one, or {@code null}
 */
record Standing(Exam exam, List<Attempt> attempts, int allowed, int extraMinutes, Instant cooldownUntil,
        Instant now, boolean reopened, ExamAccess.Blocker blocker) {

    /** Why a new attempt cannot start. */
    enum Refusal {
        BLOCKED, PASSED, AWAITING_GRADING, NO_ATTEMPTS_LEFT, COOLDOWN
    }

    /**
     * @param reopened whether recertification opened the exam again: one attempt more than used,
     *     no waiting time, earlier passes do not count
     * @param blocker why another module keeps the person from starting, or {@code null}
     */
    static Standing of(Exam exam, List<Attempt> attempts, Accommodation accommodation, Instant now, boolean reopened,
            ExamAccess.Blocker blocker) {
        Instant lastClosed = attempts.stream().filter(attempt -> !attempt.status().isOpen())
                .map(Attempt::finishedAt).filter(at -> at != null).max(Instant::compareTo).orElse(null);
        Instant cooldownUntil = lastClosed == null || exam.getCooldownHours() == 0 ? null
                : lastClosed.plus(Duration.ofHours(exam.getCooldownHours()));
        int allowed = exam.getMaxAttempts() + accommodation.extraAttempts();
        if (reopened) {
            long openOrPending = attempts.stream().filter(attempt -> attempt.status().isOpen()).count();
            allowed = Math.max(allowed, attempts.size() + (openOrPending > 0 ? 0 : 1));
        }
        return new Standing(exam, attempts, allowed, accommodation.extraMinutes(), reopened ? null : cooldownUntil, now,
                reopened, blocker);
    }

    public Optional<Attempt> open() {
        return attempts.stream().filter(attempt -> attempt.status().isOpen()).findFirst();
    }

    public Optional<Attempt> best() {
        return attempts.stream().filter(attempt -> attempt.percent() != null && attempt.isFinal())
                .max(java.util.Comparator.comparingDouble(Attempt::percent));
    }

    public boolean passed() {
        return attempts.stream().anyMatch(attempt -> Boolean.TRUE.equals(attempt.passed()));
    }

    public int used() {
        return attempts.size();
    }

    public int left() {
        return Math.max(0, allowed - attempts.size());
    }

    public int minutes() {
        return exam.getTimeLimitMinutes() + extraMinutes;
    }

    /** Why no new attempt may start now, or empty when one may (or one is open to resume). */
    public Optional<Refusal> refusal() {
        if (open().isPresent()) {
            return Optional.empty();
        }
        if (blocker != null) {
            return Optional.of(Refusal.BLOCKED);
        }
        if (passed() && !reopened) {
            return Optional.of(Refusal.PASSED);
        }
        if (attempts.stream().anyMatch(attempt -> attempt.grading() == Grading.PENDING)) {
            return Optional.of(Refusal.AWAITING_GRADING);
        }
        if (left() == 0) {
            return Optional.of(Refusal.NO_ATTEMPTS_LEFT);
        }
        if (cooldownUntil != null && now.isBefore(cooldownUntil)) {
            return Optional.of(Refusal.COOLDOWN);
        }
        return Optional.empty();
    }

    public String refusalName() {
        return refusal().map(Enum::name).orElse(null);
    }

    /** The message that explains {@link #refusal()}. */
    public String refusalKey() {
        return refusal().map(refusal -> refusal == Refusal.BLOCKED ? blocker.messageKey() : "start.refusal." + refusal.name())
                .orElse(null);
    }

    /** What the refusal's message names: the blocker's argument, or when the waiting time ends. */
    public String refusalArgument() {
        if (blocker != null) {
            return blocker.argument();
        }
        return cooldownUntil == null ? "" : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(java.time.ZoneId.systemDefault()).format(cooldownUntil);
    }
}
