package com.agentacademy.certification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Limits code lookups per client address: 30 in 10 minutes. Codes carry about 99 random bits, so
 * guessing cannot succeed anyway; the limit keeps scripts from hammering the page. It is kept per
 * instance, which is enough for that purpose.
 */
@Component
class VerificationThrottle {

    static final int LOOKUPS = 30;
    static final Duration WINDOW = Duration.ofMinutes(10);
    private static final int MAX_ADDRESSES = 50_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> lookups = new ConcurrentHashMap<>();

    VerificationThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Counts a lookup; {@code false} when the address has used up its lookups for now. */
    boolean allow(String address) {
        Instant now = clock.instant();
        if (lookups.size() > MAX_ADDRESSES) {
            lookups.clear();
        }
        Deque<Instant> times = lookups.computeIfAbsent(address, key -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= LOOKUPS) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
