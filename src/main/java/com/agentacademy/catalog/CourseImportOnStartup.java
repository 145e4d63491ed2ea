package com.agentacademy.catalog;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Imports the {@code courses/} folder when the application starts, unless switched off. */
@Component
@Order(10)
class CourseImportOnStartup implements ApplicationRunner {

    private final CourseImport courseImport;
    private final CourseContentProperties properties;

    CourseImportOnStartup(CourseImport courseImport, CourseContentProperties properties) {
        this.courseImport = courseImport;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.importOnStartup()) {
            courseImport.importAll("start-up", null);
        }
    }
}
