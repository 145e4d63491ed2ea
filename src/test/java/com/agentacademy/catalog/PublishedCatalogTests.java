package com.agentacademy.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The catalog's shared shape is kept between requests: a course, module or revision written on this
 * instance is seen by the next reader, and one written by another instance (here: plain SQL, which
 * this instance's listeners do not see) within {@link PublishedCatalog#FRESH_FOR}.
 */
@SpringBootTest(properties = { "academy.content.import-on-startup=false",
        "spring.datasource.url=jdbc:h2:mem:published-catalog;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class PublishedCatalogTests {

    static final long READER = 1L;

    @Autowired
    CourseRepository courses;

    @Autowired
    CourseModuleRepository modules;

    @Autowired
    ModulePublishing publishing;

    @Autowired
    ModuleRendering rendering;

    @Autowired
    CatalogReading reading;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aModulePublishedHereIsReadAtOnce() {
        Course course = course("kept-here");
        assertThat(reading.course("kept-here", READER, Locale.ENGLISH)).as("no module yet").isEmpty();

        publish(course, "first", "The first module");
        assertThat(reading.course("kept-here", READER, Locale.ENGLISH)).hasValueSatisfying(page -> assertThat(
                page.card().modules()).extracting(line -> line.revision().title()).containsExactly("The first module"));

        publish(course, "second", "The second module");
        assertThat(reading.modulePage("kept-here", "second", READER, Locale.ENGLISH)).hasValueSatisfying(
                page -> assertThat(page.revision().title()).isEqualTo("The second module"));
    }

    @Test
    void aChangeMadeByAnotherInstanceIsReadWithinTheFreshnessLimit() throws InterruptedException {
        Course course = course("changed-elsewhere");
        publish(course, "only", "Before");
        assertThat(title("changed-elsewhere")).isEqualTo("Changed elsewhere");

        jdbc.sql("UPDATE course SET title_en = 'Renamed elsewhere' WHERE slug = 'changed-elsewhere'").update();
        assertThat(title("changed-elsewhere")).as("kept until it is old").isEqualTo("Changed elsewhere");

        Thread.sleep(PublishedCatalog.FRESH_FOR.toMillis() + 100);
        assertThat(title("changed-elsewhere")).isEqualTo("Renamed elsewhere");
    }

    @Test
    void aNewRevisionPublishedHereIsShownAtOnce() {
        Course course = course("revised-here");
        CourseModule module = publish(course, "only", "First words");
        assertThat(html("revised-here", "only")).contains("Text of First words.");

        publish(course, module, "Second words");
        assertThat(html("revised-here", "only")).contains("Text of Second words.").doesNotContain("First words");
    }

    private String html(String slug, String moduleSlug) {
        return reading.modulePage(slug, moduleSlug, READER, Locale.ENGLISH).orElseThrow().revision().html();
    }

    private String title(String slug) {
        return reading.course(slug, READER, Locale.ENGLISH).orElseThrow().card().title();
    }

    private Course course(String slug) {
        Course course = new Course(slug);
        String title = Character.toUpperCase(slug.charAt(0)) + slug.substring(1).replace('-', ' ');
        course.describe(new Course.Details(title, title, null, null, Track.PRODUCTS, 1, 10, List.of()));
        return courses.save(course);
    }

    private CourseModule publish(Course course, String slug, String title) {
        CourseModule module = modules.save(new CourseModule(course.getId(), slug, (int) modules.count() + 1));
        publish(course, module, title);
        return module;
    }

    private void publish(Course course, CourseModule module, String title) {
        String markdown = "Text of " + title + ".";
        RenderedModule rendered = rendering.render(course.getSlug(), markdown, Set.of(), Set.of(), Locale.ENGLISH)
                .rendered();
        publishing.publishImported(course, module, ContentLocale.EN, title, 5, markdown, rendered, null);
    }
}
