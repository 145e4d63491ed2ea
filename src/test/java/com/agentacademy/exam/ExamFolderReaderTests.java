package com.agentacademy.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.agentacademy.files.ContentProblem;
import com.agentacademy.gift.GiftQuestion;
import com.agentacademy.gift.GiftType;

/** Reading an exams/ folder: good exams become definitions, every broken one is named by file and line. */
class ExamFolderReaderTests {

    private static final String CERTIFICATIONS = """
            certifications:
              - id: product-basics
                name:
                  en: Product Basics
                  zh-CN: 产品基础认证
                validity-months: 12
                prerequisites: []
              - id: go-live
                name: {en: Go-live, zh-CN: 上岗认证}
                validity-months: 24
                prerequisites: [product-basics]
            """;

    private static final String EXAM = """
            title: Phones exam
            locale: en
            certification: product-basics
            courses: [handset-products]
            time-limit-minutes: 30
            pass-mark-percent: 80
            max-attempts: 3
            cooldown-hours: 24
            shuffle-questions: true
            shuffle-answers: false
            draw:
              - category: phones/chips
                count: 2
              - category: phones/service
                count: 1
            time-expiry: grace
            grace-minutes: 2
            review: after-close
            rubric:
              - criterion: Calms the caller first
                points: 2
            """;

    private static final String CHIPS = """
            $CATEGORY: phones/chips

            // [id:chips-1]
            ::A30::Which chip does the A30 use? {=Spark 700 ~Spark 8000 ~Spark 9000}

            // [id:chips-2]
            The Flip 2 uses the Spark 8000. {T}

            Every Lumen chip is called Spark.
            """;

    private static final String SERVICE = """
            $CATEGORY: phones/service

            // [id:service-1]
            Explain how you calm an angry caller. {}
            """;

    @TempDir
    Path root;

    @BeforeEach
    void goodFolder() throws IOException {
        Files.createDirectories(root.resolve("courses/handset-products"));
        write("exams/certifications.yml", CERTIFICATIONS);
        write("exams/phones-en/exam.yml", EXAM);
        write("exams/phones-en/a-chips.gift", CHIPS);
        write("exams/phones-en/b-service.gift", SERVICE);
    }

    @Test
    void readsAGoodExamWithItsSettingsAndTheQuestionsOfEveryBankInFileNameOrder() {
        ExamFolder folder = read();

        assertThat(folder.problems()).isEmpty();
        assertThat(folder.certifications()).containsExactly(
                new CertificationDefinition("product-basics", "Product Basics", "产品基础认证", 12, List.of()),
                new CertificationDefinition("go-live", "Go-live", "上岗认证", 24, List.of("product-basics")));
        ExamDefinition exam = folder.exams().get(0);
        assertThat(exam.slug()).isEqualTo("phones-en");
        assertThat(exam.title()).isEqualTo("Phones exam");
        assertThat(exam.locale()).isEqualTo("en");
        assertThat(exam.certificationId()).isEqualTo("product-basics");
        assertThat(exam.courses()).containsExactly("handset-products");
        assertThat(exam.timeLimitMinutes()).isEqualTo(30);
        assertThat(exam.passMarkPercent()).isEqualTo(80);
        assertThat(exam.maxAttempts()).isEqualTo(3);
        assertThat(exam.cooldownHours()).isEqualTo(24);
        assertThat(exam.shuffleQuestions()).isTrue();
        assertThat(exam.shuffleAnswers()).isFalse();
        assertThat(exam.draws()).containsExactly(new ExamDefinition.Draw("phones/chips", 2),
                new ExamDefinition.Draw("phones/service", 1));
        assertThat(exam.timeExpiry()).isEqualTo(TimeExpiry.GRACE);
        assertThat(exam.graceMinutes()).isEqualTo(2);
        assertThat(exam.review()).isEqualTo(ReviewPolicy.AFTER_CLOSE);
        assertThat(exam.rubric()).containsExactly(new ExamDefinition.RubricCriterion("Calms the caller first", 2));
        assertThat(exam.questions()).extracting(GiftQuestion::type).containsExactly(GiftType.MULTICHOICE,
                GiftType.TRUEFALSE, GiftType.DESCRIPTION, GiftType.ESSAY);
        assertThat(exam.questions().get(3).id()).isEqualTo("service-1");
    }

    @Test
    void fillsInTheDefaultsOfOptionalSettings() throws IOException {
        write("exams/phones-en/exam.yml", "title: Phones exam\nlocale: zh-CN\ntime-limit-minutes: 30\npass-mark-percent: 80\n");

        ExamDefinition exam = read().exams().get(0);

        assertThat(exam.certificationId()).isNull();
        assertThat(exam.courses()).isEmpty();
        assertThat(exam.maxAttempts()).isEqualTo(1);
        assertThat(exam.cooldownHours()).isZero();
        assertThat(exam.shuffleQuestions()).isTrue();
        assertThat(exam.shuffleAnswers()).isTrue();
        assertThat(exam.draws()).isEmpty();
        assertThat(exam.timeExpiry()).isEqualTo(TimeExpiry.AUTOSUBMIT);
        assertThat(exam.graceMinutes()).isZero();
        assertThat(exam.review()).isEqualTo(ReviewPolicy.AFTER_SUBMIT);
        assertThat(exam.rubric()).isEmpty();
    }

    @Test
    void reportsUnknownKeysAndMissingRequiredOnesAndLeavesTheExamOut() throws IOException {
        write("exams/phones-en/exam.yml", "titel: Phones exam\nlocale: en\npass-mark: 80\n");

        ExamFolder folder = read();

        assertThat(lines(folder)).containsExactly(
                "exams/phones-en/exam.yml:1: unknown key \"titel\"",
                "exams/phones-en/exam.yml:1: missing title",
                "exams/phones-en/exam.yml:1: missing time-limit-minutes",
                "exams/phones-en/exam.yml:1: missing pass-mark-percent",
                "exams/phones-en/exam.yml:3: unknown key \"pass-mark\"");
        assertThat(folder.exams()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            locale: fr                | 2  | unknown locale "fr" (one of en, zh-CN)
            certification: basics     | 3  | certification "basics" is not in certifications.yml
            courses: [handset-products, ghost] | 4 | course "ghost" is not a folder in courses/
            time-limit-minutes: 0     | 5  | time-limit-minutes must be a whole number from 1 to 600
            time-limit-minutes: 601   | 5  | time-limit-minutes must be a whole number from 1 to 600
            pass-mark-percent: 0      | 6  | pass-mark-percent must be a whole number from 1 to 100
            pass-mark-percent: 101    | 6  | pass-mark-percent must be a whole number from 1 to 100
            pass-mark-percent: 80.5   | 6  | pass-mark-percent must be a whole number from 1 to 100
            max-attempts: 0           | 7  | max-attempts must be a whole number 1 or more
            cooldown-hours: -1        | 8  | cooldown-hours must be a whole number 0 or more
            shuffle-answers: maybe    | 10 | shuffle-answers must be true or false
            time-expiry: submit       | 16 | unknown time-expiry "submit" (one of autosubmit, grace, abandon)
            grace-minutes: 121        | 17 | grace-minutes must be a whole number from 0 to 120
            grace-minutes: 0          | 17 | grace-minutes must be 1 or more when time-expiry is grace
            review: later             | 18 | unknown review "later" (one of after-submit, after-close, never)
            """)
    void reportsAWrongSettingAtItsLine(String setting, int line, String message) throws IOException {
        String key = setting.substring(0, setting.indexOf(':'));
        write("exams/phones-en/exam.yml", EXAM.replaceFirst("(?m)^" + key + ":.*$", setting));

        ExamFolder folder = read();

        assertThat(lines(folder)).containsExactly("exams/phones-en/exam.yml:" + line + ": " + message);
        assertThat(folder.exams()).isEmpty();
    }

    @Test
    void asksForGraceMinutesAtTheTimeExpiryLineWhenTheyAreMissing() throws IOException {
        write("exams/phones-en/exam.yml", EXAM.replace("grace-minutes: 2\n", ""));

        assertThat(lines(read())).containsExactly(
                "exams/phones-en/exam.yml:16: grace-minutes must be 1 or more when time-expiry is grace");
    }

    @Test
    void checksCourseSlugsOnlyWhenACoursesFolderIsGiven() throws IOException {
        write("exams/phones-en/exam.yml", EXAM.replace("[handset-products]", "[ghost]"));

        ExamFolder folder = new ExamFolderReader(root.resolve("exams"), null).read();

        assertThat(folder.problems()).isEmpty();
        assertThat(folder.exams().get(0).courses()).containsExactly("ghost");
    }

    @Test
    void reportsADrawFromAnEmptyCategoryAndOneAskingForMoreThanTheCategoryHas() throws IOException {
        write("exams/phones-en/exam.yml", EXAM.replace("count: 2", "count: 3").replace("phones/service", "phones/gone"));

        assertThat(lines(read())).containsExactly(
                "exams/phones-en/exam.yml:13: the draw asks for 3 questions from \"phones/chips\", which has 2",
                "exams/phones-en/exam.yml:14: the category \"phones/gone\" has no questions");
    }

    @Test
    void reportsADrawEntryThatIsNotACategoryAndCount() throws IOException {
        write("exams/phones-en/exam.yml", EXAM.replace("    count: 1\n", "    number: 1\n"));

        assertThat(lines(read())).containsExactly(
                "exams/phones-en/exam.yml:14: missing count",
                "exams/phones-en/exam.yml:15: unknown key \"number\"");
    }

    @Test
    void reportsAQuestionIdUsedAgainInAnotherBank() throws IOException {
        write("exams/phones-en/b-service.gift", SERVICE.replace("service-1", "chips-1"));

        assertThat(lines(read())).containsExactly(
                "exams/phones-en/b-service.gift:4: the id \"chips-1\" is already used by the question at line 4 of a-chips.gift");
    }

    @Test
    void reportsAGiftProblemAtItsLineInItsFile() throws IOException {
        write("exams/phones-en/b-service.gift", SERVICE + "\n// [id:service-2]\nWhich is right? {~this ~that}\n");

        ExamFolder folder = read();

        assertThat(lines(folder)).containsExactly("exams/phones-en/b-service.gift:7: multiple-choice question has no"
                + " right answer: mark it with =, or give the right answers positive weights such as ~%50%");
        assertThat(folder.exams()).isEmpty();
    }

    @Test
    void reportsAFolderWithoutExamYmlAndOneWithoutQuestionsAndStillReadsTheOthers() throws IOException {
        write("exams/no-settings/bank.gift", SERVICE);
        write("exams/no-questions/exam.yml", EXAM.replaceAll("(?s)draw:.*time-expiry", "time-expiry"));
        write("exams/Bad_Name/exam.yml", EXAM);

        ExamFolder folder = read();

        assertThat(lines(folder)).containsExactly(
                "exams/Bad_Name:1: an exam folder's name has lower-case letters, digits and hyphens only",
                "exams/no-questions:1: the exam has no questions: write them in one or more .gift files in this folder",
                "exams/no-settings/exam.yml:1: exam.yml is missing");
        assertThat(folder.exams()).extracting(ExamDefinition::slug).containsExactly("phones-en");
    }

    @Test
    void reportsProblemsOfTheCertificationsFile() throws IOException {
        write("exams/certifications.yml", """
                certifications:
                  - id: product-basics
                    name: {en: Product Basics}
                    validity-months: 12
                  - id: product-basics
                    name: {en: Again}
                    validity-months: 12
                  - id: go-live
                    name: {en: Go-live, fr: Mise en service}
                    validity-months: 0
                    prerequisites: [product-basic]
                  - id: trainer
                    validity-months: 12
                    level: 2
                  - id: senior
                    name: Senior
                    validity-months: 12
                    prerequisites: [mentor]
                  - id: mentor
                    name: Mentor
                    validity-months: 12
                    prerequisites: [senior]
                """);

        ExamFolder folder = read();

        assertThat(lines(folder)).containsExactly(
                "exams/certifications.yml:5: the certification id \"product-basics\" is already used at line 2",
                "exams/certifications.yml:9: unknown key \"fr\"",
                "exams/certifications.yml:10: validity-months must be a whole number 1 or more",
                "exams/certifications.yml:11: prerequisite \"product-basic\" is not a certification",
                "exams/certifications.yml:12: missing name (name: {en: ..., zh-CN: ...})",
                "exams/certifications.yml:14: unknown key \"level\"",
                "exams/certifications.yml:18: the prerequisites of \"senior\" lead back to it",
                "exams/certifications.yml:22: the prerequisites of \"mentor\" lead back to it");
        assertThat(folder.certifications()).extracting(CertificationDefinition::id).containsExactly("product-basics");
        assertThat(folder.exams()).hasSize(1);
    }

    @Test
    void reportsFilesThatAreNotUtf8() throws IOException {
        Files.write(root.resolve("exams/phones-en/exam.yml"), new byte[] { 't', 'i', 't', 'l', 'e', ':', ' ', (byte) 0xC3, 0x28 });
        Files.write(root.resolve("exams/phones-en/b-service.gift"), new byte[] { (byte) 0xFF, (byte) 0xFE, 'x' });

        assertThat(lines(read())).containsExactly(
                "exams/phones-en/b-service.gift:1: not UTF-8 text from this line on; save the file as UTF-8",
                "exams/phones-en/exam.yml:1: not UTF-8 text from this line on; save the file as UTF-8");
    }

    @Test
    void reportsAliasBombsAndDeepNestingWithoutGivingWay() throws IOException {
        write("exams/phones-en/exam.yml", """
                a: &a ["x","x","x","x","x","x","x","x","x"]
                b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
                e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
                f: [*e,*e,*e,*e,*e,*e,*e,*e,*e]
                """);
        write("exams/deep/exam.yml", "title: " + "[".repeat(500) + "\n");
        write("exams/deep/bank.gift", SERVICE);

        ExamFolder folder = read();

        assertThat(lines(folder)).containsExactly(
                "exams/deep/exam.yml:1: nested more than 20 levels deep",
                "exams/phones-en/exam.yml:1: more than 20 aliases (*name) of lists or mappings; write the values out instead");
        assertThat(folder.exams()).isEmpty();
    }

    @Test
    void readsTheShippedExamsWithoutAProblem() {
        ExamFolder folder = new ExamFolderReader(Path.of("exams"), Path.of("courses")).read();

        assertThat(folder.problems()).isEmpty();
        assertThat(folder.certifications()).hasSize(6);
        assertThat(folder.exams()).hasSize(12);
        assertThat(folder.exams().stream().mapToInt(exam -> exam.questions().size()).sum()).isEqualTo(366);
    }

    private ExamFolder read() {
        return new ExamFolderReader(root.resolve("exams"), root.resolve("courses")).read();
    }

    private static List<String> lines(ExamFolder folder) {
        return folder.problems().stream().map(ContentProblem::toString).toList();
    }

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
