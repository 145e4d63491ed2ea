package com.agentacademy.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in protection settings.
 *
 * @param maxFailedSignIns failed sign-ins in a row that lock a user name
 * @param lockout how long a locked user name stays locked
 * @param secureCookies whether the session cookie is sent only over HTTPS
 */
@ConfigurationProperties("academy.security")
public record SecurityProperties(int maxFailedSignIns, Duration lockout, boolean secureCookies) {

    public SecurityProperties {
        if (maxFailedSignIns < 1) {
            maxFailedSignIns = 5;
        }
        if (lockout == null || lockout.isNegative() || lockout.isZero()) {
            lockout = Duration.ofMinutes(15);
        }
    }
}
