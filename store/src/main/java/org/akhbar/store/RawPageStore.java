package org.akhbar.store;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.akhbar.domain.RawPage;
import org.akhbar.store.internal.Database;
import org.akhbar.store.internal.Gzip;
import org.akhbar.store.internal.HeaderCodec;
import org.akhbar.store.internal.Jdbc;
import org.akhbar.store.internal.KeyLookup;
import org.akhbar.store.internal.Vendor;

/**
 * The archive of fetched pages, kept so that articles can be re-extracted without
 * re-crawling when the extractor improves.
 *
 * <p>Bodies are stored gzip-compressed and come back byte for byte, whatever their charset;
 * headers, status, URLs, source and fetch time round-trip too. When a page is fetched again
 * with the same body as its latest archived version, that version is refreshed (status,
 * headers, final URL, fetch time) instead of storing the body a second time.
 */
@Singleton
public class RawPageStore {
    private static final String COLUMNS =
            "id, url, final_url, source_id, status, headers, body_gzip, body_sha256, fetched_at";
    /** Pages handed to {@link #forEachLatest} per read, bounding memory and transaction length. */
    private static final int BATCH = 100;

    private final Database db;

    public RawPageStore(Database db) {
        this.db = db;
    }

    /**
     * Archives {@code page} and returns the id of the archived version that holds it.
     *
     * <p>The commit does not wait for the log flush ({@link Database#writeRedoable}): a page
     * is archived by the crawl that fetched it, and a crawl step lost in a server crash is
     * redone, since the frontier's record of it is written the same way and later. And when
     * the page yields an article, the article's durable commit comes after the archive's, and
     * a database's log is flushed in order, so the archived page is durable with it.
     */
    public long archive(RawPage page) {
        Objects.requireNonNull(page, "page");
        return db.writeRedoable("archiving " + page.url(), (c, vendor) -> {
            Latest latest = latestOf(c, vendor, List.of(page.url())).get(page.url());
            if (latest != null && latest.bodyHash().equals(page.bodyHash())) {
                try (PreparedStatement ps = c.prepareStatement(REFRESH)) {
                    bindRefresh(ps, page, latest.id());
                    ps.executeUpdate();
                }
                return latest.id();
            }
            // H2 reports identifiers upper-case, PostgreSQL lower-case.
            String idColumn = vendor == Vendor.H2 ? "ID" : "id";
            try (PreparedStatement ps = c.prepareStatement(INSERT, new String[] {idColumn})) {
                bindInsert(ps, page);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    if (!keys.next()) {
                        throw new SQLException("the database returned no id for the archived page");
                    }
                    return keys.getLong(1);
                }
            }
        });
    }

    /**
     * Archives {@code pages} in one transaction, as {@link #archive} would one by one, with a
     * round trip per kind of statement instead of two per page: what a crawl writes for the
     * pages it fetched meanwhile. A URL given twice with one body is archived once, with the
     * first fetch's details.
     */
    public void archiveAll(List<RawPage> pages) {
        if (pages.isEmpty()) {
            return;
        }
        db.writeRedoable("archiving " + pages.get(0).url()
                + (pages.size() > 1 ? " and " + (pages.size() - 1) + " more" : ""), (c, vendor) -> {
            Map<String, Latest> latest = latestOf(c, vendor, pages.stream().map(RawPage::url).distinct().toList());
            List<RawPage> inserts = new ArrayList<>();
            List<Refresh> refreshes = new ArrayList<>();
            for (RawPage page : pages) {
                Latest known = latest.get(page.url());
                if (known == null || !known.bodyHash().equals(page.bodyHash())) {
                    inserts.add(page);
                    // A later page of this batch with this URL and body is then already held.
                    latest.put(page.url(), new Latest(INSERTED_HERE, page.bodyHash()));
                } else if (known.id() != INSERTED_HERE) {
                    refreshes.add(new Refresh(page, known.id()));
                }
            }
            if (!inserts.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                    for (RawPage page : inserts) {
                        bindInsert(ps, page);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            if (!refreshes.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement(REFRESH)) {
                    for (Refresh r : refreshes) {
                        bindRefresh(ps, r.page(), r.id());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            return null;
        });
    }

    private record Latest(long id, String bodyHash) {}

    /** A page whose body is that of archived version {@code id}, which it refreshes. */
    private record Refresh(RawPage page, long id) {}

    /** The id of a version this batch inserts, not known until the batch runs. */
    private static final long INSERTED_HERE = -1;

    /** The id and body hash of the latest archived version of each URL that has one. */
    private static Map<String, Latest> latestOf(Connection c, Vendor vendor, List<String> urls) throws SQLException {
        Map<String, Latest> out = new HashMap<>();
        KeyLookup.rowsOf(c, vendor, "SELECT url, id, body_sha256 FROM raw_page WHERE url", urls, rs -> out.merge(
                rs.getString(1), new Latest(rs.getLong(2), rs.getString(3)), (x, y) -> x.id() > y.id() ? x : y));
        return out;
    }

    /** The most recently archived version of the page requested as {@code url}, decompressed. */
    public Optional<RawPage> latest(String url) {
        Objects.requireNonNull(url, "url");
        return db.read("reading the archived " + url, (c, vendor) -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM raw_page WHERE url = ? ORDER BY id DESC LIMIT 1")) {
                ps.setString(1, url);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(map(rs)) : Optional.empty();
                }
            }
        });
    }

    /**
     * Hands the latest archived version of every URL to {@code consumer}, in archive order.
     * Pages are read in small batches, each in its own short transaction, and the consumer is
     * called between reads, so it may write (re-extract and upsert) without holding a read
     * open across the whole archive.
     */
    public void forEachLatest(Consumer<RawPage> consumer) {
        Objects.requireNonNull(consumer, "consumer");
        long after = 0;
        while (true) {
            long from = after;
            List<Row> batch = db.read("reading archived pages", (c, vendor) -> latestAfter(c, from));
            for (Row row : batch) {
                consumer.accept(row.page());
            }
            if (batch.size() < BATCH) {
                return;
            }
            after = batch.get(batch.size() - 1).id();
        }
    }

    private record Row(long id, RawPage page) {}

    private static List<Row> latestAfter(Connection c, long after) throws SQLException {
        List<Row> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM raw_page r"
                + " WHERE r.id > ? AND r.id = (SELECT MAX(m.id) FROM raw_page m WHERE m.url = r.url)"
                + " ORDER BY r.id LIMIT ?")) {
            ps.setLong(1, after);
            ps.setInt(2, BATCH);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Row(rs.getLong("id"), map(rs)));
                }
            }
        }
        return out;
    }

    private static final String INSERT = "INSERT INTO raw_page (url, final_url, source_id, status, headers,"
            + " body_gzip, body_sha256, body_length, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String REFRESH = "UPDATE raw_page SET final_url = ?, source_id = ?, status = ?,"
            + " headers = ?, fetched_at = ? WHERE id = ?";

    private static void bindInsert(PreparedStatement ps, RawPage page) throws SQLException {
        ps.setString(1, page.url());
        ps.setString(2, page.finalUrl());
        ps.setString(3, page.sourceId());
        ps.setInt(4, page.status());
        ps.setString(5, HeaderCodec.encode(page.headers()));
        ps.setBytes(6, Gzip.compress(page.body()));
        ps.setString(7, page.bodyHash());
        ps.setInt(8, page.body().length);
        Jdbc.setInstant(ps, 9, page.fetchedAt());
    }

    /** Refreshes archived version {@code id}, whose body is {@code page}'s, with the page's fetch. */
    private static void bindRefresh(PreparedStatement ps, RawPage page, long id) throws SQLException {
        ps.setString(1, page.finalUrl());
        ps.setString(2, page.sourceId());
        ps.setInt(3, page.status());
        ps.setString(4, HeaderCodec.encode(page.headers()));
        Jdbc.setInstant(ps, 5, page.fetchedAt());
        ps.setLong(6, id);
    }

    private static RawPage map(ResultSet rs) throws SQLException {
        return new RawPage(
                rs.getString("source_id"),
                rs.getString("url"),
                rs.getString("final_url"),
                rs.getInt("status"),
                HeaderCodec.decode(rs.getString("headers")),
                Gzip.decompress(rs.getBytes("body_gzip")),
                Jdbc.getInstant(rs, "fetched_at"),
                // Hashed when archived: reading the page back need not hash it again.
                rs.getString("body_sha256"));
    }
}
