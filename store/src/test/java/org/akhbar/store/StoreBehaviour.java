package org.akhbar.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.akhbar.domain.Article;
import org.akhbar.domain.ArticleId;
import org.akhbar.domain.RawPage;
import org.akhbar.domain.Source;
import org.akhbar.store.UpsertResult.Status;
import org.akhbar.store.internal.Database;
import org.akhbar.store.testing.MutableClock;
import org.akhbar.store.testing.StoreTestContext;
import org.akhbar.store.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The behaviour of every store, written once and run against each supported database: H2 in
 * {@code H2StoreTest}, PostgreSQL in {@code PostgresStoreIT}. Each test gets an empty,
 * freshly migrated database.
 */
abstract class StoreBehaviour {
    private static final Instant T0 = Instant.parse("2023-12-06T09:15:00Z");

    @TempDir
    Path tempDir;

    private TestDatabase database;
    private ApplicationContext context;
    private MutableClock clock;
    ArticleStore articles;
    RawPageStore rawPages;
    SourceStore sources;
    FrontierStore frontier;

    /** A new empty database for one test. */
    abstract TestDatabase newDatabase(Path tempDir);

    @BeforeEach
    void start() {
        database = newDatabase(tempDir);
        clock = new MutableClock(T0);
        context = StoreTestContext.start(database, clock);
        articles = context.getBean(ArticleStore.class);
        rawPages = context.getBean(RawPageStore.class);
        sources = context.getBean(SourceStore.class);
        frontier = context.getBean(FrontierStore.class);
    }

    @AfterEach
    void stop() {
        try {
            if (context != null) {
                context.close();
            }
        } finally {
            if (database != null) {
                database.close();
            }
        }
    }

    // --- articles and the change feed -------------------------------------------------------

    static Article article(String path, String title, String... paragraphs) {
        return Article.create(
                "https://akhbar.example/" + path + "?utm_source=feed",
                "https://akhbar.example/" + path,
                "sahara-demo",
                title,
                List.of(paragraphs),
                OffsetDateTime.of(2023, 12, 6, 10, 30, 0, 0, ZoneOffset.ofHours(1)),
                List.of("مراسل الجريدة"),
                "العيون",
                "ar",
                T0);
    }

    @Test
    void aNewArticleIsInsertedWithTheFirstSeq() {
        UpsertResult result = articles.upsert(article("a/1", "افتتاح معرض الكتاب في الرباط", "فقرة أولى."));

        assertThat(result).isEqualTo(new UpsertResult(Status.INSERTED, 1));
        assertThat(articles.lastSeq()).isEqualTo(1);
        assertThat(articles.count()).isEqualTo(1);
    }

    @Test
    void anEmptyStoreHasNoSeqAndNoArticles() {
        assertThat(articles.lastSeq()).isZero();
        assertThat(articles.count()).isZero();
        assertThat(articles.changesAfter(0, 10)).isEmpty();
    }

    @Test
    void storingTheSameContentAgainKeepsTheSeqAndRefreshesTheFetchTime() {
        Article first = article("a/1", "أمطار غزيرة على الساحل", "تهاطلت الأمطار طوال الليل.");
        articles.upsert(first);
        articles.upsert(article("a/2", "عنوان آخر", "نص آخر."));
        Instant later = T0.plus(Duration.ofHours(3));
        Article refetched = Article.create(first.url(), first.canonicalUrl(), first.sourceId(), first.title(),
                first.paragraphs(), first.publishedAt(), first.authors(), first.dateline(), "ar", later);

        UpsertResult result = articles.upsert(refetched);

        assertThat(result).isEqualTo(new UpsertResult(Status.UNCHANGED, 1));
        assertThat(articles.lastSeq()).isEqualTo(2);
        assertThat(articles.find(first.id())).get().extracting(Article::fetchedAt).isEqualTo(later);
    }

    @Test
    void changedContentTakesTheNextSeqAndReplacesTheArticle() {
        Article first = article("a/1", "حريق في سوق شعبي", "اندلع حريق صباح اليوم.");
        articles.upsert(first);
        Article corrected = article("a/1", "حريق محدود في سوق شعبي", "اندلع حريق محدود صباح اليوم.",
                "وتمكنت فرق الوقاية المدنية من إخماده.");

        UpsertResult result = articles.upsert(corrected);

        assertThat(result).isEqualTo(new UpsertResult(Status.UPDATED, 2));
        assertThat(articles.find(first.id())).contains(corrected.withSeq(2));
        assertThat(articles.count()).isEqualTo(1);
        assertThat(articles.changesAfter(0, 10)).extracting(Article::seq).containsExactly(2L);
    }

    /**
     * Articles written together (the way concurrent upserts share a transaction) are applied in
     * order: a later article with the same canonical URL sees the earlier one.
     */
    @Test
    void articlesStoredTogetherAreAppliedInOrderWithConsecutiveSeqs() {
        Article kept = article("batch/1", "قمة عربية في الجزائر", "افتتحت القمة أعمالها.");
        articles.upsert(kept);
        Article fresh = article("batch/2", "ارتفاع أسعار النفط", "ارتفعت الأسعار صباحاً.");
        Article corrected = article("batch/2", "ارتفاع طفيف لأسعار النفط", "ارتفعت الأسعار قليلاً صباحاً.");

        List<UpsertResult> results = articles.upsertAll(List.of(fresh, kept, corrected));

        assertThat(results).containsExactly(new UpsertResult(Status.INSERTED, 2),
                new UpsertResult(Status.UNCHANGED, 1), new UpsertResult(Status.UPDATED, 3));
        assertThat(articles.lastSeq()).isEqualTo(3);
        assertThat(articles.find(corrected.id())).contains(corrected.withSeq(3));
    }

    @Test
    void aBatchLargerThanOneLookupFindsEveryStoredArticle() {
        List<Article> first = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            first.add(article("many/" + i, "خبر رقم " + i, "نص الخبر " + i + "."));
        }
        articles.upsertAll(first);
        List<Article> again = new ArrayList<>(first);
        again.set(33, article("many/33", "خبر معدل", "نص معدل."));

        List<UpsertResult> results = articles.upsertAll(again);

        assertThat(results).filteredOn(r -> r.status() == Status.UNCHANGED).hasSize(39);
        assertThat(results.get(33)).isEqualTo(new UpsertResult(Status.UPDATED, 41));
        assertThat(articles.count()).isEqualTo(40);
    }

    @Test
    void writesJoinedInOneTransactionAllRollBackWhenOneFails() {
        Transactions transactions = context.getBean(Transactions.class);
        String url = "https://akhbar.example/p/joined";

        assertThatThrownBy(() -> transactions.write("a failing crawl step", () -> {
            rawPages.archiveAll(List.of(page(url, "<p>صفحة</p>".getBytes(WINDOWS_1256), T0)));
            articles.upsertAll(List.of(article("joined/1", "خبر", "نص.")));
            throw new IllegalStateException("the lease end failed");
        })).hasMessageContaining("the lease end failed");

        assertThat(rawPages.latest(url)).isEmpty();
        assertThat(articles.lastSeq()).isZero();
    }

    @Test
    void theChangeFeedListsVersionsAfterASeqInSeqOrderUpToTheLimit() {
        for (int i = 1; i <= 5; i++) {
            articles.upsert(article("feed/" + i, "خبر رقم " + i, "نص الخبر " + i + "."));
        }
        articles.upsert(article("feed/2", "خبر رقم 2 معدل", "نص معدل."));

        assertThat(articles.changesAfter(0, 100)).extracting(Article::seq).containsExactly(1L, 3L, 4L, 5L, 6L);
        assertThat(articles.changesAfter(3, 2)).extracting(Article::seq).containsExactly(4L, 5L);
        assertThat(articles.changesAfter(6, 10)).isEmpty();
        assertThat(articles.changesAfter(5, 10)).singleElement()
                .satisfies(a -> assertThat(a.title()).isEqualTo("خبر رقم 2 معدل"));
    }

    @Test
    void arabicTextRoundTripsUnchanged() {
        Article original = Article.create(
                "https://akhbar.example/مقالات/2023/مؤتمر-الماء",
                "https://akhbar.example/مقالات/2023/مؤتمر-الماء",
                "sahara-demo",
                "انطلاقُ أشغالِ المؤتمرِ الـ12 للماءِ والطاقةِ بـ«أكادير»",
                List.of(
                        "انطلقت صباح الأربعاء بمدينة أكادير أشغال المؤتمر الثاني عشر للماء والطاقة، بمشاركة خبراء من 14 بلدا.",
                        "وقال رئيس اللجنة المنظمة إنّ «الأمن المائي» أولويةٌ، مضيفاً: لا تنمية بلا ماء.",
                        "English words, ٣ أرقام هندية و 2023 أرقام عربية، وتطويل: العيـــــون."),
                OffsetDateTime.of(2023, 12, 6, 9, 0, 0, 0, ZoneOffset.ofHours(1)),
                List.of("فاطمة الزهراء بنعلي", "عبد الرحيم أوبلا"),
                "أكادير",
                "ar",
                T0);

        long seq = articles.upsert(original).seq();

        assertThat(articles.findByCanonicalUrl(original.canonicalUrl())).contains(original.withSeq(seq));
        assertThat(articles.find(ArticleId.ofCanonicalUrl(original.canonicalUrl()))).contains(original.withSeq(seq));
    }

    @Test
    void publishedAtKeepsTheOffsetThePageGave() {
        OffsetDateTime rabat = OffsetDateTime.of(2023, 12, 6, 10, 0, 0, 0, ZoneOffset.ofHours(1));
        OffsetDateTime riyadh = OffsetDateTime.of(2023, 12, 6, 12, 0, 0, 0, ZoneOffset.ofHours(3));
        articles.upsert(withPublished(article("tz/rabat", "خبر من الرباط", "نص."), rabat));
        articles.upsert(withPublished(article("tz/riyadh", "خبر من الرياض", "نص."), riyadh));
        articles.upsert(withPublished(article("tz/none", "خبر بلا تاريخ", "نص."), null));

        assertThat(articles.findByCanonicalUrl("https://akhbar.example/tz/rabat").orElseThrow().publishedAt())
                .isEqualTo(rabat).hasToString("2023-12-06T10:00+01:00");
        assertThat(articles.findByCanonicalUrl("https://akhbar.example/tz/riyadh").orElseThrow().publishedAt())
                .isEqualTo(riyadh).hasToString("2023-12-06T12:00+03:00");
        assertThat(articles.findByCanonicalUrl("https://akhbar.example/tz/none").orElseThrow().publishedAt())
                .isNull();
    }

    private static Article withPublished(Article a, OffsetDateTime publishedAt) {
        return Article.create(a.url(), a.canonicalUrl(), a.sourceId(), a.title(), a.paragraphs(), publishedAt,
                a.authors(), a.dateline(), a.language(), a.fetchedAt());
    }

    @Test
    void findingAnUnknownArticleGivesNothing() {
        assertThat(articles.find(ArticleId.ofCanonicalUrl("https://akhbar.example/none"))).isEmpty();
        assertThat(articles.findByCanonicalUrl("https://akhbar.example/none")).isEmpty();
    }

    @Test
    void aDeletionIsATombstoneInTheFeedWithItsOwnSeq() {
        Article kept = article("del/kept", "خبر باق", "نص باق.");
        Article gone = article("del/gone", "خبر محذوف", "نص محذوف.");
        articles.upsert(gone);
        articles.upsert(kept);
        Instant when = T0.plus(Duration.ofDays(1));

        Article tombstone = articles.delete(gone.id(), when).orElseThrow();

        assertThat(tombstone.seq()).isEqualTo(3);
        assertThat(tombstone.deletedAt()).isEqualTo(when);
        assertThat(tombstone.title()).isEqualTo(gone.title());
        assertThat(articles.count()).isEqualTo(1);
        assertThat(articles.lastSeq()).isEqualTo(3);
        assertThat(articles.changesAfter(2, 10)).containsExactly(tombstone);
        assertThat(articles.find(gone.id())).contains(tombstone);
    }

    @Test
    void deletingATombstoneAgainChangesNothing() {
        Article a = article("del/twice", "خبر", "نص.");
        articles.upsert(a);
        Article tombstone = articles.delete(a.id(), T0).orElseThrow();

        assertThat(articles.delete(a.id(), T0.plusSeconds(60))).contains(tombstone);
        assertThat(articles.lastSeq()).isEqualTo(tombstone.seq());
    }

    @Test
    void deletingAnUnknownArticleGivesNothingAndTakesNoSeq() {
        assertThat(articles.delete(ArticleId.ofCanonicalUrl("https://akhbar.example/none"), T0)).isEmpty();
        assertThat(articles.lastSeq()).isZero();
    }

    @Test
    void storingADeletedArticleAgainRevivesItWithANewSeq() {
        Article a = article("del/revived", "خبر يعود", "نص الخبر.");
        articles.upsert(a);
        articles.delete(a.id(), T0);

        UpsertResult result = articles.upsert(a);

        assertThat(result).isEqualTo(new UpsertResult(Status.UPDATED, 3));
        Article revived = articles.find(a.id()).orElseThrow();
        assertThat(revived.isDeleted()).isFalse();
        assertThat(revived.seq()).isEqualTo(3);
        assertThat(articles.count()).isEqualTo(1);
        assertThat(articles.changesAfter(2, 10)).containsExactly(a.withSeq(3));
    }

    @Test
    void aParagraphWithALineBreakIsRejectedBecauseItWouldComeBackAsTwo() {
        Article broken = article("bad/1", "عنوان", "سطر أول\nسطر ثان");

        assertThatThrownBy(() -> articles.upsert(broken))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line break");
        assertThat(articles.lastSeq()).isZero();
    }

    /**
     * Writers upsert concurrently while a reader tails the feed the way the indexer does,
     * remembering only the highest seq it applied. If a seq could become visible after a
     * higher one, the reader would step over it and end up missing that article version.
     */
    @Test
    void aReaderTailingTheFeedNeverMissesAVersionWhileWritersRace() throws Exception {
        int writers = 8;
        int upsertsPerWriter = 60;
        Map<String, Article> applied = new HashMap<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        try {
            Future<Long> reader = pool.submit(() -> {
                long last = 0;
                go.await();
                boolean drained = false;
                while (!drained) {
                    // Read the flag before the batch: once writers are done, one more empty
                    // batch proves the reader has caught up.
                    boolean finalPass = !writing.get();
                    List<Article> batch = articles.changesAfter(last, 7);
                    for (Article a : batch) {
                        assertThat(a.seq()).isGreaterThan(last);
                        last = a.seq();
                        applied.put(a.canonicalUrl(), a);
                    }
                    drained = finalPass && batch.isEmpty();
                }
                return last;
            });
            List<Future<?>> work = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                work.add(pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < upsertsPerWriter; i++) {
                        // Every third write rewrites one of this writer's earlier articles.
                        int n = i % 3 == 2 ? i - 2 : i;
                        articles.upsert(article("race/" + writer + "/" + n, "خبر " + writer + "-" + n,
                                "النسخة " + i + " من الخبر."));
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : work) {
                f.get();
            }
            writing.set(false);
            long lastSeen = reader.get();

            List<Article> everything = articles.changesAfter(0, 10_000);
            assertThat(lastSeen).isEqualTo(articles.lastSeq()).isEqualTo((long) writers * upsertsPerWriter);
            assertThat(everything).hasSize(writers * (upsertsPerWriter - upsertsPerWriter / 3));
            List<String> missed = everything.stream()
                    .filter(a -> !a.equals(applied.get(a.canonicalUrl())))
                    .map(a -> a.canonicalUrl() + " at seq " + a.seq())
                    .toList();
            assertThat(missed).as("article versions the tailing reader stepped over").isEmpty();
            assertThat(applied).hasSameSizeAs(everything);
        } finally {
            pool.shutdownNow();
        }
    }

    // --- raw pages --------------------------------------------------------------------------

    private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

    static RawPage page(String url, byte[] body, Instant fetchedAt) {
        return new RawPage("sahara-demo", url, url + "?amp=0", 200,
                Map.of("Content-Type", List.of("text/html; charset=windows-1256"),
                        "Set-Cookie", List.of("a=1; Path=/", "b=2")),
                body, fetchedAt);
    }

    @Test
    void anArchivedPageComesBackByteForByteWithItsHeaders() {
        byte[] body = ("<html><head><meta charset=\"windows-1256\"></head><body><h1>"
                + "تدشين محطة لتحلية مياه البحر بالداخلة</h1><p>دشّن المسؤولون اليوم محطة جديدة.</p>"
                + "</body></html>").getBytes(WINDOWS_1256);
        RawPage original = page("https://akhbar.example/p/1", body, T0);

        rawPages.archive(original);
        RawPage back = rawPages.latest(original.url()).orElseThrow();

        assertThat(back.body()).isEqualTo(body);
        assertThat(new String(back.body(), WINDOWS_1256)).contains("تحلية مياه البحر");
        assertThat(back.headers()).isEqualTo(original.headers());
        assertThat(back.header("set-cookie")).isEqualTo("a=1; Path=/");
        assertThat(back).usingRecursiveComparison().ignoringFields("body").isEqualTo(original);
    }

    @Test
    void anArchivedBodyIsStoredGzipped() {
        byte[] body = "<p>نص مكرر للضغط</p>\n".repeat(200).getBytes(WINDOWS_1256);
        long id = rawPages.archive(page("https://akhbar.example/p/gz", body, T0));

        byte[] stored = storedBody(id);

        assertThat(stored.length).isLessThan(body.length / 5);
        assertThat(stored[0] & 0xff).isEqualTo(0x1f);
        assertThat(stored[1] & 0xff).isEqualTo(0x8b);
    }

    private byte[] storedBody(long id) {
        return context.getBean(Database.class).read("reading a stored body", (c, vendor) -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT body_gzip FROM raw_page WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    return rs.getBytes(1);
                }
            }
        });
    }

    @Test
    void anIdenticalBodyFetchedAgainIsStoredOnceWithTheNewFetchTime() {
        String url = "https://akhbar.example/p/same";
        byte[] body = "<p>صفحة لا تتغير</p>".getBytes(WINDOWS_1256);
        long first = rawPages.archive(page(url, body, T0));

        long second = rawPages.archive(page(url, body.clone(), T0.plusSeconds(3600)));

        assertThat(second).isEqualTo(first);
        assertThat(rawPages.latest(url).orElseThrow().fetchedAt()).isEqualTo(T0.plusSeconds(3600));
    }

    @Test
    void aChangedBodyIsANewVersionAndTheLatestWins() {
        String url = "https://akhbar.example/p/changing";
        long first = rawPages.archive(page(url, "<p>النسخة الأولى</p>".getBytes(WINDOWS_1256), T0));

        long second = rawPages.archive(page(url, "<p>النسخة الثانية</p>".getBytes(WINDOWS_1256), T0.plusSeconds(60)));

        assertThat(second).isNotEqualTo(first);
        assertThat(new String(rawPages.latest(url).orElseThrow().body(), WINDOWS_1256)).contains("الثانية");
        assertThat(rawPages.latest("https://akhbar.example/p/unknown")).isEmpty();
    }

    @Test
    void pagesArchivedTogetherAreStoredOrRefreshedAsOneByOne() {
        String same = "https://akhbar.example/p/batch-same";
        String changed = "https://akhbar.example/p/batch-changed";
        long sameId = rawPages.archive(page(same, "<p>ثابت</p>".getBytes(WINDOWS_1256), T0));
        rawPages.archive(page(changed, "<p>قديم</p>".getBytes(WINDOWS_1256), T0));
        List<RawPage> batch = new ArrayList<>();
        batch.add(page(same, "<p>ثابت</p>".getBytes(WINDOWS_1256), T0.plusSeconds(60)));
        batch.add(page(changed, "<p>جديد</p>".getBytes(WINDOWS_1256), T0.plusSeconds(60)));
        for (int i = 0; i < 20; i++) {
            batch.add(page("https://akhbar.example/p/batch-new/" + i, ("<p>صفحة " + i + "</p>").getBytes(WINDOWS_1256),
                    T0.plusSeconds(60)));
        }

        rawPages.archiveAll(batch);

        RawPage sameBack = rawPages.latest(same).orElseThrow();
        assertThat(sameBack.fetchedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(idOfLatest(same)).isEqualTo(sameId);
        assertThat(new String(rawPages.latest(changed).orElseThrow().body(), WINDOWS_1256)).contains("جديد");
        assertThat(rawPages.latest("https://akhbar.example/p/batch-new/19").orElseThrow().body())
                .isEqualTo("<p>صفحة 19</p>".getBytes(WINDOWS_1256));
    }

    private long idOfLatest(String url) {
        return context.getBean(Database.class).read("reading an archived id", (c, vendor) -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT MAX(id) FROM raw_page WHERE url = ?")) {
                ps.setString(1, url);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    @Test
    void everyUrlsLatestVersionIsHandedOutOnceAcrossBatches() {
        int urls = 230;
        for (int i = 0; i < urls; i++) {
            String url = "https://akhbar.example/bulk/" + i;
            rawPages.archive(page(url, ("<p>قديم " + i + "</p>").getBytes(WINDOWS_1256), T0));
            if (i % 2 == 0) {
                rawPages.archive(page(url, ("<p>جديد " + i + "</p>").getBytes(WINDOWS_1256), T0.plusSeconds(1)));
            }
        }
        Map<String, String> seen = new ConcurrentHashMap<>();
        List<String> order = Collections.synchronizedList(new ArrayList<>());

        rawPages.forEachLatest(p -> {
            order.add(p.url());
            seen.put(p.url(), new String(p.body(), WINDOWS_1256));
        });

        assertThat(order).hasSize(urls).doesNotHaveDuplicates();
        assertThat(seen.get("https://akhbar.example/bulk/4")).contains("جديد 4");
        assertThat(seen.get("https://akhbar.example/bulk/5")).contains("قديم 5");
    }

    // --- sources ----------------------------------------------------------------------------

    static Source source(String id, String name) {
        return new Source(id, name, URI.create("https://" + id + ".example/"),
                List.of(URI.create("https://" + id + ".example/feed/")),
                List.of(URI.create("https://" + id + ".example/sitemap.xml")),
                List.of(URI.create("https://" + id + ".example/category/محلي/"),
                        URI.create("https://" + id + ".example/category/وطني/")),
                ZoneId.of("Asia/Riyadh"));
    }

    @Test
    void aSavedSourceIsFoundAndListed() {
        Source a = source("wadi-news", "أخبار الوادي");
        Source b = source("akhbar-sahel", "أخبار الساحل");
        sources.save(a);
        sources.save(b);

        assertThat(sources.find("wadi-news")).contains(a);
        assertThat(sources.all()).containsExactly(b, a);
        assertThat(sources.find("none")).isEmpty();
    }

    @Test
    void savingASourceAgainReplacesIt() {
        sources.save(source("wadi-news", "أخبار الوادي"));
        Source renamed = new Source("wadi-news", "جريدة الوادي", URI.create("https://wadi.example/"),
                List.of(), null, null, null);

        sources.save(renamed);

        assertThat(sources.all()).containsExactly(renamed);
        assertThat(sources.find("wadi-news").orElseThrow().timezone()).isEqualTo(Source.DEFAULT_TIMEZONE);
    }

    // --- frontier ---------------------------------------------------------------------------

    @Test
    void aUrlIsEnqueuedOnlyOnce() {
        assertThat(frontier.enqueue("wadi-news", "https://wadi.example/a/1", FrontierEntry.ARTICLE)).isTrue();
        assertThat(frontier.enqueue("wadi-news", "https://wadi.example/a/1", FrontierEntry.ARTICLE)).isFalse();
        assertThat(frontier.enqueue("wadi-news", "https://wadi.example/feed/", FrontierEntry.FEED)).isTrue();
        assertThat(frontier.pending()).isEqualTo(2);
    }

    @Test
    void anUnknownKindIsRejected() {
        assertThatThrownBy(() -> frontier.enqueue("wadi-news", "https://wadi.example/x", "video"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("video");
    }

    /** Enqueues the article URLs https://wadi.example/a/1 to /{@code count} of source wadi-news, in order. */
    private void enqueueArticles(int count) {
        for (int i = 1; i <= count; i++) {
            frontier.enqueue("wadi-news", "https://wadi.example/a/" + i, FrontierEntry.ARTICLE);
        }
    }

    @Test
    void aLeasedEntryIsNotHandedOutAgainUntilTheLeaseEnds() {
        enqueueArticles(2);

        List<FrontierEntry> first = frontier.lease(10, Duration.ofMinutes(5));

        assertThat(first).containsExactly(
                new FrontierEntry("wadi-news", "https://wadi.example/a/1", "article", 1),
                new FrontierEntry("wadi-news", "https://wadi.example/a/2", "article", 1));
        assertThat(frontier.lease(10, Duration.ofMinutes(5))).isEmpty();
        assertThat(frontier.pending()).isZero();

        clock.advance(Duration.ofMinutes(5).plusSeconds(1));

        assertThat(frontier.pending()).isEqualTo(2);
        assertThat(frontier.lease(1, Duration.ofMinutes(5))).containsExactly(
                new FrontierEntry("wadi-news", "https://wadi.example/a/1", "article", 2));
    }

    @Test
    void aCompletedUrlIsNeitherLeasedNorEnqueuedAgain() {
        frontier.enqueue("wadi-news", "https://wadi.example/a/1", FrontierEntry.ARTICLE);
        frontier.lease(10, Duration.ofMinutes(5));

        frontier.complete("https://wadi.example/a/1", "stored");
        clock.advance(Duration.ofDays(1));

        assertThat(frontier.pending()).isZero();
        assertThat(frontier.lease(10, Duration.ofMinutes(5))).isEmpty();
        assertThat(frontier.enqueue("wadi-news", "https://wadi.example/a/1", FrontierEntry.ARTICLE)).isFalse();
    }

    @Test
    void leasesEndedTogetherAreEachCompletedOrRescheduled() {
        enqueueArticles(3);
        frontier.lease(10, Duration.ofMinutes(5));

        frontier.endLeases(List.of(LeaseEnd.completed("https://wadi.example/a/1", "stored"),
                LeaseEnd.retryAt("https://wadi.example/a/2", T0.plus(Duration.ofHours(1)), "HTTP 503"),
                LeaseEnd.completed("https://wadi.example/a/3", "skipped: not an article")));

        clock.advance(Duration.ofHours(1));
        assertThat(frontier.lease(10, Duration.ofMinutes(5))).containsExactly(
                new FrontierEntry("wadi-news", "https://wadi.example/a/2", "article", 2));
    }

    @Test
    void reclaimingDeadEntriesMidCrawlChangesNoEntry() {
        enqueueArticles(4);
        frontier.lease(3, Duration.ofMinutes(5));
        frontier.endLeases(List.of(LeaseEnd.completed("https://wadi.example/a/1", "stored"),
                LeaseEnd.retryAt("https://wadi.example/a/2", T0.plus(Duration.ofHours(1)), "HTTP 503")));

        // Twice, and while a lease is held: on PostgreSQL a VACUUM outside any transaction.
        frontier.reclaimDeadEntries();
        frontier.reclaimDeadEntries();

        assertThat(frontier.lease(10, Duration.ofMinutes(5))).containsExactly(
                new FrontierEntry("wadi-news", "https://wadi.example/a/4", "article", 1));
        clock.advance(Duration.ofHours(1));
        // The retry is due, and both unfinished leases have run out.
        assertThat(frontier.lease(10, Duration.ofMinutes(5))).containsExactlyInAnyOrder(
                new FrontierEntry("wadi-news", "https://wadi.example/a/2", "article", 2),
                new FrontierEntry("wadi-news", "https://wadi.example/a/3", "article", 2),
                new FrontierEntry("wadi-news", "https://wadi.example/a/4", "article", 2));
        assertThat(frontier.enqueue("wadi-news", "https://wadi.example/a/1", FrontierEntry.ARTICLE)).isFalse();
    }

    @Test
    void endingLeasesWithAnUnknownUrlEndsNoneOfThem() {
        frontier.enqueue("wadi-news", "https://wadi.example/a/1", FrontierEntry.ARTICLE);
        frontier.lease(10, Duration.ofMinutes(5));

        assertThatThrownBy(() -> frontier.endLeases(List.of(LeaseEnd.completed("https://wadi.example/a/1", "stored"),
                LeaseEnd.completed("https://wadi.example/nowhere", "stored"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("https://wadi.example/nowhere");

        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertThat(frontier.lease(10, Duration.ofMinutes(5))).extracting(FrontierEntry::url)
                .containsExactly("https://wadi.example/a/1");
    }

    @Test
    void aUrlToRetryIsDueAgainAtTheChosenTime() {
        frontier.enqueue("wadi-news", "https://wadi.example/feed/", FrontierEntry.FEED);
        frontier.lease(10, Duration.ofMinutes(5));

        frontier.retryLater("https://wadi.example/feed/", T0.plus(Duration.ofHours(1)), "HTTP 503");

        clock.advance(Duration.ofMinutes(30));
        assertThat(frontier.lease(10, Duration.ofMinutes(5))).isEmpty();
        clock.advance(Duration.ofMinutes(30));
        assertThat(frontier.lease(10, Duration.ofMinutes(5))).containsExactly(
                new FrontierEntry("wadi-news", "https://wadi.example/feed/", "feed", 2));
    }

    @Test
    void aCompletedFeedCanBeScheduledForTheNextPoll() {
        frontier.enqueue("wadi-news", "https://wadi.example/feed/", FrontierEntry.FEED);
        frontier.lease(1, Duration.ofMinutes(5));
        frontier.complete("https://wadi.example/feed/", "stored");

        frontier.retryLater("https://wadi.example/feed/", T0.plus(Duration.ofMinutes(15)), "next poll");
        clock.advance(Duration.ofMinutes(15));

        assertThat(frontier.lease(1, Duration.ofMinutes(5))).extracting(FrontierEntry::url)
                .containsExactly("https://wadi.example/feed/");
    }

    @Test
    void relistingRevivesOnlyACompletedEntry() {
        String done = "https://wadi.example/a/1";
        String leased = "https://wadi.example/a/2";
        String backingOff = "https://wadi.example/a/3";
        for (String url : List.of(done, leased, backingOff)) {
            frontier.enqueue("wadi-news", url, FrontierEntry.ARTICLE);
        }
        frontier.lease(10, Duration.ofMinutes(5));
        frontier.complete(done, "stored");
        frontier.retryLater(backingOff, T0.plus(Duration.ofHours(2)), "HTTP 503");

        assertThat(frontier.relist(done, T0)).isTrue();
        assertThat(frontier.relist(leased, T0)).isFalse();
        assertThat(frontier.relist(backingOff, T0)).isFalse();
        assertThat(frontier.relist("https://wadi.example/unknown", T0)).isFalse();

        assertThat(frontier.lease(10, Duration.ofMinutes(5))).extracting(FrontierEntry::url).containsExactly(done);
        clock.advance(Duration.ofMinutes(5));
        assertThat(frontier.lease(10, Duration.ofMinutes(5))).extracting(FrontierEntry::url)
                .containsExactlyInAnyOrder(done, leased);
    }

    @Test
    void endingTheLeaseOfAnUnknownUrlIsAnError() {
        assertThatThrownBy(() -> frontier.complete("https://wadi.example/none", "stored"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not in the frontier");
        assertThatThrownBy(() -> frontier.retryLater("https://wadi.example/none", T0, "HTTP 500"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not in the frontier");
    }

    @Test
    void concurrentWorkersLeaseDisjointEntries() throws Exception {
        int urls = 120;
        for (int i = 0; i < urls; i++) {
            frontier.enqueue("wadi-news", "https://wadi.example/c/" + i, FrontierEntry.ARTICLE);
        }
        int workers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<List<String>>> results = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                results.add(pool.submit(() -> {
                    go.await();
                    List<String> mine = new ArrayList<>();
                    List<FrontierEntry> got;
                    while (!(got = frontier.lease(7, Duration.ofHours(1))).isEmpty()) {
                        got.forEach(e -> mine.add(e.url()));
                    }
                    return mine;
                }));
            }
            go.countDown();
            List<String> all = new ArrayList<>();
            for (Future<List<String>> r : results) {
                all.addAll(r.get());
            }
            Set<String> distinct = new HashSet<>(all);
            assertThat(all).hasSize(urls);
            assertThat(distinct).hasSize(urls);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void enqueueingManyAddsOnlyTheUnknownUrlsAndReportsThem() {
        frontier.enqueue("wadi-news", "https://wadi.example/a/1", FrontierEntry.ARTICLE);
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < 1_234; i++) {
            urls.add("https://wadi.example/a/" + i);
        }
        urls.add("https://wadi.example/a/7");

        Set<String> added = frontier.enqueueAll("wadi-news", urls, FrontierEntry.ARTICLE);

        assertThat(added).hasSize(1_233).doesNotContain("https://wadi.example/a/1");
        assertThat(frontier.pending()).isEqualTo(1_234);
        assertThat(frontier.enqueueAll("wadi-news", urls, FrontierEntry.ARTICLE)).isEmpty();
    }

    @Test
    void relistingManyRevivesOnlyTheCompletedEntries() {
        frontier.enqueueAll("wadi-news", List.of("https://wadi.example/a/1", "https://wadi.example/a/2",
                "https://wadi.example/a/3"), FrontierEntry.ARTICLE);
        frontier.lease(3, Duration.ofMinutes(5));
        frontier.complete("https://wadi.example/a/1", "stored");
        frontier.complete("https://wadi.example/a/2", "stored");

        int revived = frontier.relistAll(List.of("https://wadi.example/a/1", "https://wadi.example/a/2",
                "https://wadi.example/a/3", "https://wadi.example/unknown"), T0);

        assertThat(revived).isEqualTo(2);
        assertThat(frontier.lease(10, Duration.ofMinutes(5))).extracting(FrontierEntry::url)
                .containsExactly("https://wadi.example/a/1", "https://wadi.example/a/2");
    }

    @Test
    void aSeedingRevivesNoPageCompletedSinceItStarted() {
        frontier.enqueueAll("wadi-news", List.of("https://wadi.example/a/1", "https://wadi.example/a/2"),
                FrontierEntry.ARTICLE);
        frontier.lease(2, Duration.ofMinutes(5));
        frontier.complete("https://wadi.example/a/1", "stored");
        clock.advance(Duration.ofSeconds(5));
        Instant seedingStarted = clock.instant();
        clock.advance(Duration.ofSeconds(5));
        frontier.complete("https://wadi.example/a/2", "stored");

        int revived = frontier.relistAll(List.of("https://wadi.example/a/1", "https://wadi.example/a/2"),
                clock.instant(), seedingStarted);

        assertThat(revived).isEqualTo(1);
        assertThat(frontier.lease(10, Duration.ofMinutes(5))).extracting(FrontierEntry::url)
                .containsExactly("https://wadi.example/a/1");
    }

    @Test
    void leasingFromOneSourceTakesOnlyItsEntriesInDueOrder() {
        frontier.enqueue("wadi-news", "https://wadi.example/a/1", FrontierEntry.ARTICLE);
        clock.advance(Duration.ofSeconds(1));
        frontier.enqueue("sahel-news", "https://sahel.example/a/1", FrontierEntry.ARTICLE);
        clock.advance(Duration.ofSeconds(1));
        frontier.enqueue("sahel-news", "https://sahel.example/a/0", FrontierEntry.ARTICLE);

        assertThat(frontier.leaseFrom("sahel-news", 10, Duration.ofMinutes(5))).extracting(FrontierEntry::url)
                .containsExactly("https://sahel.example/a/1", "https://sahel.example/a/0");
        assertThat(frontier.leaseFrom("sahel-news", 10, Duration.ofMinutes(5))).isEmpty();
        assertThat(frontier.lease(10, Duration.ofMinutes(5))).extracting(FrontierEntry::url)
                .containsExactly("https://wadi.example/a/1");
    }

    @Test
    void twoStoresOnOneDatabaseNeverLeaseTheSameEntry() throws Exception {
        // A second context is a second process as far as the frontier can tell: its own
        // connection pool and its own in-process lease lock.
        try (ApplicationContext other = StoreTestContext.start(database, clock)) {
            FrontierStore second = other.getBean(FrontierStore.class);
            int urls = 200;
            List<String> all = new ArrayList<>();
            for (int i = 0; i < urls; i++) {
                all.add("https://wadi.example/p/" + i);
            }
            frontier.enqueueAll("wadi-news", all, FrontierEntry.ARTICLE);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<List<String>>> results = new ArrayList<>();
                for (FrontierStore store : List.of(frontier, second, frontier, second)) {
                    results.add(pool.submit(() -> {
                        List<String> mine = new ArrayList<>();
                        for (int idle = 0; idle < 3; ) {
                            List<FrontierEntry> got = store.lease(3, Duration.ofHours(1));
                            got.forEach(e -> mine.add(e.url()));
                            idle = got.isEmpty() ? idle + 1 : 0;
                        }
                        return mine;
                    }));
                }
                List<String> leased = new ArrayList<>();
                for (Future<List<String>> r : results) {
                    leased.addAll(r.get());
                }
                assertThat(leased).hasSize(urls).doesNotHaveDuplicates();
            } finally {
                pool.shutdownNow();
            }
        }
    }

    // --- the shared per-host schedule ---------------------------------------------------------

    @Test
    void aHostsSlotIsGrantedOnlyOncePerDelayAndOtherHostsAreNotHeldUp() {
        HostScheduleStore schedule = context.getBean(HostScheduleStore.class);
        Duration delay = Duration.ofMillis(250);

        assertThat(schedule.claim("wadi.example", delay)).isEqualTo(new HostScheduleStore.Claim(true, T0.plusMillis(250)));
        assertThat(schedule.claim("wadi.example", delay)).isEqualTo(new HostScheduleStore.Claim(false, T0.plusMillis(250)));
        assertThat(schedule.claim("sahel.example", delay).granted()).isTrue();

        clock.advance(Duration.ofMillis(249));
        assertThat(schedule.claim("wadi.example", delay).granted()).isFalse();
        clock.advance(Duration.ofMillis(1));
        assertThat(schedule.claim("wadi.example", delay)).isEqualTo(new HostScheduleStore.Claim(true, T0.plusMillis(500)));
    }

    @Test
    void aReleasedHostIsFreeTheDelayAfterTheReleaseAndAStaleReleaseChangesNothing() {
        HostScheduleStore schedule = context.getBean(HostScheduleStore.class);
        HostScheduleStore.Claim held = schedule.claim("wadi.example", Duration.ofMinutes(2));
        clock.advance(Duration.ofSeconds(3));

        schedule.release("wadi.example", held.nextFreeAt(), Duration.ofMillis(100));

        assertThat(schedule.claim("wadi.example", Duration.ofMillis(100)).nextFreeAt())
                .isEqualTo(T0.plusSeconds(3).plusMillis(100));
        clock.advance(Duration.ofMillis(100));
        HostScheduleStore.Claim next = schedule.claim("wadi.example", Duration.ofMinutes(2));
        assertThat(next.granted()).isTrue();
        schedule.release("wadi.example", held.nextFreeAt(), Duration.ZERO);
        assertThat(schedule.claim("wadi.example", Duration.ofMillis(100))).isEqualTo(new HostScheduleStore.Claim(false, next.nextFreeAt()));
    }

    @Test
    void concurrentClaimsFromTwoStoresGrantOneSlot() throws Exception {
        try (ApplicationContext other = StoreTestContext.start(database, clock)) {
            List<HostScheduleStore> stores = List.of(context.getBean(HostScheduleStore.class),
                    other.getBean(HostScheduleStore.class));
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<Integer>> results = new ArrayList<>();
                for (int w = 0; w < 4; w++) {
                    HostScheduleStore store = stores.get(w % 2);
                    results.add(pool.submit(() -> {
                        int granted = 0;
                        for (int i = 0; i < 25; i++) {
                            granted += store.claim("wadi.example", Duration.ofMillis(100)).granted() ? 1 : 0;
                        }
                        return granted;
                    }));
                }
                int granted = 0;
                for (Future<Integer> r : results) {
                    granted += r.get();
                }
                assertThat(granted).isEqualTo(1);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
