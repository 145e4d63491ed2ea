package academy.bench;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One phase of the run (warm-up, a step of N exam takers, the start burst, …). Its clock starts
 * when its first virtual user arrives, because Gatling starts a chained phase only once the one
 * before has finished; requests before {@link #steadyAt()} belong to the ramp, and requests after
 * {@link #endsAt()} (everyone's submit at the end of a step) to its end.
 */
final class Phase {

    private final String label;
    private final Duration ramp;
    private final Duration steady;
    private final boolean endApart;
    private final AtomicLong started = new AtomicLong();

    Phase(String label, Duration ramp, Duration steady) {
        this(label, ramp, steady, false);
    }

    private Phase(String label, Duration ramp, Duration steady, boolean endApart) {
        this.label = label;
        this.ramp = ramp;
        this.steady = steady;
        this.endApart = endApart;
    }

    /** A phase of exam takers, whose requests after the steady time (the submits) are named apart. */
    static Phase ofTakers(String label, Duration ramp, Duration steady) {
        return new Phase(label, ramp, steady, true);
    }

    String label() {
        return label;
    }

    Duration ramp() {
        return ramp;
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

    /**
     * A request name: the phase's label, {@code ramp} while it ramps up or, for exam takers,
     * {@code end} once its steady time is over, and what the request is.
     */
    String name(String what) {
        return label + (endApart && isOver() ? " end " : isSteady() ? " " : " ramp ") + what;
    }

    /** One line of {@code phases.csv}. */
    String csv() {
        return label + "," + startedAt() + "," + (startedAt() == 0 ? 0 : steadyAt()) + ","
                + (startedAt() == 0 ? 0 : endsAt());
    }
}
