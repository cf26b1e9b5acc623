package org.akhbar.store;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import org.akhbar.store.internal.Database;
import org.akhbar.store.internal.Jdbc;
import org.akhbar.store.internal.Vendor;

/**
 * The crawl frontier shared by scraper workers, in one process or many.
 *
 * <p>Each URL is known once: {@link #enqueue} ignores a URL already in the frontier, whatever
 * its state. An entry is <em>due</em> when its due time has passed; {@link #lease} hands due
 * entries to one worker and makes them due again when the lease ends, so a URL whose worker
 * died is retried without any sweeper. A worker ends its lease with {@link #complete} (the
 * URL is done for good) or {@link #retryLater} (due again at a chosen time; this also
 * re-schedules a completed URL, e.g. a feed that is polled periodically).
 *
 * <p>On PostgreSQL leases use {@code FOR UPDATE SKIP LOCKED}, so concurrent workers take
 * disjoint entries without waiting on each other. H2 skips locked rows before applying the
 * limit, which would hand a second worker nothing; there leases are serialised inside the
 * process instead (H2 is the single-process embedded default).
 *
 * <p>Times come from the {@link Clock} bean when one is defined, else the system clock.
 * Calls naming a URL that is not in the frontier throw {@link IllegalArgumentException}.
 */
@Singleton
public class FrontierStore {
    private static final int MAX_OUTCOME = 200;
    private static final int MAX_REASON = 2000;
    /** URLs per statement (and transaction) when seeding or relisting many at once. */
    private static final int BATCH = 500;
    /** A time both databases store: what "no bound" becomes in a comparison. */
    private static final Instant MAX_TIME = Instant.parse("9999-12-31T00:00:00Z");
    private static final String INSERT_ONE = "INSERT INTO frontier (url, source_id, kind, state, due_at, attempts,"
            + " enqueued_at, updated_at) VALUES (?, ?, ?, 'queued', ?, 0, ?, ?)";

    private final Database db;
    private final Clock clock;
    private final ReentrantLock h2Leases = new ReentrantLock();

    public FrontierStore(Database db, @Nullable Clock clock) {
        this.db = db;
        this.clock = clock == null ? Clock.systemUTC() : clock;
    }

    /**
     * Adds {@code url} as due now, unless the frontier already knows it.
     *
     * @param kind one of {@link FrontierEntry#KINDS}
     * @return true if the URL was new
     */
    public boolean enqueue(String sourceId, String url, String kind) {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(url, "url");
        return !enqueueAll(sourceId, List.of(url), kind).isEmpty();
    }

    /**
     * Adds each of {@code urls} that the frontier does not know, due now, in batches of
     * {@value #BATCH} per statement and transaction; a URL already known, in whatever state,
     * is left alone ({@link #relistAll} revives the completed ones).
     *
     * @param kind one of {@link FrontierEntry#KINDS}
     * @return the URLs that were new, a subset of {@code urls}
     */
    public Set<String> enqueueAll(String sourceId, Collection<String> urls, String kind) {
        Objects.requireNonNull(sourceId, "sourceId");
        requireKind(kind);
        Set<String> added = new HashSet<>();
        for (List<String> chunk : batches(urls)) {
            Instant now = clock.instant();
            // Redoable: a lost enqueue is made again by the next seeding, which lists the URL again.
            added.addAll(db.writeRedoable("enqueueing " + chunk.size() + " URLs", (c, vendor) ->
                    vendor == Vendor.POSTGRES ? insertAbsentPostgres(c, sourceId, chunk, kind, now)
                            : insertAbsentH2(c, sourceId, chunk, kind, now)));
        }
        return added;
    }

    /** One statement: ON CONFLICT leaves known URLs alone even when another process inserts them meanwhile. */
    private static List<String> insertAbsentPostgres(Connection c, String sourceId, List<String> urls, String kind,
            Instant now) throws SQLException {
        List<String> added = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO frontier (url, source_id, kind, state, due_at,"
                + " attempts, enqueued_at, updated_at) SELECT u, ?, ?, 'queued', ?, 0, ?, ? FROM unnest(?) AS u"
                + " ON CONFLICT (url) DO NOTHING RETURNING url")) {
            ps.setString(1, sourceId);
            ps.setString(2, kind);
            Jdbc.setInstant(ps, 3, now);
            Jdbc.setInstant(ps, 4, now);
            Jdbc.setInstant(ps, 5, now);
            ps.setArray(6, c.createArrayOf("varchar", urls.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    added.add(rs.getString(1));
                }
            }
        }
        return added;
    }

    /**
     * H2 has no ON CONFLICT outside its PostgreSQL mode: the known URLs of the batch are looked
     * up first and the rest inserted in one batch. H2 is the single-process database and seeding
     * runs on one thread, so nothing inserts the same URL in between; should anything do so,
     * the batch fails on the primary key and is redone a URL at a time.
     */
    private List<String> insertAbsentH2(Connection c, String sourceId, List<String> urls, String kind, Instant now)
            throws SQLException {
        Set<String> known = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT url FROM frontier WHERE url IN ("
                + String.join(", ", java.util.Collections.nCopies(urls.size(), "?")) + ")")) {
            for (int i = 0; i < urls.size(); i++) {
                ps.setString(i + 1, urls.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    known.add(rs.getString(1));
                }
            }
        }
        List<String> fresh = urls.stream().filter(u -> !known.contains(u)).toList();
        if (fresh.isEmpty()) {
            return fresh;
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT_ONE)) {
            for (String url : fresh) {
                bindInsert(ps, sourceId, url, kind, now);
                ps.addBatch();
            }
            ps.executeBatch();
            return fresh;
        } catch (SQLException e) {
            if (!Jdbc.isUniqueViolation(e)) {
                throw e;
            }
        }
        List<String> added = new ArrayList<>();
        for (String url : fresh) {
            if (insertOneH2(c, sourceId, url, kind, now)) {
                added.add(url);
            }
        }
        return added;
    }

    private static boolean insertOneH2(Connection c, String sourceId, String url, String kind, Instant now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT_ONE)) {
            bindInsert(ps, sourceId, url, kind, now);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            // A failed statement leaves an H2 transaction usable, so the duplicate is simply reported.
            if (Jdbc.isUniqueViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    private static void bindInsert(PreparedStatement ps, String sourceId, String url, String kind, Instant now)
            throws SQLException {
        ps.setString(1, url);
        ps.setString(2, sourceId);
        ps.setString(3, kind);
        Jdbc.setInstant(ps, 4, now);
        Jdbc.setInstant(ps, 5, now);
        Jdbc.setInstant(ps, 6, now);
    }

    /**
     * Leases up to {@code max} due entries, earliest due first, for {@code leaseFor}: until
     * then no other call returns them. Each returned entry's attempts count this lease.
     *
     * <p>The cost does not grow with the frontier: the index on {@code (due_at, url)} yields
     * the earliest due rows first and the scan stops at {@code max}. On PostgreSQL the rows
     * are taken with {@code FOR UPDATE SKIP LOCKED}, so workers of many processes take
     * disjoint entries without waiting on each other, and claimed by the same statement. On
     * H2 a {@code FOR UPDATE} locks every row the scan touches before the limit applies (a
     * lease would cost in proportion to the due frontier), and locked rows are skipped before
     * the limit too; there the candidates are read without locks, under a lock of this process
     * (H2 is the single-process embedded database), and each is claimed by an update that only
     * succeeds while the entry is still due, so a second store on the same database can never
     * take the same entry.
     */
    public List<FrontierEntry> lease(int max, Duration leaseFor) {
        return lease(null, max, leaseFor);
    }

    /**
     * As {@link #lease(int, Duration)}, restricted to the entries of one source: a scraper
     * that paces requests per host takes work from a host whose next slot is free.
     */
    public List<FrontierEntry> leaseFrom(String sourceId, int max, Duration leaseFor) {
        return lease(Objects.requireNonNull(sourceId, "sourceId"), max, leaseFor);
    }

    private List<FrontierEntry> lease(String sourceId, int max, Duration leaseFor) {
        if (max <= 0) {
            throw new IllegalArgumentException("max must be positive: " + max);
        }
        if (leaseFor.isNegative() || leaseFor.isZero()) {
            throw new IllegalArgumentException("a lease must last a positive time: " + leaseFor);
        }
        if (db.vendor() == Vendor.POSTGRES) {
            // Redoable: a lost lease leaves the entry due as before, so it is leased and
            // fetched again; a fetch is repeatable and the article upsert idempotent.
            return db.writeRedoable("leasing frontier entries",
                    (c, vendor) -> leaseInOneStatement(c, sourceId, clock.instant(), max, leaseFor));
        }
        h2Leases.lock();
        try {
            return db.write("leasing frontier entries", (c, vendor) -> {
                Instant now = clock.instant();
                return claim(c, select(c, candidatesSql(sourceId), sourceId, now, max), now, leaseFor);
            });
        } finally {
            h2Leases.unlock();
        }
    }

    /**
     * The lease's candidate query: parameters the source (when given), the earliest and the
     * latest due time, and the limit. The lower bound matters: a completed entry's due time
     * is NULL, and H2 sorts NULLs first in the index, so without a lower bound the scan would
     * step over every completed entry before reaching the first due one, a cost growing with
     * the crawl (PostgreSQL sorts NULLs last; there the bound changes nothing).
     */
    static String candidatesSql(String sourceId) {
        return "SELECT url, source_id, kind, attempts FROM frontier WHERE "
                + (sourceId == null ? "" : "source_id = ? AND ") + DUE + " ORDER BY due_at, url LIMIT ?";
    }

    /**
     * PostgreSQL's lease: the candidates locked (skipping those other leases hold) and claimed
     * in one statement, one round trip, instead of a query and an update per entry; returned
     * earliest due first, as {@link #candidatesSql} orders them.
     */
    private static List<FrontierEntry> leaseInOneStatement(Connection c, String sourceId, Instant now, int max,
            Duration leaseFor) throws SQLException {
        String sql = "WITH candidate AS (SELECT url, due_at FROM frontier WHERE "
                + (sourceId == null ? "" : "source_id = ? AND ") + DUE
                + " ORDER BY due_at, url LIMIT ? FOR UPDATE SKIP LOCKED),"
                + " claimed AS (UPDATE frontier f SET state = 'leased', due_at = ?, attempts = f.attempts + 1,"
                + " updated_at = ? FROM candidate WHERE f.url = candidate.url"
                + " RETURNING f.url, f.source_id, f.kind, f.attempts, candidate.due_at AS was_due)"
                + " SELECT url, source_id, kind, attempts FROM claimed ORDER BY was_due, url";
        List<FrontierEntry> taken = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int next = bindCandidates(ps, sourceId, now, max);
            Jdbc.setInstant(ps, next, now.plus(leaseFor));
            Jdbc.setInstant(ps, next + 1, now);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    // attempts as updated: this lease counted
                    taken.add(new FrontierEntry(rs.getString("source_id"), rs.getString("url"), rs.getString("kind"),
                            rs.getInt("attempts")));
                }
            }
        }
        return taken;
    }

    /** Due by the time given as its second parameter: see {@link #candidatesSql}. */
    private static final String DUE = "due_at >= ? AND due_at <= ?";

    /** Before any due time the frontier sets: the lower bound of {@link #DUE}. */
    static final Instant EARLIEST_DUE = Instant.EPOCH;

    /** Binds the candidate query's parameters from index 1; returns the index of the next parameter. */
    static int bindCandidates(PreparedStatement ps, String sourceId, Instant now, int max) throws SQLException {
        int i = 1;
        if (sourceId != null) {
            ps.setString(i++, sourceId);
        }
        Jdbc.setInstant(ps, i++, EARLIEST_DUE);
        Jdbc.setInstant(ps, i++, now);
        ps.setInt(i++, max);
        return i;
    }

    private static List<FrontierEntry> select(Connection c, String sql, String sourceId, Instant now, int max)
            throws SQLException {
        List<FrontierEntry> found = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bindCandidates(ps, sourceId, now, max);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new FrontierEntry(rs.getString("source_id"), rs.getString("url"),
                            rs.getString("kind"), rs.getInt("attempts") + 1));
                }
            }
        }
        return found;
    }

    /** Moves the entries' due time to the lease's end, dropping those another store took since they were read. */
    private static List<FrontierEntry> claim(Connection c, List<FrontierEntry> entries, Instant now,
            Duration leaseFor) throws SQLException {
        if (entries.isEmpty()) {
            return entries;
        }
        List<FrontierEntry> claimed = new ArrayList<>(entries.size());
        try (PreparedStatement ps = c.prepareStatement("UPDATE frontier SET state = 'leased',"
                + " due_at = ?, attempts = ?, updated_at = ? WHERE url = ? AND due_at <= ?")) {
            for (FrontierEntry e : entries) {
                Jdbc.setInstant(ps, 1, now.plus(leaseFor));
                ps.setInt(2, e.attempts());
                Jdbc.setInstant(ps, 3, now);
                ps.setString(4, e.url());
                Jdbc.setInstant(ps, 5, now);
                if (ps.executeUpdate() == 1) {
                    claimed.add(e);
                }
            }
        }
        return claimed;
    }

    /** Marks {@code url} done for good, recording {@code outcome} (e.g. "stored", "skipped: robots"). */
    public void complete(String url, String outcome) {
        endLeases(List.of(LeaseEnd.completed(url, outcome)));
    }

    /** Makes {@code url} due again at {@code at}, recording why (e.g. "HTTP 503"). */
    public void retryLater(String url, Instant at, String reason) {
        endLeases(List.of(LeaseEnd.retryAt(url, at, reason)));
    }

    /**
     * Ends the leases of several URLs in one transaction and one round trip per kind of end, as
     * {@link #complete} and {@link #retryLater} would one by one: a worker that leases a few
     * URLs at a time ends them together. Throws if a URL is not in the frontier, and then ends
     * none.
     */
    public void endLeases(List<LeaseEnd> ends) {
        if (ends.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        // Redoable: a lost end leaves the lease to expire, and the URL is fetched again (a
        // lost retry comes at the lease's end instead of the time chosen).
        db.writeRedoable("ending the lease of " + ends.get(0).url()
                + (ends.size() > 1 ? " and " + (ends.size() - 1) + " more" : ""), (c, vendor) -> {
            List<LeaseEnd> completed = ends.stream().filter(LeaseEnd::isCompleted).toList();
            List<LeaseEnd> retried = ends.stream().filter(e -> !e.isCompleted()).toList();
            if (!completed.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE frontier SET state = 'done',"
                        + " due_at = NULL, outcome = ?, updated_at = ? WHERE url = ?")) {
                    for (LeaseEnd e : completed) {
                        ps.setString(1, truncate(e.note(), MAX_OUTCOME));
                        Jdbc.setInstant(ps, 2, now);
                        ps.setString(3, e.url());
                        ps.addBatch();
                    }
                    requireKnown(ps.executeBatch(), completed);
                }
            }
            if (!retried.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE frontier SET state = 'queued',"
                        + " due_at = ?, last_reason = ?, updated_at = ? WHERE url = ?")) {
                    for (LeaseEnd e : retried) {
                        Jdbc.setInstant(ps, 1, e.retryAt());
                        ps.setString(2, truncate(e.note(), MAX_REASON));
                        Jdbc.setInstant(ps, 3, now);
                        ps.setString(4, e.url());
                        ps.addBatch();
                    }
                    requireKnown(ps.executeBatch(), retried);
                }
            }
            return null;
        });
    }

    /**
     * A URL that a feed or sitemap lists again: a completed entry becomes due at {@code at},
     * so the page is checked for changes; an entry that is queued, leased to a worker or
     * waiting out a retry keeps its schedule, so relisting neither hands one URL to two
     * workers nor cuts a back-off short. True when the entry was made due again.
     */
    public boolean relist(String url, Instant at) {
        Objects.requireNonNull(url, "url");
        return relistAll(List.of(url), at) == 1;
    }

    /**
     * {@link #relist} for many URLs, in batches of {@value #BATCH} per transaction; URLs the
     * frontier does not know are ignored. Returns how many entries were made due again.
     */
    public int relistAll(Collection<String> urls, Instant at) {
        return relistAll(urls, at, Instant.MAX);
    }

    /**
     * As {@link #relistAll(Collection, Instant)}, reviving only entries completed before
     * {@code completedBefore}: a seeding passes its start, so a page that another scraper
     * completed while this one was still reading the sitemaps is not fetched again at once.
     */
    public int relistAll(Collection<String> urls, Instant at, Instant completedBefore) {
        Objects.requireNonNull(completedBefore, "completedBefore");
        Instant before = completedBefore.isAfter(MAX_TIME) ? MAX_TIME : completedBefore;
        Objects.requireNonNull(at, "at");
        int revived = 0;
        for (List<String> chunk : batches(urls)) {
            Instant now = clock.instant();
            // Redoable: a lost relisting is made again by the next seeding.
            revived += db.writeRedoable("relisting " + chunk.size() + " URLs", (c, vendor) -> {
                try (PreparedStatement ps = c.prepareStatement("UPDATE frontier SET state = 'queued', due_at = ?,"
                        + " last_reason = 'listed again', updated_at = ? WHERE url = ? AND due_at IS NULL"
                        + " AND updated_at < ?")) {
                    for (String url : chunk) {
                        Jdbc.setInstant(ps, 1, at);
                        Jdbc.setInstant(ps, 2, now);
                        ps.setString(3, url);
                        Jdbc.setInstant(ps, 4, before);
                        ps.addBatch();
                    }
                    int n = 0;
                    for (int count : ps.executeBatch()) {
                        // SUCCESS_NO_INFO (a driver rewriting batches) cannot be told apart: count it.
                        n += count == PreparedStatement.SUCCESS_NO_INFO ? 1 : Math.max(count, 0);
                    }
                    return n;
                }
            });
        }
        return revived;
    }

    /**
     * Reclaims the row versions that leases and completions left behind, on PostgreSQL
     * ({@code VACUUM}); nothing on H2, whose store rewrites its pages as it goes. The frontier
     * is a queue: every lease and every completion updates its row, and a lease's index scan
     * walks past every dead version not yet reclaimed. PostgreSQL's autovacuum reclaims them
     * once a fifth of the table is dead, at most once a minute, and not at all where it is
     * switched off; a crawl that vacuums as it goes keeps its leases cheap (docs/operations.md:
     * a 123,936-URL crawl, 118.2 s without, 106.8 and 105.8 s with).
     */
    public void reclaimDeadEntries() {
        if (db.vendor() != Vendor.POSTGRES) {
            return;
        }
        db.runOutsideTransaction("vacuuming the frontier", (c, vendor) -> {
            try (Statement s = c.createStatement()) {
                s.execute("VACUUM frontier");
            }
            return null;
        });
    }

    /** The number of entries a {@link #lease} could take now: due ones and expired leases. */
    public long pending() {
        Instant now = clock.instant();
        return db.read("counting due frontier entries", (c, vendor) -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM frontier WHERE " + DUE)) {
                Jdbc.setInstant(ps, 1, EARLIEST_DUE);
                Jdbc.setInstant(ps, 2, now);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** The distinct URLs in their first order, cut into runs of at most {@value #BATCH}. */
    private static List<List<String>> batches(Collection<String> urls) {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(urls));
        List<List<String>> batches = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += BATCH) {
            batches.add(distinct.subList(from, Math.min(distinct.size(), from + BATCH)));
        }
        return batches;
    }

    private static void requireKind(String kind) {
        if (!FrontierEntry.KINDS.contains(kind)) {
            throw new IllegalArgumentException("unknown frontier kind " + kind + ", expected one of "
                    + FrontierEntry.KINDS);
        }
    }

    private static void requireKnown(int[] updated, List<LeaseEnd> ends) {
        for (int i = 0; i < updated.length; i++) {
            // SUCCESS_NO_INFO (-2) is a success whose count the driver does not know.
            if (updated[i] == 0) {
                throw new IllegalArgumentException("not in the frontier: " + ends.get(i).url());
            }
        }
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
