package com.agentacademy.exam;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Imports the {@code exams/} folder when the application starts, after the courses, unless switched off. */
@Component
@Order(20)
class ExamImportOnStartup implements ApplicationRunner {

    private final ExamImport examImport;
    private final ExamContentProperties properties;

    ExamImportOnStartup(ExamImport examImport, ExamContentProperties properties) {
        this.examImport = examImport;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.importOnStartup()) {
            examImport.importAll();
        }
    }
}
