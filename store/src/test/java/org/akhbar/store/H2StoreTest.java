package org.akhbar.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.akhbar.store.testing.H2TestDatabase;
import org.akhbar.store.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** The store's behaviour on H2, the embedded default: a file database in a temp directory. */
class H2StoreTest extends StoreBehaviour {
    private TestDatabase database;

    @Override
    TestDatabase newDatabase(Path tempDir) {
        database = H2TestDatabase.in(tempDir);
        return database;
    }

    @Test
    void aLeaseReadsTheDueEntriesItTakesNotTheCompletedOnes() throws Exception {
        // Completed entries have no due time, which H2's index sorts first: a lease must
        // start its scan past them, or each lease costs in proportion to the crawl so far.
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            urls.add("https://wadi.example/a/" + i);
        }
        frontier.enqueueAll("wadi-news", urls, FrontierEntry.ARTICLE);
        for (FrontierEntry e : frontier.lease(390, Duration.ofMinutes(5))) {
            frontier.complete(e.url(), "stored");
        }

        assertThat(rowsScannedByALease(1)).isLessThanOrEqualTo(2);
        assertThat(frontier.lease(20, Duration.ofMinutes(5))).hasSize(10);
    }

    private long rowsScannedByALease(int max) throws Exception {
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
                PreparedStatement ps = c.prepareStatement("EXPLAIN ANALYZE " + FrontierStore.candidatesSql(null))) {
            FrontierStore.bindCandidates(ps, null, java.time.Instant.now().plus(Duration.ofDays(1)), max);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                Matcher m = Pattern.compile("scanCount: (\\d+)").matcher(rs.getString(1));
                assertThat(m.find()).as(rs.getString(1)).isTrue();
                return Long.parseLong(m.group(1));
            }
        }
    }
}
