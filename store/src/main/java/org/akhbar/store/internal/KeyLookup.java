package org.akhbar.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Reads the rows of many keys with a few {@code IN (...)} queries instead of a query per key:
 * one round trip per {@value #SLICE} keys.
 *
 * <p>The keys go in slices of one statement shape (a short slice repeats its first key), so
 * the statement is parsed once and cached. On PostgreSQL the statement is planned for its
 * actual keys at every run ({@code plan_cache_mode = force_custom_plan} while the lookup
 * runs): a prepared statement is otherwise given a generic plan after five runs, and
 * one made while the table was still small scans the whole table, forever after (18 ms per
 * lookup at 30,000 archived pages, against 0.03 ms by the index). The setting is the
 * session's own again once the lookup is done.
 */
public final class KeyLookup {
    /** Keys per statement. */
    static final int SLICE = 16;

    private KeyLookup() {}

    /** Handles one row of the result. */
    @FunctionalInterface
    public interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }

    /**
     * Runs {@code select + " IN (?, ...)"} over {@code keys} and hands every row to
     * {@code handler}; {@code select} ends with the key column, e.g.
     * {@code "SELECT id, url FROM raw_page WHERE url"}.
     */
    public static void rowsOf(Connection c, Vendor vendor, String select, List<String> keys, RowHandler handler)
            throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        if (vendor == Vendor.POSTGRES) {
            setPlanCacheMode(c, "force_custom_plan");
        }
        try (PreparedStatement ps = c.prepareStatement(select + " IN (" + "?, ".repeat(SLICE - 1) + "?)")) {
            for (int from = 0; from < keys.size(); from += SLICE) {
                List<String> slice = keys.subList(from, Math.min(keys.size(), from + SLICE));
                for (int i = 0; i < SLICE; i++) {
                    ps.setString(i + 1, slice.get(i < slice.size() ? i : 0));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        handler.row(rs);
                    }
                }
            }
        }
        if (vendor == Vendor.POSTGRES) {
            // Back to the session's own setting for the rest of the transaction: the batched
            // INSERTs and UPDATEs after a lookup keep their cached generic plans instead of
            // being planned row by row (in a crawl, planning went from 11.5 to 7.8 % of
            // PostgreSQL's perf samples).
            setPlanCacheMode(c, "DEFAULT");
        }
    }

    private static void setPlanCacheMode(Connection c, String mode) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET LOCAL plan_cache_mode TO " + mode);
        }
    }
}
