package com.agentacademy.exam;

/**
 * A draw of an exam that asks for more questions than its category has live: attempts get only the
 * live ones, so the exam is shorter than its settings say until questions are added or brought back.
 *
 * @param category the category the draw takes questions from
 * @param wanted how many questions the draw asks for
 * @param live how many live questions the category has
 */
public record ShortDraw(String category, int wanted, long live) {
}
