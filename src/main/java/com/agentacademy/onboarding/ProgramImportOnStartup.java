package com.agentacademy.onboarding;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Imports the programs of {@code courses/_programs/} at start-up, after the courses and the exams they name. */
@Component
@Order(30)
class ProgramImportOnStartup implements ApplicationRunner {

    private final ProgramImport programImport;
    private final ProgramContentProperties properties;

    ProgramImportOnStartup(ProgramImport programImport, ProgramContentProperties properties) {
        this.programImport = programImport;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.importOnStartup()) {
            programImport.importAll(null);
        }
    }
}
