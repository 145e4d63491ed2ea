package com.agentacademy.catalog;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;

/** What other modules may ask about a person's reading of a course: how many of its modules they completed. */
@Service
public class CourseCompletion {

    /** A course as one reader stands with it; modules are those with a published revision. */
    public record Completion(String slug, String title, int modules, int completed) {

        public boolean isComplete() {
            return modules > 0 && completed == modules;
        }

        public int percent() {
            return modules == 0 ? 0 : completed * 100 / modules;
        }
    }

    private final CatalogReading reading;
    private final CourseRepository courses;

    CourseCompletion(CatalogReading reading, CourseRepository courses) {
        this.reading = reading;
        this.courses = courses;
    }

    /** The course's title in the given language; empty when there is no such course. */
    public Optional<String> title(String courseSlug, Locale locale) {
        return courses.findBySlug(courseSlug).map(course -> course.title(locale));
    }

    /** The course's completion for that person, titled in the given language; empty when no such course is published. */
    public Optional<Completion> of(long personId, String courseSlug, Locale locale) {
        return reading.course(courseSlug, personId, locale).map(page -> new Completion(courseSlug, page.card().title(),
                page.card().modules().size(), page.card().completed()));
    }
}
