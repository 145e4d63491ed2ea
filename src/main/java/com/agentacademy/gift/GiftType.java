package com.agentacademy.gift;

/** The kinds of GIFT question, told apart by their answer block as Moodle does. */
public enum GiftType {

    /** One choice: one or more answers marked {@code =}, the others {@code ~}. */
    MULTICHOICE,

    /** Several choices (check boxes): only {@code ~} answers, right ones with positive weights. */
    MULTIANSWER,

    /** {@code {T}}, {@code {TRUE}}, {@code {F}} or {@code {FALSE}}. */
    TRUEFALSE,

    /** Typed text compared with {@code =} alternatives, where {@code *} stands for any text. */
    SHORTANSWER,

    /** {@code {#...}}: a number, right within a tolerance or a range. */
    NUMERICAL,

    /** {@code =left -> right} pairs. */
    MATCHING,

    /** {@code {}}: free text, graded by a person. */
    ESSAY,

    /** No answer block: text to read, not a question. */
    DESCRIPTION
}
