package com.agentacademy.people;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo organisation seeded on the embedded database.
 *
 * @param enabled seed on first start and say "demo mode" on the sign-in page (off under the
 *        {@code mysql} profile)
 * @param password the password every demo person signs in with
 */
@ConfigurationProperties("academy.demo")
record DemoProperties(boolean enabled, String password) {
}
