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
 * <p>A request first {@link #claim claims} its host's slot: granted only when the host's slot
 * has ended, in one atomic statement on PostgreSQL (an upsert whose row lock orders concurrent
 * claims), and holding the host for a while; a refused caller waits until the time it is given
 * and claims again. Once answered, the request {@link #release releases} the host, which
 * frees it {@code delay} after that moment. So the next request to the host leaves after the
 * previous one was answered plus the delay, whatever happened to either on its way (a slow
 * round trip, a late wake-up, a GC pause): the server sees the delay between its requests. A
 * process that dies while holding a host blocks it only until its hold runs out. Callers skip
 * all of this when the delay is zero. Times come from the {@link Clock} bean when one is
 * defined, else the system clock: scrapers sharing a database must have synchronised clocks
 * (as they need for the frontier's due times anyway).
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

    /**
     * The answer to a claim: granted (then {@code nextFreeAt} is the end of the hold, to give
     * back to {@link #release}), or refused because the host is busy until {@code nextFreeAt}.
     */
    public record Claim(boolean granted, Instant nextFreeAt) {}

    /**
     * True when other processes may share this database (PostgreSQL), so pacing must go
     * through it; the embedded H2 database serves one process, which can pace in memory.
     */
    public boolean isShared() {
        return db.vendor() == Vendor.POSTGRES;
    }

    /**
     * Claims the request slot of {@code host} if it is free now: granted, the host is held for
     * {@code delay} from now, whichever process asks (or until {@link #release}); refused,
     * nothing changes and the answer says when the slot frees up.
     */
    public Claim claim(String host, Duration delay) {
        Objects.requireNonNull(host, "host");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("a delay cannot be negative: " + delay);
        }
        String key = keyOf(host);
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
     * Ends a granted claim: the host becomes free {@code delay} from now. Nothing changes when
     * the hold ran out and another claim took the host meanwhile ({@code heldUntil} no longer
     * matches).
     */
    public void release(String host, Instant heldUntil, Duration delay) {
        Objects.requireNonNull(heldUntil, "heldUntil");
        String key = keyOf(host);
        Instant freeAt = inMicros(clock.instant().plus(delay));
        // Redoable: a release lost in a crash leaves the host held until its hold runs out.
        db.writeRedoable("releasing the request slot of " + key, (c, vendor) -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE host_schedule SET next_free_at = ? WHERE host = ? AND next_free_at = ?")) {
                Jdbc.setInstant(ps, 1, freeAt);
                ps.setString(2, key);
                Jdbc.setInstant(ps, 3, heldUntil);
                return ps.executeUpdate();
            }
        });
    }

    /**
     * One statement when granted: the row is created, or moved on only when its slot has ended
     * (the update's WHERE); a refused claim returns no row and reads when the slot frees up.
     */
    private static Claim claimPostgres(Connection c, String host, Instant now, Duration delay) throws SQLException {
        Instant end = inMicros(now.plus(delay));
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
        Instant end = inMicros(now.plus(delay));
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

    /** The host as its row's key: hosts longer than the column are cut to fit. */
    private static String keyOf(String host) {
        return host.length() <= MAX_HOST ? host : host.substring(0, MAX_HOST);
    }

    /** Both databases keep timestamps to the microsecond: a hold's end must read back as written. */
    private static Instant inMicros(Instant t) {
        return t.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }
}
