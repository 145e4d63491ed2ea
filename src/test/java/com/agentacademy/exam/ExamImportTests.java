package com.agentacademy.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import com.agentacademy.files.ContentProblem;

/** Importing exams/: questions get revisions when their text changes, nothing is lost when files break. */
@SpringBootTest(properties = { "academy.content.import-on-startup=false",
        "spring.datasource.url=jdbc:h2:mem:exam-import;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class ExamImportTests {

    static final Path ROOT = copyOfShippedExams();

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        registry.add("academy.content.exams-dir", () -> ROOT.resolve("exams").toString());
        registry.add("academy.content.courses-dir", () -> Path.of("courses").toAbsolutePath().toString());
    }

    @Autowired
    ExamImport examImport;

    @Autowired
    ExamRepository exams;

    @Autowired
    ExamQuestionRepository questions;

    @Autowired
    QuestionRevisionRepository revisions;

    @Autowired
    CertificationRepository certifications;

    @Test
    void theShippedExamsImportOnceAndThenStayUnchanged() throws IOException {
        ExamImport.Report first = examImport.importAll();
        ExamImport.Report second = examImport.importAll();

        assertThat(first.problems()).isEmpty();
        assertThat(first.exams()).isEqualTo(12);
        assertThat(questions.findAll()).hasSizeGreaterThanOrEqualTo(366);
        assertThat(certifications.findById("go-live").orElseThrow().getPrerequisites())
                .containsExactly("product-basics", "service-standards", "privacy-compliance");
        Exam goLive = exams.findBySlug("go-live-en").orElseThrow();
        assertThat(goLive.getTimeExpiry()).isEqualTo(TimeExpiry.GRACE);
        assertThat(goLive.getDraws()).isNotEmpty();
        assertThat(second.questions()).isEqualTo(new QuestionCounts(0, 0, 0, first.questions().added(), 0));

        aChangedQuestionGetsANewRevisionAndTheOldOneStays();
        aBrokenExamFileKeepsWhatWasImportedBefore();
    }

    private void aChangedQuestionGetsANewRevisionAndTheOldOneStays() throws IOException {
        Path bank = giftFileOf("privacy-compliance-en");
        String text = Files.readString(bank);
        String firstId = text.substring(text.indexOf("[id:") + 4, text.indexOf(']', text.indexOf("[id:")));
        int questionStart = text.indexOf("::", text.indexOf("[id:" + firstId + "]"));
        Files.writeString(bank, text.substring(0, questionStart) + "::Reworded:: Reworded question text. {T}\n\n"
                + text.substring(text.indexOf("\n\n", questionStart) + 2));

        ExamImport.Report report = examImport.importAll();

        assertThat(report.questions().revised()).isEqualTo(1);
        Exam exam = exams.findBySlug("privacy-compliance-en").orElseThrow();
        ExamQuestion changed = questions.findByExamId(exam.getId()).stream()
                .filter(question -> question.getQuestionKey().equals("id:" + firstId)).findFirst().orElseThrow();
        assertThat(revisions.findByQuestionIdOrderByNumberDesc(changed.getId())).extracting(QuestionRevision::getNumber)
                .containsExactly(2, 1);
        assertThat(revisions.findById(changed.getCurrentRevisionId()).orElseThrow().getGift()).contains("Reworded question text.");
    }

    private void aBrokenExamFileKeepsWhatWasImportedBefore() throws IOException {
        Path settings = ROOT.resolve("exams/product-basics-en/exam.yml");
        Files.writeString(settings, Files.readString(settings).replace("pass-mark-percent: 80", "pass-mark-percent: 180"));

        ExamImport.Report report = examImport.importAll();

        assertThat(report.problems()).extracting(ContentProblem::path).contains("exams/product-basics-en/exam.yml");
        assertThat(exams.findBySlug("product-basics-en").orElseThrow().getPassMarkPercent()).isEqualTo(80);
        assertThat(questions.findByExamId(exams.findBySlug("product-basics-en").orElseThrow().getId()))
                .noneMatch(ExamQuestion::isRetired);
    }

    private static Path giftFileOf(String exam) throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve("exams").resolve(exam))) {
            return files.filter(path -> path.toString().endsWith(".gift")).sorted().findFirst().orElseThrow();
        }
    }

    private static Path copyOfShippedExams() {
        try {
            Path root = Files.createTempDirectory("exam-import");
            FileSystemUtils.copyRecursively(Path.of("exams"), root.resolve("exams"));
            return root;
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
