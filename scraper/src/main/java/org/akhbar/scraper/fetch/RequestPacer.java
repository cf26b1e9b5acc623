package org.akhbar.scraper.fetch;

import java.time.Duration;
import java.time.Instant;

/**
 * Spaces requests to one host: every request first waits for a slot from its pacer. The
 * in-process {@link HostPacer} serves one scraper process; {@link SharedHostPacer} keeps the
 * schedule in a database so the delay holds across processes.
 */
public interface RequestPacer {
    /** Blocks until a request to {@code hostKey} may go out, and reserves {@code delay} after it. */
    void await(String hostKey, Duration delay) throws InterruptedException;

    /**
     * The request {@link #await} let out has been answered (or has failed); called on the same
     * thread. A pacer may count the delay from here rather than from the departure.
     */
    default void done(String hostKey, Duration delay) {}

    /**
     * When the host's next slot is expected to be free, as far as this pacer knows (a hint for
     * choosing which host to fetch from next; {@link Instant#MIN} when nothing is known).
     */
    Instant nextFree(String hostKey);
}
