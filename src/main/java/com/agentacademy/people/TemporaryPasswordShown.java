package com.agentacademy.people;

import java.io.Serializable;

/**
 * A temporary password on its way to the one page that shows it once (through the session's flash
 * attributes). Its {@code toString} leaves the password out, because frameworks log flash
 * attributes and handler arguments when asked for DEBUG or TRACE.
 */
public final class TemporaryPasswordShown implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String name;
    private final String username;
    private final String password;

    public TemporaryPasswordShown(String name, String username, String password) {
        this.name = name;
        this.username = username;
        this.password = password;
    }

    public String getName() {
        return name;
    }

    public String getUsername() {
        return username;
    }

    public String getPassword() {
        return password;
    }

    @Override
    public String toString() {
        return "TemporaryPasswordShown[" + username + ", password hidden]";
    }
}
