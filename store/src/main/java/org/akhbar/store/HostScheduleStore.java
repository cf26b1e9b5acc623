package org.akhbar.store;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
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
 * <p>{@link #reserve} takes the host's next free slot and moves it {@code delay} further, in
 * one atomic statement on PostgreSQL (an upsert whose row lock orders concurrent
 * reservations); the caller then waits until the returned instant. A reservation is one round
 * trip; callers skip it when the delay is zero. Times come from the {@link Clock} bean when
 * one is defined, else the system clock: scrapers sharing a database must have synchronised
 * clocks (as they need for the frontier's due times anyway).
 */
@Singleton
public class HostScheduleStore {
    private static final int MAX_HOST = 300;

    private final Database db;
    private final Clock clock;
    private final Object h2Reservations = new Object();

    public HostScheduleStore(Database db, @Nullable Clock clock) {
        this.db = db;
        this.clock = clock == null ? Clock.systemUTC() : clock;
    }

    /**
     * Reserves the next request slot for {@code host}: the returned instant is when the request
     * may go out (now, or later when the host's previous slot has not ended), and the slot
     * after it starts at least {@code delay} later, whichever process asks.
     */
    public Instant reserve(String host, Duration delay) {
        Objects.requireNonNull(host, "host");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("a delay cannot be negative: " + delay);
        }
        String key = host.length() <= MAX_HOST ? host : host.substring(0, MAX_HOST);
        Instant now = clock.instant();
        long delayMicros = delay.toNanos() / 1_000;
        if (db.vendor() == Vendor.POSTGRES) {
            // Redoable: a reservation lost in a crash only lets one request go out early, once.
            return db.writeRedoable("reserving a request slot for " + key,
                    (c, vendor) -> reservePostgres(c, key, now, delayMicros));
        }
        // H2 serves one process: serialising here also keeps two first reservations of a host
        // from both inserting its row.
        synchronized (h2Reservations) {
            return db.write("reserving a request slot for " + key,
                    (c, vendor) -> reserveLocked(c, key, clock.instant(), delayMicros));
        }
    }

    private static Instant reservePostgres(java.sql.Connection c, String host, Instant now, long delayMicros)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO host_schedule AS h (host, next_free_at)"
                + " VALUES (?, ? + ? * INTERVAL '1 microsecond')"
                + " ON CONFLICT (host) DO UPDATE SET next_free_at ="
                + " GREATEST(h.next_free_at + ? * INTERVAL '1 microsecond', EXCLUDED.next_free_at)"
                + " RETURNING h.next_free_at")) {
            ps.setString(1, host);
            Jdbc.setInstant(ps, 2, now);
            ps.setLong(3, delayMicros);
            ps.setLong(4, delayMicros);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return Jdbc.getInstant(rs, "next_free_at").minusNanos(delayMicros * 1_000);
            }
        }
    }

    /** H2: the host's row is read under a row lock, then written back. */
    private static Instant reserveLocked(java.sql.Connection c, String host, Instant now, long delayMicros)
            throws SQLException {
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
        Instant start = nextFree == null || nextFree.isBefore(now) ? now : nextFree;
        Instant end = start.plusNanos(delayMicros * 1_000);
        String sql = nextFree == null ? "INSERT INTO host_schedule (next_free_at, host) VALUES (?, ?)"
                : "UPDATE host_schedule SET next_free_at = ? WHERE host = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Jdbc.setInstant(ps, 1, end);
            ps.setString(2, host);
            ps.executeUpdate();
        }
        return start;
    }
}
