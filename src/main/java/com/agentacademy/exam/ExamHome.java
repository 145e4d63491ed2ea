package com.agentacademy.exam;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import com.agentacademy.security.SignedInPerson;
import com.agentacademy.web.HomeContribution;

/** The home page's exam lines: attempts to resume, and for graders the answers waiting for them. */
@Component
class ExamHome implements HomeContribution {

    /** An open attempt to go back to. */
    record OpenAttempt(long attemptId, String examTitle) {
    }

    private final AttemptStore store;
    private final ExamRepository exams;
    private final EssayGrading grading;

    ExamHome(AttemptStore store, ExamRepository exams, EssayGrading grading) {
        this.store = store;
        this.exams = exams;
        this.grading = grading;
    }

    @Override
    public void addTo(Model model, SignedInPerson person) {
        List<OpenAttempt> open = store.ofPerson(person.personId()).stream()
                .filter(attempt -> attempt.status().isOpen())
                .map(attempt -> new OpenAttempt(attempt.id(),
                        exams.findById(attempt.examId()).map(Exam::getTitle).orElse("")))
                .toList();
        model.addAttribute("openAttempts", open);
        if (person.hasRole("QA") || person.hasRole("TRAINER") || person.hasRole("ADMIN")) {
            model.addAttribute("gradingWaiting", grading.queue(person.personId()).size());
        }
    }
}
