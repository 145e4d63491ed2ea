package com.agentacademy.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * One module of a course. Its content lives in {@link ModuleRevision}s, one series per language;
 * the module itself only knows its place in the course.
 */
@Entity
@EntityListeners(PublishedCatalog.Changes.class)
class CourseModule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long courseId;

    private String slug;

    private int position;

    @Version
    private long version;

    protected CourseModule() {
    }

    CourseModule(long courseId, String slug, int position) {
        this.courseId = courseId;
        this.slug = slug;
        this.position = position;
    }

    void moveTo(int position) {
        this.position = position;
    }

    /** The file name stem in the {@code courses/} layout, e.g. {@code 04-cameras}. */
    String fileStem() {
        return String.format("%02d-%s", position, slug);
    }

    public Long getId() {
        return id;
    }

    public Long getCourseId() {
        return courseId;
    }

    public String getSlug() {
        return slug;
    }

    public int getPosition() {
        return position;
    }
}
