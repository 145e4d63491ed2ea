package com.agentacademy.exam;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.agentacademy.files.ContentProblem;
import com.agentacademy.gift.GiftQuestion;

/**
 * Imports {@code exams/}: the certifications, each exam's settings and its questions. A question
 * whose text changed gets a new revision (past attempts keep pointing at the one they showed); an
 * unchanged one is left alone; one that left the file is retired, never deleted. A broken exam is
 * reported as {@code path:line: message} and keeps what was imported before. Each exam is
 * imported in its own transaction.
 *
 * <p>Trainers also change questions and settings in the browser. The import remembers what it last
 * took from the files and changes a question, or an exam's settings, only when its file changed
 * since: an unchanged file leaves browser edits alone, a changed one wins.
 */
@Service
class ExamImport {

    private static final Logger log = LoggerFactory.getLogger(ExamImport.class);

    /**
     * What one import did.
     *
     * @param exams exams read without problems
     * @param questions what happened to their questions
     * @param problems every problem found; the exams they are in were skipped
     */
    record Report(int exams, QuestionCounts questions, List<ContentProblem> problems) {

        String summary() {
            return "exams=" + exams + " " + questions.summary() + " problems=" + problems.size();
        }
    }

    private final ExamContentProperties properties;
    private final CertificationRepository certifications;
    private final ExamRepository exams;
    private final QuestionBank bank;
    private final TransactionTemplate transactions;

    ExamImport(ExamContentProperties properties, CertificationRepository certifications, ExamRepository exams,
            QuestionBank bank, TransactionTemplate transactions) {
        this.properties = properties;
        this.certifications = certifications;
        this.exams = exams;
        this.bank = bank;
        this.transactions = transactions;
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
        QuestionCounts counts = QuestionCounts.NONE;
        for (ExamDefinition definition : folder.exams()) {
            counts = counts.plus(transactions.execute(status -> importExam(definition)));
        }
        var report = new Report(folder.exams().size(), counts, folder.problems());
        report.problems().forEach(problem -> log.warn("{}", problem));
        log.info("Exam import: {}", report.summary());
        return report;
    }

    private QuestionCounts importExam(ExamDefinition definition) {
        Exam exam = exams.findBySlug(definition.slug()).orElseGet(() -> new Exam(definition.slug()));
        exam.configureFromFile(definition);
        exam = exams.save(exam);
        Map<String, ExamQuestion> byKey = bank.byKey(exam.getId());
        Set<String> inFile = new HashSet<>();
        QuestionCounts counts = QuestionCounts.NONE;
        for (GiftQuestion question : definition.questions()) {
            String key = QuestionBank.keyOf(question);
            if (!inFile.add(key)) {
                continue;
            }
            String fileHash = QuestionBank.hashOf(question);
            ExamQuestion stored = byKey.get(key);
            if (stored != null && stored.isAsImported(fileHash)) {
                counts = counts.and(QuestionCounts.Change.UNCHANGED);
                continue;
            }
            counts = counts.and(bank.addOrRevise(exam.getId(), byKey, question));
            byKey.get(key).imported(fileHash);
        }
        for (ExamQuestion stored : byKey.values()) {
            if (!inFile.contains(stored.getQuestionKey()) && stored.leftTheFile()) {
                counts = counts.and(QuestionCounts.Change.RETIRED);
            }
        }
        return counts;
    }
}
