/**
 * Onboarding: programs (the weeks of reading and exams from a new hire's first day to the go-live
 * certification, from {@code courses/_programs/} and trainers' edits in the browser, with their
 * history), cohorts of new hires with due dates in working days, each member's standing and the
 * at-risk rules, the trainer's cohort board, members' "this week", and the due-soon, overdue and
 * at-risk notices.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Onboarding")
package com.agentacademy.onboarding;
