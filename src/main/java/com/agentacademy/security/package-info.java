/**
 * Sign-in and protection of every request: the filter chain, Argon2id password hashing, the lockout
 * after repeated failed sign-ins, the signed-in person as a principal, and the password rules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package com.agentacademy.security;
