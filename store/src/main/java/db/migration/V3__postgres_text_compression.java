package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On PostgreSQL, how the large columns written for every crawled page are stored: the
 * article text compressed with LZ4 where the server has it (PostgreSQL 14 and later, built
 * with lz4), and the archived raw page, gzip-compressed already, stored out of line without
 * a second compression attempt. Elsewhere (H2) nothing changes.
 *
 * <p>Why: in a PostgreSQL crawl the server's default compression (pglz) of the article text
 * was a sixth of PostgreSQL's CPU; LZ4 compresses several times faster for a little less
 * ratio. Existing rows keep their compression; new values get the new one.
 *
 * <p>A Java migration because the statements are PostgreSQL's own and depend on how the
 * server was built; the schema itself stays in the SQL migrations both databases run.
 */
public class V3__postgres_text_compression extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        if (!"PostgreSQL".equals(c.getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement s = c.createStatement()) {
            if (hasLz4(s)) {
                s.execute("ALTER TABLE article ALTER COLUMN title SET COMPRESSION lz4,"
                        + " ALTER COLUMN body SET COMPRESSION lz4, ALTER COLUMN authors SET COMPRESSION lz4");
            }
            s.execute("ALTER TABLE raw_page ALTER COLUMN body_gzip SET STORAGE EXTERNAL");
        }
    }

    /** Whether the server can compress with LZ4: it lists lz4 among the default compression's values. */
    private static boolean hasLz4(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery(
                "SELECT 'lz4' = ANY(enumvals) FROM pg_settings WHERE name = 'default_toast_compression'")) {
            return rs.next() && rs.getBoolean(1);
        }
    }
}
