package com.agentacademy.onboarding;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where program files are read from: {@code _programs/} in the {@code courses/} folder.
 *
 * @param coursesDir the {@code courses/} folder, {@code ./courses} unless set
 * @param importOnStartup whether the programs are imported when the application starts
 */
@ConfigurationProperties("academy.content")
record ProgramContentProperties(Path coursesDir, Boolean importOnStartup) {

    ProgramContentProperties {
        coursesDir = coursesDir == null ? Path.of("courses") : coursesDir;
        importOnStartup = importOnStartup == null || importOnStartup;
    }
}
