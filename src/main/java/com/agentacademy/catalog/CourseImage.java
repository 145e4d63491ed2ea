package com.agentacademy.catalog;

import java.time.Clock;
import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;

/** An image a course's modules show, kept in the database so every instance can serve it. */
@Entity
class CourseImage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long courseId;

    private String name;

    private String contentType;

    private String contentHash;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] bytes;

    private Instant createdAt;

    protected CourseImage() {
    }

    CourseImage(long courseId, String name, ImageType type, byte[] bytes, String hash, Clock clock) {
        this.courseId = courseId;
        this.name = name;
        replace(type, bytes, hash);
        this.createdAt = clock.instant();
    }

    void replace(ImageType type, byte[] bytes, String hash) {
        this.contentType = type.mediaType();
        this.bytes = bytes;
        this.contentHash = hash;
    }

    public Long getId() {
        return id;
    }

    public Long getCourseId() {
        return courseId;
    }

    public String getName() {
        return name;
    }

    public String getContentType() {
        return contentType;
    }

    public String getContentHash() {
        return contentHash;
    }

    byte[] getBytes() {
        return bytes;
    }
}
