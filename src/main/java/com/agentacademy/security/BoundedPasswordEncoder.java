package com.agentacademy.security;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Lets only a few password hashes run at once; the others wait their turn, first come first served.
 * Each Argon2id hash holds its 19 MiB for the whole computation, so forty agents signing in within
 * the same second at the start of a shift needed 760 MiB at once: more than the heap of the
 * benchmark's application (512 MiB), which threw {@code OutOfMemoryError} in the middle of a sign-in,
 * and in the image ({@code -XX:+ExitOnOutOfMemoryError}) that stops the server. A hash is CPU work
 * alone, so running more of them than there are cores finishes none of them sooner.
 */
final class BoundedPasswordEncoder implements PasswordEncoder {

    /** The memory one hash holds (the Argon2id parameters of {@link SecurityConfiguration}). */
    static final long MEMORY_PER_HASH = 19L * 1024 * 1024;

    private final PasswordEncoder delegate;
    private final Semaphore turns;

    BoundedPasswordEncoder(PasswordEncoder delegate, int atOnce) {
        if (atOnce < 1) {
            throw new IllegalArgumentException("at least one hash must be allowed at once, not " + atOnce);
        }
        this.delegate = delegate;
        this.turns = new Semaphore(atOnce, true);
    }

    /**
     * As many hashes at once as there are cores, but never more than would fill a quarter of the
     * heap, and at least one.
     */
    static int atOnceFor(int cores, long maxHeap) {
        long byMemory = maxHeap / 4 / MEMORY_PER_HASH;
        return (int) Math.max(1, Math.min(cores, byMemory));
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return inTurn(() -> delegate.encode(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return inTurn(() -> delegate.matches(rawPassword, encodedPassword));
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private <T> T inTurn(Supplier<T> hashing) {
        turns.acquireUninterruptibly();
        try {
            return hashing.get();
        }
        finally {
            turns.release();
        }
    }
}
