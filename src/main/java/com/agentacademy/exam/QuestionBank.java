package com.agentacademy.exam;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.agentacademy.files.ContentHash;
import com.agentacademy.gift.GiftParser;
import com.agentacademy.gift.GiftQuestion;
import com.agentacademy.gift.GiftType;
import com.agentacademy.gift.GiftWriter;

/**
 * The questions of an exam as one bank, whoever changes them: the import of {@code exams/}, a
 * trainer's upload of a {@code .gift} file, the question editor. A question is known by its key;
 * a new wording becomes a new revision, never an overwritten one, because past attempts name the
 * revisions they showed.
 */
@Service
class QuestionBank {

    static final String TEXT_KEY = "text:";

    /** The revision an editor started from is no longer the current one: someone else saved since. */
    static final class Conflict extends RuntimeException {

        private static final long serialVersionUID = 1L;
    }

    private final ExamQuestionRepository questions;
    private final QuestionRevisionRepository revisions;
    private final Clock clock;

    QuestionBank(ExamQuestionRepository questions, QuestionRevisionRepository revisions, Clock clock) {
        this.questions = questions;
        this.revisions = revisions;
        this.clock = clock;
    }

    /** The question's {@code [id:...]}, else its name, else a hash of its text. */
    static String keyOf(GiftQuestion question) {
        if (question.id() != null && !question.id().isBlank()) {
            return "id:" + question.id();
        }
        if (question.name() != null && !question.name().isBlank()) {
            return "name:" + (question.name().length() > 150 ? ContentHash.of(question.name()) : question.name());
        }
        return TEXT_KEY + ContentHash.of(question.text());
    }

    /** The hash of the question's GIFT text as a revision stores it. */
    static String hashOf(GiftQuestion question) {
        return ContentHash.of(GiftWriter.write(List.of(question)));
    }

    /** Every question of the exam, retired or not, by key. */
    Map<String, ExamQuestion> byKey(long examId) {
        return questions.findByExamId(examId).stream()
                .collect(Collectors.toMap(ExamQuestion::getQuestionKey, Function.identity()));
    }

    /** How many live questions other than descriptions each category has: what draws can take. */
    Map<String, Long> drawableByCategory(long examId) {
        return drawableByCategory(questions.findByExamId(examId));
    }

    /** How many live questions that an attempt can draw each category of these questions holds. */
    static Map<String, Long> drawableByCategory(List<ExamQuestion> questions) {
        return questions.stream()
                .filter(question -> !question.isRetired() && question.getType() != GiftType.DESCRIPTION
                        && question.getCategory() != null)
                .collect(Collectors.groupingBy(ExamQuestion::getCategory, Collectors.counting()));
    }

    /** The exam's draws that ask for more questions than their category has live. */
    List<ShortDraw> shortDraws(Exam exam) {
        Map<String, Long> drawable = drawableByCategory(exam.getId());
        return exam.getDraws().stream().filter(draw -> draw.count() > drawable.getOrDefault(draw.category(), 0L))
                .map(draw -> new ShortDraw(draw.category(), draw.count(), drawable.getOrDefault(draw.category(), 0L)))
                .toList();
    }

    /**
     * The exam's live questions as one GIFT text, with {@code $CATEGORY:} lines. Questions without
     * a category come first: written after a category line, they would be read back in it.
     */
    @Transactional(readOnly = true)
    String export(long examId) {
        List<ExamQuestion> live = questions.findByExamIdOrderByIdAsc(examId).stream()
                .filter(question -> !question.isRetired()).toList();
        Map<Long, QuestionRevision> current = currentRevisions(live);
        return GiftWriter.write(live.stream()
                .flatMap(question -> GiftParser.parse(current.get(question.getCurrentRevisionId()).getGift())
                        .questions().stream())
                .sorted(Comparator.comparing(question -> question.category() != null)).toList());
    }

    /** The current revisions of the questions, by id, read at once. */
    Map<Long, QuestionRevision> currentRevisions(List<ExamQuestion> of) {
        return revisions.findAllById(of.stream().map(ExamQuestion::getCurrentRevisionId).toList()).stream()
                .collect(Collectors.toMap(QuestionRevision::getId, Function.identity()));
    }

    /**
     * Adds the question to the exam, or, when the exam has a question with its key, makes its text
     * that question's new revision unless it already is the current one. A retired question given
     * again is drawn again.
     *
     * @param byKey the exam's questions by key; a question added is added here too
     */
    @Transactional(propagation = Propagation.MANDATORY)
    QuestionCounts.Change addOrRevise(long examId, Map<String, ExamQuestion> byKey, GiftQuestion question) {
        String key = keyOf(question);
        ExamQuestion stored = byKey.get(key);
        if (stored == null) {
            stored = questions.save(new ExamQuestion(examId, key, question.category(), question.type()));
            byKey.put(key, stored);
            reword(stored, question);
            return QuestionCounts.Change.ADDED;
        }
        boolean reworded = reword(stored, question);
        boolean restored = stored.restore();
        return reworded ? QuestionCounts.Change.REVISED
                : restored ? QuestionCounts.Change.RESTORED : QuestionCounts.Change.UNCHANGED;
    }

    /**
     * Adds and revises the questions of an uploaded file, all or none.
     *
     * @param retireMissing whether the exam's questions that are not in the file are retired
     */
    @Transactional
    QuestionCounts upload(long examId, List<GiftQuestion> uploaded, boolean retireMissing) {
        Map<String, ExamQuestion> byKey = byKey(examId);
        Set<String> inFile = new HashSet<>();
        QuestionCounts counts = QuestionCounts.NONE;
        for (GiftQuestion question : uploaded) {
            inFile.add(keyOf(question));
            counts = counts.and(addOrRevise(examId, byKey, question));
        }
        if (retireMissing) {
            for (ExamQuestion stored : byKey.values()) {
                if (!inFile.contains(stored.getQuestionKey()) && stored.retire()) {
                    counts = counts.and(QuestionCounts.Change.RETIRED);
                }
            }
        }
        return counts;
    }

    /**
     * Saves a trainer's new wording of a question as its next revision; the same wording makes no
     * revision. Answers whether a revision was made.
     *
     * @param baseRevision the number of the revision the trainer started from
     * @throws Conflict when that is no longer the current revision
     */
    @Transactional
    boolean edit(long questionId, GiftQuestion edited, int baseRevision) {
        ExamQuestion stored = questions.findById(questionId).orElseThrow();
        int current = revisions.findFirstByQuestionIdOrderByNumberDesc(questionId).map(QuestionRevision::getNumber)
                .orElse(0);
        if (current != baseRevision) {
            throw new Conflict();
        }
        return reword(stored, edited);
    }

    /**
     * Whether the edited text may become the question's next revision under its key: a question
     * keeps its {@code [id:...]} or name, by which files know it. One known by its text may be
     * reworded (and given an id or a name) as long as no other question of the exam is known so.
     */
    boolean keepsItsKey(ExamQuestion stored, GiftQuestion edited) {
        String key = keyOf(edited);
        if (key.equals(stored.getQuestionKey())) {
            return true;
        }
        return stored.isKeyedByText() && !byKey(stored.getExamId()).containsKey(key);
    }

    /** Makes the question's text its current revision unless it already is; answers whether it did. */
    private boolean reword(ExamQuestion stored, GiftQuestion question) {
        String gift = GiftWriter.write(List.of(question));
        String hash = ContentHash.of(gift);
        Optional<QuestionRevision> current = revisions.findFirstByQuestionIdOrderByNumberDesc(stored.getId());
        if (current.isPresent() && current.get().getContentHash().equals(hash)) {
            return false;
        }
        int number = current.map(revision -> revision.getNumber() + 1).orElse(1);
        stored.reword(revisions.save(new QuestionRevision(stored.getId(), number, gift, hash, clock)), question);
        return true;
    }
}
