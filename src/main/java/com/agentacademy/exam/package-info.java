/**
 * Certification exams: the {@code exams/} folder read into certification and exam definitions with
 * their GIFT question banks, every problem named by file and line, for the import and for
 * {@code validate-content}; later the attempts, their deadlines and grading.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exams")
package com.agentacademy.exam;
