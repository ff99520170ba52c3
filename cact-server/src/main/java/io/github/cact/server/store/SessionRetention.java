package io.github.cact.server.store;

import java.io.PrintStream;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The retention period of adaptive sessions: a session (its answers, estimates, last reply and the
 * person tested) is deleted once it has not changed for the period, whatever its status — finished or
 * ended by the platform, or still active but abandoned by its examinee. {@link #start} looks for such
 * sessions at once and then every {@link #SWEEP_EVERY}; {@link #sweep} does it once, by the clock given.
 */
public final class SessionRetention implements AutoCloseable {

    /** The default period: 30 days after a session's last change. */
    public static final Duration DEFAULT_PERIOD = Duration.ofDays(30);

    /** How often expired sessions are looked for. */
    public static final Duration SWEEP_EVERY = Duration.ofHours(1);

    private final CatStore store;
    private final Duration period;
    private final Clock clock;
    private final PrintStream err;
    private ScheduledExecutorService timer;

    /**
     * Creates the retention of a store's sessions.
     *
     * @param store the sessions
     * @param period how long a session is kept after its last change
     * @param clock the clock that dates the sessions' changes
     * @param err where a failed sweep is reported (the next one tries again)
     */
    public SessionRetention(CatStore store, Duration period, Clock clock, PrintStream err) {
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("the retention period must be positive; it is " + period);
        }
        this.store = store;
        this.period = period;
        this.clock = clock;
        this.err = err;
    }

    /**
     * Deletes the sessions whose last change is older than the period, by the clock's time now.
     *
     * @return the number of sessions deleted
     * @throws SQLException if the database fails
     */
    public int sweep() throws SQLException {
        return store.deleteUnchangedBefore(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).minus(period));
    }

    /** Sweeps now and then every {@link #SWEEP_EVERY}, on a thread of its own, until closed. */
    public synchronized void start() {
        if (timer != null) {
            throw new IllegalStateException("the retention has started already");
        }
        timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "cact-session-retention");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::sweepReporting, 0, SWEEP_EVERY.toSeconds(), TimeUnit.SECONDS);
    }

    private void sweepReporting() {
        try {
            sweep();
        } catch (SQLException | RuntimeException e) {
            err.println("cact-server: deleting the adaptive sessions past their retention period failed (tried again in "
                    + SWEEP_EVERY.toMinutes() + " minutes): " + e);
        }
    }

    /** Stops sweeping, waiting for a sweep under way. */
    @Override
    public synchronized void close() {
        if (timer == null) {
            return;
        }
        timer.shutdown();
        boolean interrupted = false;
        while (true) {
            try {
                if (timer.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
