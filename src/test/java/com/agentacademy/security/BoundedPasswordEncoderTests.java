package com.agentacademy.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Many sign-ins at once: only a few hashes run together, and every one of them gets its answer. */
class BoundedPasswordEncoderTests {

    static final long MIB = 1024 * 1024;

    @Test
    void eightSignInsAtOnceRunTwoHashesAtATimeAndAllGetTheirAnswer() throws Exception {
        HoldingEncoder hashing = new HoldingEncoder();
        PasswordEncoder bounded = new BoundedPasswordEncoder(hashing, 2);
        ExecutorService signIns = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String password = "pass phrase " + i;
                boolean newPassword = i % 2 == 0;
                answers.add(signIns.submit(() -> newPassword ? bounded.encode(password)
                        : String.valueOf(bounded.matches(password, "{hash}" + password))));
            }
            assertThat(hashing.twoStarted.await(5, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(200); // time enough for the other six to start too, were they let in
            assertThat(hashing.running.get()).isEqualTo(2);

            hashing.release.countDown();
            List<String> got = new ArrayList<>();
            for (Future<String> answer : answers) {
                got.add(answer.get(5, TimeUnit.SECONDS));
            }
            assertThat(got).containsExactly("{hash}pass phrase 0", "true", "{hash}pass phrase 2", "true",
                    "{hash}pass phrase 4", "true", "{hash}pass phrase 6", "true");
            assertThat(hashing.mostAtOnce.get()).isEqualTo(2);
        }
        finally {
            signIns.shutdownNow();
        }
    }

    @Test
    void asManyAtOnceAsThereAreCoresButNeverMoreThanAQuarterOfTheHeap() {
        assertThat(BoundedPasswordEncoder.atOnceFor(2, 512 * MIB)).isEqualTo(2);
        assertThat(BoundedPasswordEncoder.atOnceFor(16, 512 * MIB)).isEqualTo(6);
        assertThat(BoundedPasswordEncoder.atOnceFor(8, 64 * MIB)).isEqualTo(1);
        assertThat(BoundedPasswordEncoder.atOnceFor(1, 8192 * MIB)).isEqualTo(1);
    }

    /** Stands in for Argon2: each hash waits for the test's release and counts who runs beside it. */
    static final class HoldingEncoder implements PasswordEncoder {

        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();
        final CountDownLatch twoStarted = new CountDownLatch(2);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public String encode(CharSequence rawPassword) {
            hold();
            return "{hash}" + rawPassword;
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            hold();
            return encodedPassword.equals("{hash}" + rawPassword);
        }

        private void hold() {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            twoStarted.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            }
            catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            finally {
                running.decrementAndGet();
            }
        }
    }
}
