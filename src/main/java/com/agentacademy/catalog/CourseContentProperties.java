package com.agentacademy.catalog;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where course files are read from.
 *
 * @param coursesDir the {@code courses/} folder, {@code ./courses} unless set
 * @param importOnStartup whether the folder is imported when the application starts
 */
@ConfigurationProperties("academy.content")
record CourseContentProperties(Path coursesDir, Boolean importOnStartup) {

    CourseContentProperties {
        coursesDir = coursesDir == null ? Path.of("courses") : coursesDir;
        importOnStartup = importOnStartup == null || importOnStartup;
    }
}
