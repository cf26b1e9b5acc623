package org.akhbar.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.akhbar.store.testing.PostgresTestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link KeyLookup} on PostgreSQL: every key's row, and the planner setting as it was afterwards. */
class KeyLookupIT {
    private PostgresTestDatabase database;
    private Connection c;

    @BeforeEach
    void openTable() throws SQLException {
        database = PostgresTestDatabase.create();
        c = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE page (url TEXT PRIMARY KEY, n INTEGER NOT NULL)");
            s.execute("INSERT INTO page SELECT 'https://example.com/' || i, i FROM generate_series(1, 100) AS i");
        }
        c.setAutoCommit(false);
    }

    @AfterEach
    void dropTable() throws SQLException {
        c.close();
        database.close();
    }

    @Test
    void findsTheRowOfEveryKnownKeyAcrossSlicesAndSkipsUnknownOnes() throws SQLException {
        List<String> keys = new ArrayList<>();
        for (int i = 1; i <= KeyLookup.SLICE + 3; i++) {
            keys.add("https://example.com/" + (i * 5)); // 5..95 exist, 100 and above do not
        }
        TreeMap<Integer, String> found = new TreeMap<>();
        KeyLookup.rowsOf(c, Vendor.POSTGRES, "SELECT url, n FROM page WHERE url", keys,
                rs -> found.put(rs.getInt("n"), rs.getString("url")));
        assertThat(found.keySet()).containsExactly(5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90,
                95);
        c.commit();
    }

    @Test
    void leavesTheRestOfTheTransactionWithTheSessionsPlanCacheMode() throws SQLException {
        String before = planCacheMode();
        KeyLookup.rowsOf(c, Vendor.POSTGRES, "SELECT url, n FROM page WHERE url", List.of("https://example.com/7"),
                rs -> { });
        // The INSERTs and UPDATEs a writer runs after its lookups keep their cached plans.
        assertThat(planCacheMode()).isEqualTo(before).isNotEqualTo("force_custom_plan");
        c.commit();
    }

    private String planCacheMode() throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW plan_cache_mode")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
