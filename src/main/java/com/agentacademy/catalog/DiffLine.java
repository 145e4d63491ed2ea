package com.agentacademy.catalog;

/**
 * One line of a diff between two revisions. Line numbers are 1-based; a line that exists on one
 * side only has 0 as its number on the other.
 */
record DiffLine(Kind kind, String text, int beforeLine, int afterLine) {

    enum Kind {
        SAME, ADDED, REMOVED
    }
}
