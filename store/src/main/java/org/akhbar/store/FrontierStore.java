package org.akhbar.store;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import org.akhbar.store.internal.Database;
import org.akhbar.store.internal.Jdbc;
import org.akhbar.store.internal.Vendor;

/**
 * The crawl frontier shared by scraper workers, in one process or many.
 *
 * <p>Each URL is known once: {@link #enqueue} ignores a URL already in the frontier, whatever
 * its state. An entry is <em>due</em> when its due time has passed; {@link #lease} hands due
 * entries to one worker and makes them due again when the lease ends, so a URL whose worker
 * died is retried without any sweeper. A worker ends its lease with {@link #complete} (the
 * URL is done for good) or {@link #retryLater} (due again at a chosen time; this also
 * re-schedules a completed URL, e.g. a feed that is polled periodically).
 *
 * <p>On PostgreSQL leases use {@code FOR UPDATE SKIP LOCKED}, so concurrent workers take
 * disjoint entries without waiting on each other. H2 skips locked rows before applying the
 * limit, which would hand a second worker nothing; there leases are serialised inside the
 * process instead (H2 is the single-process embedded default).
 *
 * <p>Times come from the {@link Clock} bean when one is defined, else the system clock.
 * Calls naming a URL that is not in the frontier throw {@link IllegalArgumentException}.
 */
@Singleton
public class FrontierStore {
    private static final int MAX_OUTCOME = 200;
    private static final int MAX_REASON = 2000;

    private final Database db;
    private final Clock clock;
    private final ReentrantLock h2Leases = new ReentrantLock();

    public FrontierStore(Database db, @Nullable Clock clock) {
        this.db = db;
        this.clock = clock == null ? Clock.systemUTC() : clock;
    }

    /**
     * Adds {@code url} as due now, unless the frontier already knows it.
     *
     * @param kind one of {@link FrontierEntry#KINDS}
     * @return true if the URL was new
     */
    public boolean enqueue(String sourceId, String url, String kind) {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(url, "url");
        if (!FrontierEntry.KINDS.contains(kind)) {
            throw new IllegalArgumentException("unknown frontier kind " + kind + ", expected one of "
                    + FrontierEntry.KINDS);
        }
        Instant now = clock.instant();
        return db.write("enqueueing " + url, (c, vendor) -> {
            String sql = "INSERT INTO frontier (url, source_id, kind, state, due_at, attempts,"
                    + " enqueued_at, updated_at) VALUES (?, ?, ?, 'queued', ?, 0, ?, ?)"
                    + (vendor == Vendor.POSTGRES ? " ON CONFLICT (url) DO NOTHING" : "");
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, url);
                ps.setString(2, sourceId);
                ps.setString(3, kind);
                Jdbc.setInstant(ps, 4, now);
                Jdbc.setInstant(ps, 5, now);
                Jdbc.setInstant(ps, 6, now);
                return ps.executeUpdate() == 1;
            } catch (SQLException e) {
                // H2 has no ON CONFLICT outside its PostgreSQL mode; a failed statement
                // there leaves the transaction usable, so the duplicate is simply reported.
                if (vendor == Vendor.H2 && Jdbc.isUniqueViolation(e)) {
                    return false;
                }
                throw e;
            }
        });
    }

    /**
     * Leases up to {@code max} due entries, earliest due first, for {@code leaseFor}: until
     * then no other call returns them. Each returned entry's attempts count this lease.
     */
    public List<FrontierEntry> lease(int max, Duration leaseFor) {
        if (max <= 0) {
            throw new IllegalArgumentException("max must be positive: " + max);
        }
        if (leaseFor.isNegative() || leaseFor.isZero()) {
            throw new IllegalArgumentException("a lease must last a positive time: " + leaseFor);
        }
        boolean serialise = db.vendor() == Vendor.H2;
        if (serialise) {
            h2Leases.lock();
        }
        try {
            return db.write("leasing frontier entries", (c, vendor) -> {
                Instant now = clock.instant();
                List<FrontierEntry> taken = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT url, source_id, kind, attempts"
                        + " FROM frontier WHERE due_at <= ? ORDER BY due_at, url LIMIT ?"
                        + " FOR UPDATE SKIP LOCKED")) {
                    Jdbc.setInstant(ps, 1, now);
                    ps.setInt(2, max);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            taken.add(new FrontierEntry(rs.getString("source_id"), rs.getString("url"),
                                    rs.getString("kind"), rs.getInt("attempts") + 1));
                        }
                    }
                }
                if (taken.isEmpty()) {
                    return taken;
                }
                try (PreparedStatement ps = c.prepareStatement("UPDATE frontier SET state = 'leased',"
                        + " due_at = ?, attempts = ?, updated_at = ? WHERE url = ?")) {
                    for (FrontierEntry e : taken) {
                        Jdbc.setInstant(ps, 1, now.plus(leaseFor));
                        ps.setInt(2, e.attempts());
                        Jdbc.setInstant(ps, 3, now);
                        ps.setString(4, e.url());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                return taken;
            });
        } finally {
            if (serialise) {
                h2Leases.unlock();
            }
        }
    }

    /** Marks {@code url} done for good, recording {@code outcome} (e.g. "stored", "skipped: robots"). */
    public void complete(String url, String outcome) {
        Objects.requireNonNull(url, "url");
        Instant now = clock.instant();
        db.write("completing " + url, (c, vendor) -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE frontier SET state = 'done',"
                    + " due_at = NULL, outcome = ?, updated_at = ? WHERE url = ?")) {
                ps.setString(1, truncate(outcome, MAX_OUTCOME));
                Jdbc.setInstant(ps, 2, now);
                ps.setString(3, url);
                requireKnown(ps.executeUpdate(), url);
            }
            return null;
        });
    }

    /** Makes {@code url} due again at {@code at}, recording why (e.g. "HTTP 503"). */
    public void retryLater(String url, Instant at, String reason) {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(at, "at");
        Instant now = clock.instant();
        db.write("rescheduling " + url, (c, vendor) -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE frontier SET state = 'queued',"
                    + " due_at = ?, last_reason = ?, updated_at = ? WHERE url = ?")) {
                Jdbc.setInstant(ps, 1, at);
                ps.setString(2, truncate(reason, MAX_REASON));
                Jdbc.setInstant(ps, 3, now);
                ps.setString(4, url);
                requireKnown(ps.executeUpdate(), url);
            }
            return null;
        });
    }

    /**
     * A URL that a feed or sitemap lists again: a completed entry becomes due at {@code at},
     * so the page is checked for changes; an entry that is queued, leased to a worker or
     * waiting out a retry keeps its schedule, so relisting neither hands one URL to two
     * workers nor cuts a back-off short. True when the entry was made due again.
     */
    public boolean relist(String url, Instant at) {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(at, "at");
        Instant now = clock.instant();
        return db.write("relisting " + url, (c, vendor) -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE frontier SET state = 'queued',"
                    + " due_at = ?, last_reason = 'listed again', updated_at = ? WHERE url = ? AND due_at IS NULL")) {
                Jdbc.setInstant(ps, 1, at);
                Jdbc.setInstant(ps, 2, now);
                ps.setString(3, url);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** The number of entries a {@link #lease} could take now: due ones and expired leases. */
    public long pending() {
        Instant now = clock.instant();
        return db.read("counting due frontier entries", (c, vendor) -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM frontier WHERE due_at <= ?")) {
                Jdbc.setInstant(ps, 1, now);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private static void requireKnown(int updated, String url) {
        if (updated == 0) {
            throw new IllegalArgumentException("not in the frontier: " + url);
        }
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
