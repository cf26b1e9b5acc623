package org.akhbar.store;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.akhbar.store.internal.Database;
import org.akhbar.store.internal.Jdbc;
import org.akhbar.store.internal.Vendor;

/**
 * When the next request to each host may go out, kept in the database so that every scraper
 * process on it spaces its requests to a host by the per-host delay, not only its own threads.
 *
 * <p>{@link #claim} takes a host's slot only when it is free at that moment, moving the host's
 * next free time {@code delay} ahead, in one atomic statement on PostgreSQL (an upsert whose
 * row lock orders concurrent claims). A caller whose claim is refused waits until the time it
 * is given and claims again. Claiming at the moment of sending, rather than booking a future
 * slot, keeps a request that was held up on its way (a slow round trip, a late wake-up) from
 * going out just before the next one: the gap between two requests is the delay plus the
 * difference of their claim-to-send times, not of their whole waits. A claim is one round trip
 * when the host is free; callers skip it when the delay is zero. Times come from the
 * {@link Clock} bean when one is defined, else the system clock: scrapers sharing a database
 * must have synchronised clocks (as they need for the frontier's due times anyway).
 */
@Singleton
public class HostScheduleStore {
    private static final int MAX_HOST = 300;

    private final Database db;
    private final Clock clock;
    private final Object h2Claims = new Object();

    public HostScheduleStore(Database db, @Nullable Clock clock) {
        this.db = db;
        this.clock = clock == null ? Clock.systemUTC() : clock;
    }

    /** The answer to a claim: granted, or refused because the host is busy until {@code nextFreeAt}. */
    public record Claim(boolean granted, Instant nextFreeAt) {}

    /**
     * True when other processes may share this database (PostgreSQL), so pacing must go
     * through it; the embedded H2 database serves one process, which can pace in memory.
     */
    public boolean isShared() {
        return db.vendor() == Vendor.POSTGRES;
    }

    /**
     * Claims the request slot of {@code host} if it is free now: granted, the host's next slot
     * starts {@code delay} from now, whichever process asks; refused, nothing changes and the
     * answer says when the slot frees up.
     */
    public Claim claim(String host, Duration delay) {
        Objects.requireNonNull(host, "host");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("a delay cannot be negative: " + delay);
        }
        String key = host.length() <= MAX_HOST ? host : host.substring(0, MAX_HOST);
        if (db.vendor() == Vendor.POSTGRES) {
            Instant now = clock.instant();
            // Redoable: a claim lost in a crash only lets one request go out early, once.
            return db.writeRedoable("claiming a request slot for " + key,
                    (c, vendor) -> claimPostgres(c, key, now, delay));
        }
        // H2 serves one process: serialising here also keeps two first claims of a host from
        // both inserting its row.
        synchronized (h2Claims) {
            return db.write("claiming a request slot for " + key,
                    (c, vendor) -> claimLocked(c, key, clock.instant(), delay));
        }
    }

    /**
     * One statement when granted: the row is created, or moved on only when its slot has ended
     * (the update's WHERE); a refused claim returns no row and reads when the slot frees up.
     */
    private static Claim claimPostgres(Connection c, String host, Instant now, Duration delay) throws SQLException {
        Instant end = now.plus(delay);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO host_schedule AS h (host, next_free_at)"
                + " VALUES (?, ?) ON CONFLICT (host) DO UPDATE SET next_free_at = EXCLUDED.next_free_at"
                + " WHERE h.next_free_at <= ? RETURNING h.next_free_at")) {
            ps.setString(1, host);
            Jdbc.setInstant(ps, 2, end);
            Jdbc.setInstant(ps, 3, now);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return new Claim(true, Jdbc.getInstant(rs, "next_free_at"));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT next_free_at FROM host_schedule WHERE host = ?")) {
            ps.setString(1, host);
            try (ResultSet rs = ps.executeQuery()) {
                return new Claim(false, rs.next() ? Jdbc.getInstant(rs, "next_free_at") : end);
            }
        }
    }

    /** H2: the host's row is read under a row lock, then moved on when free. */
    private static Claim claimLocked(Connection c, String host, Instant now, Duration delay) throws SQLException {
        Instant nextFree = null;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT next_free_at FROM host_schedule WHERE host = ? FOR UPDATE")) {
            ps.setString(1, host);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    nextFree = Jdbc.getInstant(rs, "next_free_at");
                }
            }
        }
        if (nextFree != null && nextFree.isAfter(now)) {
            return new Claim(false, nextFree);
        }
        Instant end = now.plus(delay);
        String sql = nextFree == null ? "INSERT INTO host_schedule (next_free_at, host) VALUES (?, ?)"
                : "UPDATE host_schedule SET next_free_at = ? WHERE host = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Jdbc.setInstant(ps, 1, end);
            ps.setString(2, host);
            ps.executeUpdate();
        } catch (SQLException e) {
            // Another store on this database (a second process through H2's AUTO_SERVER) made the
            // host's first claim in between: it holds the slot.
            if (nextFree == null && Jdbc.isUniqueViolation(e)) {
                return new Claim(false, end);
            }
            throw e;
        }
        return new Claim(true, end);
    }
}
