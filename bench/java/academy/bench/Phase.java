package academy.bench;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One phase of the run (warm-up, a step of N exam takers, the start burst, …). Its clock starts
 * when its first virtual user arrives, because Gatling starts a chained phase only once the one
 * before has finished; requests before {@link #steadyAt()} belong to the ramp.
 */
final class Phase {

    private final String label;
    private final Duration ramp;
    private final Duration steady;
    private final AtomicLong started = new AtomicLong();

    Phase(String label, Duration ramp, Duration steady) {
        this.label = label;
        this.ramp = ramp;
        this.steady = steady;
    }

    String label() {
        return label;
    }

    /** Marks the phase as started (the first caller wins) and returns its start. */
    long arrive() {
        started.compareAndSet(0, System.currentTimeMillis());
        return started.get();
    }

    long startedAt() {
        return started.get();
    }

    long steadyAt() {
        return arrive() + ramp.toMillis();
    }

    long endsAt() {
        return steadyAt() + steady.toMillis();
    }

    boolean isSteady() {
        return System.currentTimeMillis() >= steadyAt();
    }

    boolean isOver() {
        return System.currentTimeMillis() >= endsAt();
    }

    /** A request name: the phase's label, {@code ramp} while it ramps up, and what the request is. */
    String name(String what) {
        return label + (isSteady() ? " " : " ramp ") + what;
    }

    /** One line of {@code phases.csv}. */
    String csv() {
        return label + "," + startedAt() + "," + (startedAt() == 0 ? 0 : steadyAt()) + ","
                + (startedAt() == 0 ? 0 : endsAt());
    }
}
