package com.agentacademy.exam;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.agentacademy.files.ContentHash;
import com.agentacademy.files.ContentProblem;
import com.agentacademy.gift.GiftQuestion;
import com.agentacademy.gift.GiftWriter;

/**
 * Imports {@code exams/}: the certifications, each exam's settings and its questions. A question
 * whose text changed gets a new revision (past attempts keep pointing at the one they showed); an
 * unchanged one is left alone; one that left the file is retired, never deleted. A broken exam is
 * reported as {@code path:line: message} and keeps what was imported before. Each exam is
 * imported in its own transaction.
 */
@Service
class ExamImport {

    private static final Logger log = LoggerFactory.getLogger(ExamImport.class);

    /**
     * What one import did.
     *
     * @param exams exams read without problems
     * @param questionsAdded questions seen for the first time
     * @param questionsRevised questions whose text changed
     * @param questionsRetired questions no longer in their exam's files
     * @param problems every problem found; the exams they are in were skipped
     */
    record Report(int exams, int questionsAdded, int questionsRevised, int questionsRetired,
            List<ContentProblem> problems) {

        String summary() {
            return "exams=" + exams + " added=" + questionsAdded + " revised=" + questionsRevised + " retired="
                    + questionsRetired + " problems=" + problems.size();
        }
    }

    private final ExamContentProperties properties;
    private final CertificationRepository certifications;
    private final ExamRepository exams;
    private final ExamQuestionRepository questions;
    private final QuestionRevisionRepository revisions;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ExamImport(ExamContentProperties properties, CertificationRepository certifications, ExamRepository exams,
            ExamQuestionRepository questions, QuestionRevisionRepository revisions, TransactionTemplate transactions,
            Clock clock) {
        this.properties = properties;
        this.certifications = certifications;
        this.exams = exams;
        this.questions = questions;
        this.revisions = revisions;
        this.transactions = transactions;
        this.clock = clock;
    }

    Report importAll() {
        ExamFolder folder = new ExamFolderReader(properties.examsDir(), properties.coursesDir()).read();
        transactions.executeWithoutResult(status -> folder.certifications().forEach(definition -> certifications.save(
                certifications.findById(definition.id()).map(existing -> {
                    existing.define(definition);
                    return existing;
                }).orElseGet(() -> {
                    var created = new Certification(definition.id());
                    created.define(definition);
                    return created;
                }))));
        int[] counts = new int[3];
        for (ExamDefinition definition : folder.exams()) {
            int[] examCounts = transactions.execute(status -> importExam(definition));
            for (int i = 0; i < counts.length; i++) {
                counts[i] += examCounts[i];
            }
        }
        var report = new Report(folder.exams().size(), counts[0], counts[1], counts[2], folder.problems());
        report.problems().forEach(problem -> log.warn("{}", problem));
        log.info("Exam import: {}", report.summary());
        return report;
    }

    /** Added, revised and retired question counts of one exam. */
    private int[] importExam(ExamDefinition definition) {
        Exam exam = exams.findBySlug(definition.slug()).orElseGet(() -> new Exam(definition.slug()));
        exam.configure(definition);
        exam = exams.save(exam);
        Map<String, ExamQuestion> existing = questions.findByExamId(exam.getId()).stream()
                .collect(Collectors.toMap(ExamQuestion::getQuestionKey, Function.identity()));
        Set<String> seen = new HashSet<>();
        int added = 0;
        int revised = 0;
        for (GiftQuestion question : definition.questions()) {
            String key = keyOf(question);
            if (!seen.add(key)) {
                continue;
            }
            String gift = GiftWriter.write(List.of(question));
            String hash = ContentHash.of(gift);
            ExamQuestion stored = existing.get(key);
            if (stored == null) {
                stored = questions.save(new ExamQuestion(exam.getId(), key, question.category(), question.type()));
                added++;
            }
            else if (!stored.isRetired() && revisions.findFirstByQuestionIdOrderByNumberDesc(stored.getId())
                    .map(current -> current.getContentHash().equals(hash)).orElse(false)) {
                continue;
            }
            else {
                revised++;
            }
            int number = revisions.findFirstByQuestionIdOrderByNumberDesc(stored.getId())
                    .map(current -> current.getNumber() + 1).orElse(1);
            QuestionRevision revision = revisions.save(new QuestionRevision(stored.getId(), number, gift, hash, clock));
            stored.revise(revision, question.category(), question.type());
        }
        int retired = 0;
        for (ExamQuestion stored : existing.values()) {
            if (!seen.contains(stored.getQuestionKey()) && !stored.isRetired()) {
                stored.retire();
                retired++;
            }
        }
        return new int[] { added, revised, retired };
    }

    /** The question's {@code [id:...]}, else its name, else a hash of its text. */
    static String keyOf(GiftQuestion question) {
        if (question.id() != null && !question.id().isBlank()) {
            return "id:" + question.id();
        }
        if (question.name() != null && !question.name().isBlank()) {
            return "name:" + (question.name().length() > 150 ? ContentHash.of(question.name()) : question.name());
        }
        return "text:" + ContentHash.of(question.text());
    }
}
