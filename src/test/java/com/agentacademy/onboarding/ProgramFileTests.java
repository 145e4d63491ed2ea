package com.agentacademy.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.agentacademy.exam.ExamFolderReader;
import com.agentacademy.files.ContentProblem;

/**
 * Program files: every problem named by file and line, a plan written back reads as the same plan,
 * and the shipped new-hire program is the one the seeds describe and is clean.
 */
class ProgramFileTests {

    static final ProgramReferences KNOWN = new ProgramReferences(
            Set.of("starter/01-welcome", "starter/02-products", "starter/03-calls")::contains,
            Set.of("quick-auto", "advanced-auto", "broken")::contains,
            Map.of("quick-auto", "quiz", "advanced-auto", "advanced"), Set.of("quiz", "advanced")::contains);

    @TempDir
    Path root;

    @Test
    void namesEveryUnknownModuleAndExamAtItsOwnLine() {
        String text = """
                title: { en: Plan }
                weeks:
                  - title: { en: One }
                    modules:
                      - starter/01-welcome
                      - starter/09-ghost
                      - starter/welcome
                    exams: [quick-auto, nothing-like-it]
                  - title: { en: Two }
                    modules: [starter/01-welcome]
                    exams: [advanced-auto]
                  - colour: blue
                go-live-certification: advanced
                """;

        assertThat(ProgramYaml.read(text, "courses/_programs/plan.yml", KNOWN).problems())
                .extracting(ContentProblem::toString).containsExactly(
                        "courses/_programs/plan.yml:6: unknown module \"starter/09-ghost\": there is no"
                                + " courses/starter/09-ghost.md",
                        "courses/_programs/plan.yml:7: \"starter/welcome\" is not a module: write"
                                + " course-slug/NN-module-slug, for example handset-products/01-model-lines",
                        "courses/_programs/plan.yml:8: unknown exam \"nothing-like-it\": there is no exams/nothing-like-it/",
                        "courses/_programs/plan.yml:10: \"starter/01-welcome\" is already in the program at line 5",
                        "courses/_programs/plan.yml:12: unknown key \"colour\" (known: exams, modules, title)",
                        "courses/_programs/plan.yml:12: missing title (title: {en: ..., zh-CN: ...})",
                        "courses/_programs/plan.yml:12: week 3 has neither modules nor exams",
                        "courses/_programs/plan.yml:12: the last week has no exam that grants \"advanced\":"
                                + " a program ends with its go-live certification");
    }

    @Test
    void aGoLiveCertificationMustExistAndUnreadableYamlIsOneProblem() {
        String unknownCertification = """
                title: { en: Plan }
                weeks:
                  - title: { en: One }
                    exams: [advanced-auto]
                go-live-certification: astronaut
                """;

        assertThat(ProgramYaml.read(unknownCertification, "p.yml", KNOWN).problems()).extracting(ContentProblem::toString)
                .containsExactly("p.yml:5: unknown certification \"astronaut\": it is not in exams/certifications.yml");
        assertThat(ProgramYaml.read("title: { en: Plan }\nweeks: [\n", "p.yml", KNOWN).problems())
                .singleElement().asString().startsWith("p.yml:").contains("not valid YAML");
    }

    @Test
    void anUnreadableExamOfTheLastWeekIsNotBlamedForTheGoLiveCertification() {
        String text = """
                title: { en: Plan }
                weeks:
                  - title: { en: One }
                    exams: [broken]
                go-live-certification: advanced
                """;

        assertThat(ProgramYaml.read(text, "p.yml", KNOWN).problems()).isEmpty();
    }

    @Test
    void aWrittenPlanReadsBackAsTheSamePlan() {
        var plan = new ProgramPlan("Week one: \"basics\" # first", "第一周：基础", "Two lines\nof summary", null, List.of(
                new ProgramPlan.Week("Products, phones & more", "产品", List.of("starter/01-welcome", "starter/02-products"),
                        List.of("quick-auto")),
                new ProgramPlan.Week("Go-live", null, List.of(), List.of("advanced-auto"))), "advanced");

        String written = ProgramYaml.write(plan);

        assertThat(ProgramYaml.read(written, "p.yml", KNOWN).plan()).contains(plan);
        assertThat(ProgramYaml.write(ProgramYaml.read(written, "p.yml", KNOWN).plan().orElseThrow())).isEqualTo(written);
    }

    @Test
    void theFolderCheckReadsProgramsAgainstTheCourseAndExamFiles() throws IOException {
        Path content = OnboardingFixture.write("program-files");
        Path programs = content.resolve("courses/_programs");
        Files.writeString(programs.resolve("Bad Name.yml"), "title: { en: x }\n");
        Files.writeString(programs.resolve("typo.yml"), OnboardingFixture.PROGRAM.replace("starter/03-calls",
                "starter/03-call"));

        ProgramFolderCheck.Result result = ProgramFolderCheck.check(content.resolve("courses"), content.resolve("exams"),
                new ExamFolderReader(content.resolve("exams"), content.resolve("courses")).read());

        assertThat(result.programs()).isEqualTo(3);
        assertThat(result.problems()).extracting(ContentProblem::toString).containsExactly(
                "courses/_programs/Bad Name.yml:1: a program file's name has lower-case letters, digits and hyphens"
                        + " only, then .yml",
                "courses/_programs/typo.yml:11: unknown module \"starter/03-call\": there is no courses/starter/03-call.md");
    }

    @Test
    void theShippedProgramFollowsTheSeedsAndEndsWithTheGoLiveExam() throws IOException {
        Path courses = Path.of("courses");
        ProgramFolderCheck.Result check = ProgramFolderCheck.check(courses, Path.of("exams"),
                new ExamFolderReader(Path.of("exams"), courses).read());
        ProgramPlan plan = ProgramYaml.read(Files.readString(courses.resolve("_programs/new-hire-onboarding.yml")),
                "new-hire-onboarding.yml", ProgramReferences.trusted()).plan().orElseThrow();

        assertThat(check.problems()).isEmpty();
        assertThat(plan.weeks()).hasSizeBetween(6, 8);
        assertThat(plan.goLiveCertification()).isEqualTo("go-live");
        assertThat(plan.weeks().get(plan.weeks().size() - 1).exams()).containsExactly("go-live-en");
        assertThat(plan.modules()).as("product knowledge, the service process with complaints and tickets,"
                + " communication, basic service English").contains("handset-products/01-model-lines",
                        "troubleshooting/01-troubleshooting-method", "service-manual/02-call-flow",
                        "service-manual/06-tickets-and-follow-up", "customer-communication/04-angry-callers-and-complaints",
                        "customer-communication/01-calm-first-then-solve", "service-english/01-openings-and-closings",
                        "privacy-compliance/01-pipl-basics");
        assertThat(plan.exams()).containsExactly("product-basics-en", "troubleshooting-en", "service-standards-en",
                "complaint-handling-en", "privacy-compliance-en", "go-live-en");
        assertThat(plan.weeks()).allSatisfy(week -> assertThat(week.titleZh()).isNotBlank());
    }
}
