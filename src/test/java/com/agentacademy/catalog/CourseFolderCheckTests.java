package com.agentacademy.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.agentacademy.files.ContentProblem;

/** Checking a courses/ folder without a database: the import's rules, every file looked at. */
class CourseFolderCheckTests {

    @TempDir
    Path root;

    @Test
    void countsCoursesAndModuleFilesOfAGoodFolder() throws IOException {
        course("phones", "prerequisites: []\n");
        write("courses/phones/01-screens.md", "---\ntitle: Screens\nminutes: 5\n---\nSee [batteries](02-batteries.md).\n");
        write("courses/phones/01-screens.zh-CN.md", "---\ntitle: 屏幕\nminutes: 5\n---\n正文\n");
        write("courses/phones/02-batteries.md", "---\ntitle: Batteries\nminutes: 5\n---\nText\n");
        write("courses/_programs/new-hires.yml", "title: {en: New hires}\n");

        CourseFolderCheck.Result result = CourseFolderCheck.check(root.resolve("courses"));

        assertThat(result.problems()).isEmpty();
        assertThat(result.courses()).isEqualTo(1);
        assertThat(result.modules()).isEqualTo(3);
    }

    @Test
    void checksTheModulesOfACourseWhoseCourseFileIsBroken() throws IOException {
        course("phones", "prerequisites: [phones-000]\n");
        write("courses/phones/01-screens.md", "---\ntitle: Screens\n---\nText\n");

        assertThat(problems()).containsExactly(
                "courses/phones/course.yml:9: prerequisite \"phones-000\" is not a course",
                "courses/phones/01-screens.md:2: minutes must be a whole number from 1 to 600");
    }

    @Test
    void reportsAKnowledgeCheckProblemAtItsLineWhateverTheCaseOfTheFence() throws IOException {
        course("phones", "");
        write("courses/phones/01-screens.md", "---\ntitle: Screens\nminutes: 5\n---\nIntro\n\n```GIFT\n"
                + "A fine question. {T}\n```\n\n```gift\n\nWhich? {~a ~b}\n```\n");

        assertThat(problems()).containsExactly("courses/phones/01-screens.md:13: knowledge check: multiple-choice"
                + " question has no right answer: mark it with =, or give the right answers positive weights such as ~%50%");
    }

    private List<String> problems() {
        return CourseFolderCheck.check(root.resolve("courses")).problems().stream().map(ContentProblem::toString).toList();
    }

    private void course(String slug, String extra) throws IOException {
        write("courses/" + slug + "/course.yml", """
                title:
                  en: Phones 101
                  zh-CN: 手机入门
                summary:
                  en: The basics.
                track: products
                order: 1
                minutes: 20
                """ + extra);
    }

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
