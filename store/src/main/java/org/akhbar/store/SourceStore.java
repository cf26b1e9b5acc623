package org.akhbar.store;

import jakarta.inject.Singleton;
import java.net.URI;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.akhbar.domain.Source;
import org.akhbar.store.internal.Database;
import org.akhbar.store.internal.Lines;
import org.akhbar.store.internal.Vendor;

/**
 * The configured news sources, so that the database alone says where each article came from.
 * {@link #save} inserts or replaces a source by id; sources are never deleted, since stored
 * articles keep pointing at them.
 */
@Singleton
public class SourceStore {
    private static final String COLUMNS = "id, name, homepage, feeds, sitemaps, start_urls, timezone";

    private final Database db;

    public SourceStore(Database db) {
        this.db = db;
    }

    /** Inserts {@code source}, or replaces every field of the stored source with its id. */
    public void save(Source source) {
        Objects.requireNonNull(source, "source");
        db.write("saving source " + source.id(), (c, vendor) -> {
            // Both are atomic single statements, so two services saving the same sources.yml
            // at start-up cannot collide on the primary key.
            String sql = vendor == Vendor.POSTGRES
                    ? "INSERT INTO source (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)"
                            + " ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name,"
                            + " homepage = EXCLUDED.homepage, feeds = EXCLUDED.feeds,"
                            + " sitemaps = EXCLUDED.sitemaps, start_urls = EXCLUDED.start_urls,"
                            + " timezone = EXCLUDED.timezone"
                    : "MERGE INTO source (" + COLUMNS + ") KEY (id) VALUES (?, ?, ?, ?, ?, ?, ?)";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, source.id());
                ps.setString(2, source.name());
                ps.setString(3, source.homepage().toString());
                ps.setString(4, joinUris(source.feeds()));
                ps.setString(5, joinUris(source.sitemaps()));
                ps.setString(6, joinUris(source.startUrls()));
                ps.setString(7, source.timezone().getId());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The source with this id. */
    public Optional<Source> find(String id) {
        Objects.requireNonNull(id, "id");
        return db.read("finding source " + id, (c, vendor) -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM source WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(map(rs)) : Optional.empty();
                }
            }
        });
    }

    /** Every stored source, by id. */
    public List<Source> all() {
        return db.read("listing sources", (c, vendor) -> {
            List<Source> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM source ORDER BY id");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(map(rs));
                }
            }
            return out;
        });
    }

    private static String joinUris(List<URI> uris) {
        return Lines.join(uris.stream().map(URI::toString).toList(), "a source URL");
    }

    private static List<URI> splitUris(String text) {
        return Lines.split(text).stream().map(URI::create).toList();
    }

    private static Source map(ResultSet rs) throws SQLException {
        return new Source(
                rs.getString("id"),
                rs.getString("name"),
                URI.create(rs.getString("homepage")),
                splitUris(rs.getString("feeds")),
                splitUris(rs.getString("sitemaps")),
                splitUris(rs.getString("start_urls")),
                ZoneId.of(rs.getString("timezone")));
    }
}
