package com.agentacademy.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Search over a thousand published modules in two languages: finds by title and text, in English
 * and Chinese, shows the matching passage, and ranks title matches first. The time per query is
 * printed for the record; timing goals live in the benchmark.
 */
@SpringBootTest(properties = { "academy.content.import-on-startup=false",
        "spring.datasource.url=jdbc:h2:mem:module-search;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModuleSearchTests {

    static final int MODULES = 1_000;

    @Autowired
    CourseRepository courses;

    @Autowired
    CourseModuleRepository modules;

    @Autowired
    ModulePublishing publishing;

    @Autowired
    ModuleRendering rendering;

    @Autowired
    ModuleSearch search;

    @BeforeAll
    void thousandModules() {
        Course course = new Course("generated");
        course.describe(new Course.Details("Generated", "生成的课程", null, null, Track.PRODUCTS, 1, 10, List.of()));
        course = courses.save(course);
        String filler = "An agent listens, restates the problem and solves it step by step. ".repeat(40);
        String chineseFiller = "客服先倾听，再复述问题，然后一步一步解决。".repeat(40);
        for (int i = 0; i < MODULES; i++) {
            CourseModule module = modules.save(new CourseModule(course.getId(), "module-" + i, i + 1));
            String english = i == 417 ? filler + "The periscope telephoto lens zooms five times." : filler;
            String title = i == 733 ? "Overheating while charging" : "Module " + i;
            publish(module, ContentLocale.EN, title, english);
            String chinese = i == 512 ? chineseFiller + "折叠屏的铰链需要定期清洁。" : chineseFiller;
            publish(module, ContentLocale.ZH_CN, "单元 " + i, chinese);
        }
        search.rebuild();
    }

    @Test
    void findsAPassageInEnglishAndShowsIt() {
        List<SearchHit> hits = search.search("periscope telephoto", Locale.ENGLISH);

        assertThat(hits).extracting(SearchHit::moduleSlug).containsExactly("module-417");
        String snippet = hits.get(0).snippet().stream().map(SearchHit.Piece::text).reduce("", String::concat);
        assertThat(snippet).contains("The periscope telephoto lens zooms five times.");
        assertThat(hits.get(0).snippet()).filteredOn(SearchHit.Piece::match).extracting(SearchHit.Piece::text)
                .containsExactly("periscope", "telephoto");
    }

    @Test
    void findsChineseTextWithoutWordBoundaries() {
        List<SearchHit> hits = search.search("铰链", Locale.SIMPLIFIED_CHINESE);

        assertThat(hits).extracting(SearchHit::moduleSlug).containsExactly("module-512");
        assertThat(hits.get(0).locale()).isEqualTo("zh-CN");
        assertThat(hits.get(0).courseTitle()).isEqualTo("生成的课程");
    }

    @Test
    void titleMatchesComeFirstAndCaseDoesNotMatter() {
        List<SearchHit> hits = search.search("OVERHEATING", Locale.ENGLISH);

        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).moduleTitle()).isEqualTo("Overheating while charging");
    }

    @Test
    void everyTermMustMatch() {
        assertThat(search.search("periscope gardening", Locale.ENGLISH)).isEmpty();
    }

    @Test
    void recordsTheTimeOfAQueryOverAThousandModules() {
        assertThat(search.size()).isEqualTo(2 * MODULES);
        List<String> queries = List.of("periscope", "铰链", "step by step", "客服", "zzz-nothing", "overheating");
        for (String query : queries) {
            search.search(query, Locale.ENGLISH);
        }
        List<Long> micros = new ArrayList<>();
        for (int round = 0; round < 20; round++) {
            for (String query : queries) {
                long start = System.nanoTime();
                search.search(query, Locale.ENGLISH);
                micros.add((System.nanoTime() - start) / 1_000);
            }
        }
        micros.sort(Long::compare);
        System.out.printf("Search over %d module variants: median %d µs, p95 %d µs, max %d µs (%d queries)%n",
                search.size(), micros.get(micros.size() / 2), micros.get(micros.size() * 95 / 100),
                micros.get(micros.size() - 1), micros.size());
    }

    private void publish(CourseModule module, ContentLocale locale, String title, String markdown) {
        RenderedModule rendered = rendering.render("generated", markdown, Set.of(), Set.of(), locale.locale()).rendered();
        publishing.publishImported(courses.findById(module.getCourseId()).orElseThrow(), module, locale, title, 5,
                markdown, rendered, null);
    }
}
