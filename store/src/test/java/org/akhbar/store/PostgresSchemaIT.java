package org.akhbar.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.akhbar.store.internal.Database;
import org.akhbar.store.testing.PostgresTestDatabase;
import org.akhbar.store.testing.StoreTestContext;
import org.junit.jupiter.api.Test;

/** What the migrations leave on PostgreSQL beyond the tables both databases share. */
class PostgresSchemaIT {

    @Test
    void articleTextIsCompressedWithLz4AndTheGzippedRawPageIsStoredAsItIs() {
        try (PostgresTestDatabase database = PostgresTestDatabase.create();
                ApplicationContext context = StoreTestContext.start(database)) {
            Database db = context.getBean(Database.class);
            boolean lz4 = db.read("asking for lz4", (c, vendor) -> {
                try (ResultSet rs = c.createStatement().executeQuery(
                        "SELECT 'lz4' = ANY(enumvals) FROM pg_settings WHERE name = 'default_toast_compression'")) {
                    return rs.next() && rs.getBoolean(1);
                }
            });
            // attcompression: 'l' for lz4, '' for the server's default; attstorage 'e' for external.
            assertThat(attribute(db, "article", "body", "attcompression")).isEqualTo(lz4 ? "l" : "");
            assertThat(attribute(db, "article", "title", "attcompression")).isEqualTo(lz4 ? "l" : "");
            assertThat(attribute(db, "raw_page", "body_gzip", "attstorage")).isEqualTo("e");
        }
    }

    private static String attribute(Database db, String table, String column, String field) {
        return db.read("reading the catalog", (c, vendor) -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + field + "::text FROM pg_attribute"
                    + " WHERE attrelid = to_regclass(?) AND attname = ?")) {
                ps.setString(1, table);
                ps.setString(2, column);
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).as(table + "." + column).isTrue();
                    return rs.getString(1);
                }
            }
        });
    }
}
