package com.agentacademy.people;

/** What a person may do. A person can hold several roles. */
public enum Role {
    AGENT, QA, TRAINER, SUPERVISOR, HR, ADMIN
}
