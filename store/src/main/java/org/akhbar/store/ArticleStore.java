package org.akhbar.store;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.akhbar.domain.Article;
import org.akhbar.domain.ArticleId;
import org.akhbar.store.internal.Database;
import org.akhbar.store.internal.GroupCommit;
import org.akhbar.store.internal.Jdbc;
import org.akhbar.store.internal.KeyLookup;
import org.akhbar.store.internal.Lines;
import org.akhbar.store.internal.Vendor;

/**
 * The articles of record and their change feed.
 *
 * <p>Every insert, content change, deletion (tombstone) and revival of an article takes the
 * next value of one monotonic sequence, {@code seq}; re-storing identical content keeps the
 * article's seq. {@link #changesAfter} lists articles by seq, tombstones included, and the
 * feed is gap-safe: once a reader has seen seq {@code n}, every article version with a
 * smaller seq is already visible to it, so a reader that remembers the highest seq it applied
 * never misses a change.
 *
 * <p>How: the seq is taken from the single row of {@code change_feed}, locked with
 * {@code SELECT ... FOR UPDATE} (on H2, by an update that changes nothing: see lockFeed) in
 * the same transaction as the article write and held until commit. Writers therefore queue on
 * that row and commit in seq order. A database SEQUENCE would not do: two transactions could
 * take 5 and 6, 6 could commit first, and a reader that saw 6 would skip 5 forever. The price
 * is that article writes are serialised; concurrent {@link #upsert} calls therefore share one
 * transaction and one commit (see there).
 *
 * <p>Articles are keyed by canonical URL (their {@link ArticleId} derives from it). Paragraphs
 * are stored joined by {@code \n} and authors one per line, so neither may contain a line
 * break, nor be empty; {@link #upsert} rejects such an article, and one whose id is not
 * derived from its canonical URL, with {@link IllegalArgumentException}.
 */
@Singleton
public class ArticleStore {
    private static final String COLUMNS = "id, url, canonical_url, source_id, title, body, published_at,"
            + " published_offset, authors, dateline, language, content_hash, fetched_at, seq, deleted_at";

    /** Articles per shared transaction at most: a few hundred KB of text. */
    private static final int MAX_BATCH = 64;

    private final Database db;
    private final GroupCommit<Row, UpsertResult> upserts;

    public ArticleStore(Database db) {
        this.db = db;
        this.upserts = new GroupCommit<>(MAX_BATCH, this::write);
    }

    /**
     * Stores {@code article} by its canonical URL. A new article is INSERTED and a stored one
     * whose content hash differs, or that was deleted, is UPDATED (and revived); both take a
     * new seq. Otherwise the article is UNCHANGED: it keeps its seq and only its fetch time
     * is refreshed. The seq and deletion time carried by {@code article} are ignored.
     *
     * <p>Returns once the write is committed. Concurrent calls share a transaction
     * ({@link GroupCommit}): the feed row serialises article writes, so one commit for all the
     * threads waiting on it instead of one each. Inside a caller's transaction the write joins
     * that transaction instead.
     */
    public UpsertResult upsert(Article article) {
        Row row = Row.of(article);
        return db.inCallerTransaction() ? write(List.of(row)).get(0) : upserts.submit(row);
    }

    /** Stores the articles in order, in one transaction, each as {@link #upsert} would. */
    public List<UpsertResult> upsertAll(List<Article> articles) {
        return write(articles.stream().map(Row::of).toList());
    }

    /** An article checked and with its multi-line columns joined, ready to write. */
    private record Row(Article article, String body, String authors) {
        static Row of(Article article) {
            Objects.requireNonNull(article, "article");
            if (!article.id().equals(ArticleId.ofCanonicalUrl(article.canonicalUrl()))) {
                throw new IllegalArgumentException("article id " + article.id()
                        + " is not derived from its canonical URL " + article.canonicalUrl());
            }
            return new Row(article, Lines.join(article.paragraphs(), "a paragraph"),
                    Lines.join(article.authors(), "an author"));
        }
    }

    private List<UpsertResult> write(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        String what = rows.size() == 1 ? "upsert of " + rows.get(0).article().canonicalUrl()
                : "upsert of " + rows.size() + " articles, from " + rows.get(0).article().canonicalUrl();
        return db.write(what, (c, vendor) -> {
            // Lock first, read second: the read then sees every change committed before us,
            // and no other writer can change these articles until we commit.
            long last = lockFeed(c, vendor);
            long seq = last;
            Map<String, Article> stored = storedByCanonicalUrl(c, vendor,
                    rows.stream().map(r -> r.article().canonicalUrl()).distinct().toList());
            List<UpsertResult> out = new ArrayList<>(rows.size());
            // Statements of a kind go in one batch (one round trip); inserts run before updates,
            // so an article inserted and then changed within the batch exists when updated.
            try (PreparedStatement touch = c.prepareStatement("UPDATE article SET fetched_at = ? WHERE id = ?");
                    PreparedStatement insert = c.prepareStatement(INSERT);
                    PreparedStatement update = c.prepareStatement(UPDATE)) {
                int touches = 0;
                int inserts = 0;
                int updates = 0;
                for (Row row : rows) {
                    Article article = row.article();
                    Article before = stored.get(article.canonicalUrl());
                    if (before != null && !before.isDeleted() && before.contentHash().equals(article.contentHash())) {
                        Jdbc.setInstant(touch, 1, article.fetchedAt());
                        touch.setString(2, before.id().value());
                        touch.addBatch();
                        touches++;
                        out.add(new UpsertResult(UpsertResult.Status.UNCHANGED, before.seq()));
                        continue;
                    }
                    seq++;
                    if (before == null) {
                        bindInsert(insert, article, row.body(), row.authors(), seq);
                        insert.addBatch();
                        inserts++;
                        out.add(new UpsertResult(UpsertResult.Status.INSERTED, seq));
                    } else {
                        bindUpdate(update, article, row.body(), row.authors(), seq);
                        update.addBatch();
                        updates++;
                        out.add(new UpsertResult(UpsertResult.Status.UPDATED, seq));
                    }
                    // A later row of this batch with the same canonical URL compares with this one.
                    stored.put(article.canonicalUrl(), article.withSeq(seq));
                }
                if (inserts > 0) {
                    insert.executeBatch();
                }
                if (updates > 0) {
                    update.executeBatch();
                }
                if (touches > 0) {
                    touch.executeBatch();
                }
            }
            if (seq != last) {
                setLastSeq(c, seq);
            }
            return out;
        });
    }

    /** The stored articles (tombstones included) with these canonical URLs, by canonical URL. */
    private static Map<String, Article> storedByCanonicalUrl(Connection c, Vendor vendor, List<String> canonicalUrls)
            throws SQLException {
        Map<String, Article> out = new HashMap<>();
        if (canonicalUrls.size() == 1) {
            // The common single upsert: a statement of its own shape, by the unique index.
            select(c, "canonical_url = ?", canonicalUrls.get(0)).ifPresent(a -> out.put(a.canonicalUrl(), a));
            return out;
        }
        KeyLookup.rowsOf(c, vendor, "SELECT " + COLUMNS + " FROM article WHERE canonical_url", canonicalUrls, rs -> {
            Article a = map(rs);
            out.put(a.canonicalUrl(), a);
        });
        return out;
    }

    /**
     * Up to {@code limit} article versions with seq greater than {@code seq}, by seq
     * ascending, tombstones included: the change feed the indexer tails.
     */
    public List<Article> changesAfter(long seq, int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        return db.read("reading changes after " + seq, (c, vendor) -> {
            List<Article> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM article WHERE seq > ? ORDER BY seq LIMIT ?")) {
                ps.setLong(1, seq);
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(map(rs));
                    }
                }
            }
            return out;
        });
    }

    /** The article with this id, tombstones included. */
    public Optional<Article> find(ArticleId id) {
        Objects.requireNonNull(id, "id");
        return db.read("finding article " + id, (c, vendor) -> select(c, "id = ?", id.value()));
    }

    /** The article with this canonical URL, tombstones included. */
    public Optional<Article> findByCanonicalUrl(String canonicalUrl) {
        Objects.requireNonNull(canonicalUrl, "canonicalUrl");
        return db.read("finding article " + canonicalUrl,
                (c, vendor) -> select(c, "canonical_url = ?", canonicalUrl));
    }

    /**
     * Makes the article a tombstone deleted at {@code when}, with a new seq so the indexer
     * drops it, and returns the tombstone. Deleting a tombstone returns it unchanged (same
     * seq); an unknown id returns empty.
     */
    public Optional<Article> delete(ArticleId id, Instant when) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(when, "when");
        return db.write("deleting article " + id, (c, vendor) -> {
            long last = lockFeed(c, vendor);
            Optional<Article> stored = select(c, "id = ?", id.value());
            if (stored.isEmpty() || stored.get().isDeleted()) {
                return stored;
            }
            long seq = last + 1;
            setLastSeq(c, seq);
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE article SET deleted_at = ?, seq = ? WHERE id = ?")) {
                Jdbc.setInstant(ps, 1, when);
                ps.setLong(2, seq);
                ps.setString(3, id.value());
                ps.executeUpdate();
            }
            return Optional.of(stored.get().deleted(when).withSeq(seq));
        });
    }

    /** The highest seq ever assigned, 0 before the first write. */
    public long lastSeq() {
        return db.read("reading the last seq", (c, vendor) -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT last_seq FROM change_feed WHERE id = 1");
                    ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    /** The number of live (not deleted) articles. */
    public long count() {
        return db.read("counting articles", (c, vendor) -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT COUNT(*) FROM article WHERE deleted_at IS NULL");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /**
     * Locks the feed row until commit and returns the last seq handed out. On H2 the lock is
     * taken by an update that changes nothing, then the row is read: H2 parses a
     * {@code SELECT ... FOR UPDATE} again at every call (it never caches one), which cost a
     * crawl more than every other statement's parsing together. Read after the lock, the row
     * shows the last committed seq on both databases.
     */
    private static long lockFeed(Connection c, Vendor vendor) throws SQLException {
        String read = "SELECT last_seq FROM change_feed WHERE id = 1";
        if (vendor == Vendor.H2) {
            try (PreparedStatement lock = c.prepareStatement("UPDATE change_feed SET last_seq = last_seq WHERE id = 1")) {
                lock.executeUpdate();
            }
        } else {
            read += " FOR UPDATE";
        }
        try (PreparedStatement ps = c.prepareStatement(read);
                ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("change_feed has no row: the schema migration did not run");
            }
            return rs.getLong(1);
        }
    }

    /** Records {@code seq} as the last handed out; the caller holds the feed row's lock. */
    private static void setLastSeq(Connection c, long seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE change_feed SET last_seq = ? WHERE id = 1")) {
            ps.setLong(1, seq);
            ps.executeUpdate();
        }
    }

    private static final String INSERT = "INSERT INTO article (" + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE article SET url = ?, source_id = ?,"
            + " title = ?, body = ?, published_at = ?, published_offset = ?, authors = ?,"
            + " dateline = ?, language = ?, content_hash = ?, fetched_at = ?, seq = ?,"
            + " deleted_at = NULL WHERE canonical_url = ?";

    private static void bindInsert(PreparedStatement ps, Article a, String body, String authors, long seq)
            throws SQLException {
        ps.setString(1, a.id().value());
        ps.setString(2, a.url());
        ps.setString(3, a.canonicalUrl());
        ps.setString(4, a.sourceId());
        ps.setString(5, a.title());
        ps.setString(6, body);
        setPublished(ps, 7, a.publishedAt());
        ps.setString(9, authors);
        ps.setString(10, a.dateline());
        ps.setString(11, a.language());
        ps.setString(12, a.contentHash());
        Jdbc.setInstant(ps, 13, a.fetchedAt());
        ps.setLong(14, seq);
        Jdbc.setInstant(ps, 15, null);
    }

    private static void bindUpdate(PreparedStatement ps, Article a, String body, String authors, long seq)
            throws SQLException {
        ps.setString(1, a.url());
        ps.setString(2, a.sourceId());
        ps.setString(3, a.title());
        ps.setString(4, body);
        setPublished(ps, 5, a.publishedAt());
        ps.setString(7, authors);
        ps.setString(8, a.dateline());
        ps.setString(9, a.language());
        ps.setString(10, a.contentHash());
        Jdbc.setInstant(ps, 11, a.fetchedAt());
        ps.setLong(12, seq);
        ps.setString(13, a.canonicalUrl());
    }

    /** Sets the instant at {@code index} and its offset in seconds at {@code index + 1}. */
    private static void setPublished(PreparedStatement ps, int index, OffsetDateTime publishedAt)
            throws SQLException {
        if (publishedAt == null) {
            Jdbc.setInstant(ps, index, null);
            ps.setNull(index + 1, Types.INTEGER);
        } else {
            Jdbc.setInstant(ps, index, publishedAt.toInstant());
            ps.setInt(index + 1, publishedAt.getOffset().getTotalSeconds());
        }
    }

    private static Optional<Article> select(Connection c, String where, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM article WHERE " + where)) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    private static Article map(ResultSet rs) throws SQLException {
        Instant published = Jdbc.getInstant(rs, "published_at");
        OffsetDateTime publishedAt = null;
        if (published != null) {
            int offset = rs.getInt("published_offset");
            publishedAt = published.atOffset(rs.wasNull() ? ZoneOffset.UTC : ZoneOffset.ofTotalSeconds(offset));
        }
        return new Article(
                new ArticleId(rs.getString("id")),
                rs.getString("url"),
                rs.getString("canonical_url"),
                rs.getString("source_id"),
                rs.getString("title"),
                Lines.split(rs.getString("body")),
                publishedAt,
                Lines.split(rs.getString("authors")),
                rs.getString("dateline"),
                rs.getString("language"),
                rs.getString("content_hash"),
                Jdbc.getInstant(rs, "fetched_at"),
                rs.getLong("seq"),
                Jdbc.getInstant(rs, "deleted_at"));
    }
}
