package com.agentacademy.catalog;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * Serves the images of a course with their real type, an ETag from their content and a day of
 * private caching: images change rarely and only signed-in people see them.
 */
@Controller
class CourseImageController {

    private final CourseRepository courses;
    private final CourseImageRepository images;

    CourseImageController(CourseRepository courses, CourseImageRepository images) {
        this.courses = courses;
        this.images = images;
    }

    @GetMapping("/courses/{slug}/images/{name:.+}")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> image(@PathVariable String slug, @PathVariable String name, WebRequest request) {
        Course course = courses.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        CourseImage image = images.findByCourseIdAndName(course.getId(), name)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String etag = "\"" + image.getContentHash() + "\"";
        if (request.checkNotModified(etag)) {
            return null;
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(image.getContentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePrivate())
                .eTag(etag)
                .header("X-Content-Type-Options", "nosniff")
                .body(image.getBytes());
    }
}
