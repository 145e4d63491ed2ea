package com.agentacademy.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import com.agentacademy.gift.GiftParser;
import com.agentacademy.gift.GiftQuestion;
import com.agentacademy.gift.GiftWriter;

/**
 * Files and the browser both author exams: an import of an unchanged file leaves browser edits
 * alone, a changed file wins, and a question that only came from the browser is not retired.
 */
@SpringBootTest(properties = { "academy.content.import-on-startup=false",
        "spring.datasource.url=jdbc:h2:mem:exam-browser-edits;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class ExamImportKeepsBrowserEditsTests {

    static final Path ROOT = copyOfShippedExams();

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        registry.add("academy.content.exams-dir", () -> ROOT.resolve("exams").toString());
        registry.add("academy.content.courses-dir", () -> Path.of("courses").toAbsolutePath().toString());
    }

    @Autowired
    ExamImport examImport;

    @Autowired
    QuestionBank bank;

    @Autowired
    ExamRepository exams;

    @Autowired
    ExamQuestionRepository questions;

    @Autowired
    QuestionRevisionRepository revisions;

    @Test
    void browserEditsSurviveTheUnchangedFileAndAChangedFileWins() throws IOException {
        examImport.importAll();
        Exam exam = exams.findBySlug("service-standards-en").orElseThrow();
        List<ExamQuestion> bankQuestions = questions.findByExamIdOrderByIdAsc(exam.getId());
        ExamQuestion edited = bankQuestions.get(0);
        ExamQuestion retired = bankQuestions.get(1);
        bank.edit(edited.getId(), Questions.reworded(current(edited), "Edited in the browser."), 1);
        retired.retire();
        questions.save(retired);
        exam.change(new ExamSettings("Retitled in the browser", 50, 70, 2, 0, false, false, List.of(),
                TimeExpiry.ABANDON, 0, ReviewPolicy.NEVER));
        exams.save(exam);
        bank.upload(exam.getId(), GiftParser.parse("::Browser only::Added in the browser. {T}").questions(), false);

        ExamImport.Report unchangedFile = examImport.importAll();

        assertThat(unchangedFile.questions().revised() + unchangedFile.questions().restored()
                + unchangedFile.questions().retired() + unchangedFile.questions().added()).isZero();
        assertThat(current(edited).text()).isEqualTo("Edited in the browser.");
        assertThat(reload(retired).isRetired()).isTrue();
        assertThat(exams.findBySlug("service-standards-en").orElseThrow().getTitle()).isEqualTo("Retitled in the browser");
        assertThat(browserOnly(exam).isRetired()).isFalse();

        rewriteInFile(edited, "Changed in the file.");
        Path settings = ROOT.resolve("exams/service-standards-en/exam.yml");
        Files.writeString(settings, Files.readString(settings).replaceFirst("(?m)^title: .*$", "title: Retitled in the file"));

        ExamImport.Report changedFile = examImport.importAll();

        assertThat(changedFile.questions().revised()).isEqualTo(1);
        assertThat(current(edited).text()).isEqualTo("Changed in the file.");
        assertThat(revisions.findByQuestionIdOrderByNumberDesc(edited.getId())).hasSize(3);
        assertThat(reload(retired).isRetired()).isTrue();
        Exam reimported = exams.findBySlug("service-standards-en").orElseThrow();
        assertThat(reimported.getTitle()).isEqualTo("Retitled in the file");
        assertThat(reimported.getTimeExpiry()).isEqualTo(TimeExpiry.AUTOSUBMIT);
        assertThat(browserOnly(exam).isRetired()).isFalse();
    }

    @Test
    void aQuestionThatLeavesItsFileIsRetiredAndComesBackWithIt() throws IOException {
        examImport.importAll();
        Exam exam = exams.findBySlug("privacy-compliance-en").orElseThrow();
        ExamQuestion leaving = questions.findByExamIdOrderByIdAsc(exam.getId()).get(2);
        Path file = giftFileOf("privacy-compliance-en");
        String before = Files.readString(file);
        String block = blockOf(before, leaving);
        Files.writeString(file, before.replace(block, ""));

        assertThat(examImport.importAll().questions().retired()).isEqualTo(1);
        assertThat(reload(leaving).isRetired()).isTrue();

        Files.writeString(file, before);

        assertThat(examImport.importAll().questions().restored()).isEqualTo(1);
        assertThat(reload(leaving).isRetired()).isFalse();
        assertThat(revisions.findByQuestionIdOrderByNumberDesc(leaving.getId())).hasSize(1);
    }

    private void rewriteInFile(ExamQuestion question, String text) throws IOException {
        Path file = giftFileOf("service-standards-en");
        String gift = Files.readString(file);
        GiftQuestion inFile = GiftParser.parse(blockOf(gift, question)).questions().get(0);
        GiftQuestion rewritten = Questions.reworded(inFile, text);
        String withoutCategory = GiftWriter.write(List.of(new GiftQuestion(rewritten.id(), rewritten.tags(),
                rewritten.name(), null, rewritten.type(), rewritten.format(), rewritten.text(), rewritten.missingWord(),
                rewritten.answers(), rewritten.matches(), rewritten.trueFalse(), rewritten.generalFeedback(), 0)));
        Files.writeString(file, gift.replace(blockOf(gift, question), withoutCategory));
    }

    /** The question's lines in its file, from its id comment to the blank line after it. */
    private static String blockOf(String gift, ExamQuestion question) {
        int start = gift.indexOf("// [" + question.getQuestionKey() + "]");
        int end = gift.indexOf("\n\n", start);
        return gift.substring(start, end < 0 ? gift.length() : end + 1);
    }

    private ExamQuestion browserOnly(Exam exam) {
        return questions.findByExamId(exam.getId()).stream()
                .filter(question -> question.getQuestionKey().equals("name:Browser only")).findFirst().orElseThrow();
    }

    private ExamQuestion reload(ExamQuestion question) {
        return questions.findById(question.getId()).orElseThrow();
    }

    private GiftQuestion current(ExamQuestion question) {
        long revision = reload(question).getCurrentRevisionId();
        return GiftParser.parse(revisions.findById(revision).orElseThrow().getGift()).questions().get(0);
    }

    private static Path giftFileOf(String exam) throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve("exams").resolve(exam))) {
            return files.filter(path -> path.toString().endsWith(".gift")).sorted().findFirst().orElseThrow();
        }
    }

    private static Path copyOfShippedExams() {
        try {
            Path root = Files.createTempDirectory("exam-browser-edits");
            FileSystemUtils.copyRecursively(Path.of("exams"), root.resolve("exams"));
            return root;
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
