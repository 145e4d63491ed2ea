package com.agentacademy.files;

/**
 * A content file that cannot be read as what it should be: not text ({@link TextFile.Unusable}) or
 * not YAML ({@link YamlDocument.Unreadable}). Readers report either the same way, at its line.
 */
public abstract class UnusableFile extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;

    UnusableFile(int line, String message) {
        super(message);
        this.line = line;
    }

    /** The line the problem is on, from 1; 0 for the file as a whole. */
    public int line() {
        return line;
    }

    /** The problem as a content check lists it, for the file shown as {@code where}. */
    public ContentProblem at(String where) {
        return new ContentProblem(where, line, getMessage());
    }
}
