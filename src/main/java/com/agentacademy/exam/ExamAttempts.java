package com.agentacademy.exam;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.agentacademy.security.AuditTrail;

import com.agentacademy.gift.GiftQuestion;

/**
 * Starting, answering and submitting attempts. The server's clock decides everything about time;
 * the page's countdown only shows it.
 */
@Service
class ExamAttempts {

    /** The attempt to go to, or why none could start. */
    record StartOutcome(Long attemptId, Standing.Refusal refusal) {
    }

    /** What became of a submit. */
    enum SubmitOutcome {
        FINISHED, ABANDONED, ALREADY_CLOSED
    }

    /** What became of an answer. */
    enum SaveOutcome {
        /** Stored (or, on some databases, found older than the stored answer and left as it was). */
        SAVED,
        /** Older than the answer stored from another window; the stored one stays. */
        STALE,
        /** The attempt takes no more answers, or is not this person's. */
        CLOSED
    }

    private final ExamRepository exams;
    private final ExamQuestionRepository questions;
    private final AttemptStore store;
    private final AttemptClosing closing;
    private final Accommodations accommodations;
    private final QuestionTexts texts;
    private final TransactionTemplate transactions;
    private final List<ExamAccess> access;
    private final AuditTrail audit;
    private final Clock clock;
    private final Random random = new SecureRandom();
    private final Map<Long, List<Long>> drawnRevisions = new java.util.concurrent.ConcurrentHashMap<>();

    /** Attempts whose drawn revisions are kept; beyond it the memory starts over. */
    private static final int DRAWN_CACHE_SIZE = 20_000;

    ExamAttempts(ExamRepository exams, ExamQuestionRepository questions, AttemptStore store, AttemptClosing closing,
            Accommodations accommodations, QuestionTexts texts, TransactionTemplate transactions, List<ExamAccess> access,
            AuditTrail audit, Clock clock) {
        this.exams = exams;
        this.questions = questions;
        this.store = store;
        this.closing = closing;
        this.accommodations = accommodations;
        this.texts = texts;
        this.transactions = transactions;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Where the person stands at one exam; the same reads as for the whole list (see {@link #standings}). */
    Standing standing(Exam exam, long personId) {
        return standings(List.of(exam), personId).get(0);
    }

    /**
     * Where the person stands at each of the exams, in the same order. The person's attempts,
     * accommodations and certificates are read once for all of them.
     */
    List<Standing> standings(List<Exam> exams, long personId) {
        List<ExamAccess.PersonAccess> rules = access.stream().map(rule -> rule.of(personId)).toList();
        Map<Long, List<Attempt>> attemptsByExam = store.ofPerson(personId).stream()
                .sorted(Comparator.comparingInt(Attempt::number))
                .collect(Collectors.groupingBy(Attempt::examId));
        Map<Long, Accommodation> accommodationsByExam = accommodations.ofPerson(personId);
        Instant now = clock.instant();
        return exams.stream().map(exam -> {
            String certification = exam.getCertificationId();
            boolean reopened = certification != null && rules.stream().anyMatch(rule -> rule.reopened(certification));
            ExamAccess.Blocker blocker = certification == null ? null : rules.stream()
                    .map(rule -> rule.blocker(certification)).flatMap(Optional::stream).findFirst().orElse(null);
            return Standing.of(exam, attemptsByExam.getOrDefault(exam.getId(), List.of()),
                    accommodationsByExam.getOrDefault(exam.getId(), Accommodation.none(personId, exam.getId())), now,
                    reopened, blocker);
        }).toList();
    }

    /**
     * Starts an attempt, or returns the person's open one. Two "start" requests at once give one
     * attempt: the second finds the first's open attempt.
     */
    StartOutcome start(Exam exam, long personId) {
        Optional<Attempt> open = store.findOpen(exam.getId(), personId);
        if (open.isPresent()) {
            return new StartOutcome(open.get().id(), null);
        }
        Standing standing = standing(exam, personId);
        if (standing.refusal().isPresent()) {
            return new StartOutcome(null, standing.refusal().get());
        }
        List<AttemptDraw.Drawn> drawn = draw(exam);
        Instant now = clock.instant();
        try {
            long id = transactions.execute(status -> {
                long attemptId = store.insert(exam.getId(), personId, standing.used() + 1, now,
                        now.plus(Duration.ofMinutes(standing.minutes())), exam.getTimeLimitMinutes(),
                        standing.extraMinutes(), exam.getTimeExpiry(), exam.getGraceMinutes(), exam.getPassMarkPercent());
                store.insertQuestions(attemptId, drawn);
                audit.record(personId, "EXAM_STARTED", "attempt:" + attemptId, "exam " + exam.getSlug() + ", attempt "
                        + (standing.used() + 1));
                return attemptId;
            });
            return new StartOutcome(id, null);
        }
        catch (DuplicateKeyException raced) {
            return store.findOpen(exam.getId(), personId).map(attempt -> new StartOutcome(attempt.id(), null))
                    .orElseThrow(() -> raced);
        }
    }

    private List<AttemptDraw.Drawn> draw(Exam exam) {
        List<AttemptDraw.Candidate> candidates = questions.findByExamId(exam.getId()).stream()
                .filter(question -> !question.isRetired() && question.getCurrentRevisionId() != null)
                .map(question -> new AttemptDraw.Candidate(question.getId(), question.getCurrentRevisionId(),
                        question.getCategory(), question.getType()))
                .toList();
        Map<Long, GiftQuestion> byRevision = texts.of(candidates.stream().map(AttemptDraw.Candidate::revisionId).toList());
        return AttemptDraw.draw(candidates, exam.getDraws(), exam.isShuffleQuestions(), exam.isShuffleAnswers(),
                byRevision, random);
    }

    /** The attempt if it is this person's; another person's attempt is as good as missing. */
    Optional<Attempt> attemptOf(long attemptId, long personId) {
        return store.find(attemptId).filter(attempt -> attempt.personId() == personId);
    }

    /**
     * The question shown at a position of an attempt, or {@code null}. What an attempt drew never
     * changes, so it is kept in memory and an autosave does not read it again.
     */
    GiftQuestion questionAt(long attemptId, int position) {
        List<Long> revisions = drawnRevisions.get(attemptId);
        if (revisions == null) {
            revisions = store.revisionIds(attemptId);
            if (drawnRevisions.size() > DRAWN_CACHE_SIZE) {
                drawnRevisions.clear();
            }
            drawnRevisions.put(attemptId, revisions);
        }
        return position >= 1 && position <= revisions.size() ? texts.of(revisions.get(position - 1)) : null;
    }

    /**
     * Stores one answer. Refused when the attempt is closed, frozen in its grace period or past its
     * deadline; an answer older than the stored one ({@code sequence}) is ignored.
     */
    SaveOutcome save(long attemptId, long personId, int position, String response, boolean flagged, long sequence) {
        Instant now = clock.instant();
        if (store.saveAnswer(attemptId, personId, position, response, flagged, sequence, now) > 0) {
            return SaveOutcome.SAVED;
        }
        boolean open = attemptOf(attemptId, personId).map(attempt -> attempt.acceptsAnswersAt(now)).orElse(false);
        return open ? SaveOutcome.STALE : SaveOutcome.CLOSED;
    }

    /**
     * Submits the person's attempt. In time, or under the autosubmit policy, the saved answers are
     * graded (finished no later than the deadline); in a grace period they are graded as frozen at
     * the deadline; after it, or late under the abandon policy, the attempt is abandoned.
     *
     * @param timeUp whether the page submitted by itself at zero
     */
    SubmitOutcome submit(Attempt attempt, boolean timeUp) {
        Instant now = clock.instant();
        String by = timeUp ? AttemptClosing.BY_TIME_LIMIT : AttemptClosing.BY_PERSON;
        boolean closed;
        SubmitOutcome outcome = SubmitOutcome.FINISHED;
        if (now.isBefore(attempt.deadline().plus(Attempt.NETWORK_ALLOWANCE))) {
            closed = closing.finish(attempt, now.isAfter(attempt.deadline()) ? attempt.deadline() : now, by);
        }
        else {
            switch (attempt.timeExpiry()) {
                case AUTOSUBMIT -> closed = closing.finish(attempt, attempt.deadline(), by);
                case GRACE -> {
                    if (now.isBefore(attempt.closesAt().plus(Attempt.NETWORK_ALLOWANCE))) {
                        closed = closing.finish(attempt, now, by);
                    }
                    else {
                        closed = closing.abandon(attempt, attempt.closesAt(), by);
                        outcome = SubmitOutcome.ABANDONED;
                    }
                }
                default -> {
                    closed = closing.abandon(attempt, attempt.deadline(), by);
                    outcome = SubmitOutcome.ABANDONED;
                }
            }
        }
        return closed ? outcome : SubmitOutcome.ALREADY_CLOSED;
    }

    Instant now() {
        return clock.instant();
    }
}
