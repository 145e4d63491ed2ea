package com.agentacademy.exam;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where exam files are read from.
 *
 * @param examsDir the {@code exams/} folder, {@code ./exams} unless set
 * @param coursesDir the {@code courses/} folder the exams name their courses in
 * @param importOnStartup whether the folder is imported when the application starts
 */
@ConfigurationProperties("academy.content")
record ExamContentProperties(Path examsDir, Path coursesDir, Boolean importOnStartup) {

    ExamContentProperties {
        examsDir = examsDir == null ? Path.of("exams") : examsDir;
        coursesDir = coursesDir == null ? Path.of("courses") : coursesDir;
        importOnStartup = importOnStartup == null || importOnStartup;
    }
}
