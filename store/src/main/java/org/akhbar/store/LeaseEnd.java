package org.akhbar.store;

import java.time.Instant;
import java.util.Objects;

/**
 * How a worker ends its lease of a URL (see {@link FrontierStore#endLeases}): completed for
 * good with an outcome, or due again at {@code retryAt} for a reason.
 *
 * @param retryAt null when the URL is completed
 * @param note the outcome of a completed URL, or the reason for a retry
 */
public record LeaseEnd(String url, Instant retryAt, String note) {
    public LeaseEnd {
        Objects.requireNonNull(url, "url");
    }

    /** The URL is done for good, with this outcome (e.g. "stored", "skipped: robots"). */
    public static LeaseEnd completed(String url, String outcome) {
        return new LeaseEnd(url, null, outcome);
    }

    /** The URL is due again at {@code at}, for this reason (e.g. "HTTP 503"). */
    public static LeaseEnd retryAt(String url, Instant at, String reason) {
        return new LeaseEnd(url, Objects.requireNonNull(at, "at"), reason);
    }

    public boolean isCompleted() {
        return retryAt == null;
    }
}
