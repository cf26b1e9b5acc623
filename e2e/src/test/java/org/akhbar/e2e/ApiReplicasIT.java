package org.akhbar.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.akhbar.domain.Article;
import org.akhbar.store.ArticleStore;
import org.akhbar.store.testing.PostgresTestDatabase;
import org.akhbar.store.testing.StoreTestContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * API replicas that share no disk with the indexer: PostgreSQL, one continuous indexer and two
 * API processes started with {@code --replicate-from}, each copying the index into a directory
 * of its own. Articles are written straight to the store, as a scraper would.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApiReplicasIT {
    private static final Duration NEW_ARTICLE_BUDGET = Duration.ofSeconds(5);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Path work;
    private Path logs;
    private PostgresTestDatabase database;
    private ApplicationContext storeContext;
    private ArticleStore store;
    private int indexerPort;
    private ServiceProcess indexer;
    /** Two replicas for every test, and a third, slow one for a kill in the middle of a copy. */
    private final ServiceProcess[] replicas = new ServiceProcess[3];
    private final int[] replicaPorts = new int[3];
    private int written;

    @BeforeAll
    void start() throws Exception {
        work = Files.createTempDirectory("akhbar-replicas");
        logs = work.resolve("logs");
        database = PostgresTestDatabase.create();
        storeContext = StoreTestContext.start(database);
        store = storeContext.getBean(ArticleStore.class);
        write("الأولى");
        indexerPort = freePort();
        startIndexer();
        for (int i = 0; i < 3; i++) {
            replicaPorts[i] = freePort();
        }
        for (int i = 0; i < 2; i++) {
            startReplica(i);
        }
        for (int i = 0; i < 2; i++) {
            awaitHealthy(i);
        }
    }

    @AfterAll
    void stop() throws Exception {
        for (ServiceProcess r : replicas) {
            if (r != null) {
                r.close();
            }
        }
        if (indexer != null) {
            indexer.close();
        }
        if (storeContext != null) {
            storeContext.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    @Order(1)
    void anArticleStoredAfterTheStartIsFoundByBothReplicasWithinFiveSeconds() throws Exception {
        String word = write("الثانية");
        Instant stored = Instant.now();
        for (int i = 0; i < 2; i++) {
            awaitFound(i, word, stored.plus(NEW_ARTICLE_BUDGET));
            System.out.printf("replica %d found the new article %d ms after it was stored%n", i,
                    Duration.between(stored, Instant.now()).toMillis());
        }
    }

    @Test
    @Order(2)
    void searchesWhileRevisionsArriveAreAllAnswered() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.concurrent.ConcurrentLinkedQueue<String> bad = new java.util.concurrent.ConcurrentLinkedQueue<>();
        java.util.concurrent.atomic.AtomicInteger answered = new java.util.concurrent.atomic.AtomicInteger();
        List<Thread> searchers = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int replica = i % 2;
            searchers.add(Thread.ofPlatform().start(() -> {
                while (writing.get()) {
                    try {
                        HttpResponse<String> r = send(replicaBase(replica).resolve(
                                "/api/v1/search?q=" + URLEncoder.encode("الخبر", StandardCharsets.UTF_8)));
                        if (r.statusCode() != 200) {
                            bad.add(r.statusCode() + " " + r.body());
                        }
                        answered.incrementAndGet();
                        Thread.sleep(20); // load, not a denial of service: the indexer shares the cores
                    } catch (IOException | InterruptedException e) {
                        bad.add(e.toString());
                    }
                }
            }));
        }
        String last = null;
        for (int n = 0; n < 15; n++) {
            last = write("المتتابعة");
            Thread.sleep(300); // a revision about every commit: the indexer polls every 200 ms
        }
        for (int i = 0; i < 2; i++) {
            // What this test pins is that every search is answered; latency is the first test's.
            awaitFound(i, last, Instant.now().plus(Duration.ofSeconds(60)));
        }
        writing.set(false);
        for (Thread t : searchers) {
            t.join();
        }
        System.out.printf("%d searches answered while 15 revisions arrived%n", answered.get());
        assertThat(bad).as("answers other than 200 among %d", answered.get()).isEmpty();
        assertThat(answered.get()).isPositive();
    }

    @Test
    @Order(3)
    void aReplicaKilledAndRestartedServesItsCopyAtOnceAndCatchesUp() throws Exception {
        String before = write("الثالثة");
        awaitFound(0, before, Instant.now().plus(NEW_ARTICLE_BUDGET));
        replicas[0].kill();
        String missed = write("الرابعة");
        awaitFound(1, missed, Instant.now().plus(NEW_ARTICLE_BUDGET));

        startReplica(0);
        awaitHealthy(0);
        assertThat(found(0, before)).as("the copy from before the kill").isTrue();
        awaitFound(0, missed, Instant.now().plus(Duration.ofSeconds(10)));
    }

    @Test
    @Order(4)
    void aReplicaKilledInTheMiddleOfACopyServesItsLastCopyAfterTheRestart() throws Exception {
        // Slow enough that a revision of a few hundred articles takes seconds to copy.
        Map<String, String> slow = Map.of("AKHBAR_REPLICA_MAX_BYTES_PER_SECOND", "100000");
        startReplica(2, slow);
        awaitHealthy(2);
        String before = write("قبل الدفعة");
        awaitFound(2, before, Instant.now().plus(Duration.ofSeconds(30)));

        List<Article> bulk = new java.util.ArrayList<>();
        String lastOfBulk = null;
        for (int i = 0; i < 400; i++) {
            lastOfBulk = nextWord();
            bulk.add(article(lastOfBulk, "دفعة", String.join(" ", java.util.Collections.nCopies(40,
                    "تتابع الأخبار من المدن والقرى عن الطقس والأسواق والمدارس " + i))));
        }
        store.upsertAll(bulk);
        Path copies = work.resolve("api2/replica");
        Path unfinished = awaitUnfinishedCopy(copies, Instant.now().plus(Duration.ofSeconds(60)));
        replicas[2].kill();
        assertThat(unfinished.resolve("revision.ready")).doesNotExist();

        startReplica(2, slow);
        awaitHealthy(2);
        assertThat(found(2, before)).as("the last ready copy is served at once").isTrue();
        assertThat(unfinished).as("the unfinished copy is deleted on start").doesNotExist();
        awaitFound(2, lastOfBulk, Instant.now().plus(Duration.ofSeconds(120)));
        replicas[2].close();
        replicas[2] = null;
    }

    /** A copy directory without its ready marker but with some files in it: a copy under way. */
    private Path awaitUnfinishedCopy(Path copies, Instant deadline) throws Exception {
        while (Instant.now().isBefore(deadline)) {
            try (var dirs = Files.list(copies)) {
                for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                    try (var files = Files.list(dir)) {
                        if (!Files.exists(dir.resolve("revision.ready")) && files.findAny().isPresent()) {
                            return dir;
                        }
                    } catch (IOException gone) {
                        // finished and replaced meanwhile
                    }
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no copy under way was seen; replica output:\n" + replicas[2].output());
    }

    @Test
    @Order(5)
    void withTheIndexerDownBothReplicasKeepAnswering() throws Exception {
        String word = write("الخامسة");
        for (int i = 0; i < 2; i++) {
            awaitFound(i, word, Instant.now().plus(NEW_ARTICLE_BUDGET));
        }
        indexer.kill();
        Thread.sleep(3000); // several failed polls
        for (int i = 0; i < 2; i++) {
            assertThat(found(i, word)).as("replica %d with the indexer down", i).isTrue();
            String health = get(i, "/health");
            assertThat(health).contains("\"status\":\"UP\"").contains("\"mode\":\"replica\"")
                    .contains("\"lastError\"").containsPattern("\"revisionAgeSeconds\":\\d+");
        }
        // A replica restarted while the indexer is down serves the copy it has.
        replicas[1].close();
        startReplica(1);
        awaitHealthy(1);
        assertThat(found(1, word)).isTrue();

        startIndexer();
        String after = write("السادسة");
        for (int i = 0; i < 2; i++) {
            awaitFound(i, after, Instant.now().plus(Duration.ofSeconds(30)));
        }
    }

    @Test
    @Order(6)
    void metricsMoveWithTheIndex() throws Exception {
        double seqBefore = metric(replicaBase(0), "akhbar_index_seq");
        double indexedBefore = metric(indexerBase(), "akhbar_indexer_articles_total{outcome=\"indexed\"}");
        String word = write("السابعة");
        awaitFound(0, word, Instant.now().plus(NEW_ARTICLE_BUDGET));
        assertThat(metric(replicaBase(0), "akhbar_index_seq")).isGreaterThan(seqBefore);
        assertThat(metric(replicaBase(0), "akhbar_index_revision_age_seconds")).isGreaterThanOrEqualTo(0);
        assertThat(metric(replicaBase(0), "akhbar_replica_updates_total{outcome=\"installed\"}")).isPositive();
        assertThat(metric(indexerBase(), "akhbar_indexer_articles_total{outcome=\"indexed\"}")).isGreaterThan(indexedBefore);
        // The indexer reads the newest seq at most once a second: wait for the next reading.
        long newest = store.lastSeq();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (metric(indexerBase(), "akhbar_indexer_feed_seq") != newest && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertThat(metric(indexerBase(), "akhbar_indexer_feed_seq")).isEqualTo(newest);
        assertThat(metric(indexerBase(), "akhbar_indexer_lag")).isZero();
        assertThat(metric(replicaBase(0), "http_server_requests_seconds_count{exception=\"none\",method=\"GET\",status=\"200\",uri=\"/api/v1/search\"}"))
                .isPositive();
    }

    @Test
    @Order(7)
    void healthNamesNoFilePath() throws Exception {
        for (URI base : List.of(replicaBase(0), replicaBase(1), indexerBase())) {
            String health = send(base.resolve("/health")).body();
            assertThat(health).as(base.toString()).doesNotContain(work.toString()).doesNotContain("diskSpace")
                    .doesNotContain("jdbc:");
        }
    }

    // --- the processes ---------------------------------------------------------------------

    private void startIndexer() throws IOException {
        indexer = ServiceProcess.start("indexer", "org.akhbar.indexer.IndexerMain", database.serviceEnvironment(), logs,
                "index", "--data", work.resolve("indexer").toString(), "--port", Integer.toString(indexerPort),
                "--poll-ms", "200", "--threads", "1");
    }

    private void startReplica(int i) throws IOException {
        startReplica(i, Map.of());
    }

    private void startReplica(int i, Map<String, String> env) throws IOException {
        replicas[i] = ServiceProcess.start("api", "org.akhbar.api.ApiMain", env, logs,
                "serve", "--port", Integer.toString(replicaPorts[i]), "--data", work.resolve("api" + i).toString(),
                "--replicate-from", indexerBase().toString());
    }


    private URI indexerBase() {
        return URI.create("http://127.0.0.1:" + indexerPort);
    }

    private URI replicaBase(int i) {
        return URI.create("http://127.0.0.1:" + replicaPorts[i]);
    }

    // --- articles ----------------------------------------------------------------------------

    /** Stores a new article whose title holds a word no other article has; returns the word. */
    private String write(String ordinal) {
        String word = nextWord();
        store.upsert(article(word, ordinal, "نص الخبر " + ordinal + " عن النسخ " + word + "."));
        return word;
    }

    /** A word no other article has: glued letters, no digits (which the analysis splits off). */
    private String nextWord() {
        int n = ++written;
        StringBuilder word = new StringBuilder("نسخةرقم");
        for (char c : Integer.toString(n + 26, 26).toCharArray()) {
            word.append((char) ('a' + Character.digit(c, 26)));
        }
        return word.toString();
    }

    private static Article article(String word, String ordinal, String body) {
        String url = "https://replica.example/news/" + URLEncoder.encode(word, StandardCharsets.UTF_8);
        return Article.create(url, url, "replica", "الخبر " + ordinal + " " + word, List.of(body + " " + word),
                OffsetDateTime.of(2026, 12, 1, 10, 0, 0, 0, ZoneOffset.UTC), List.of("مراسل"), null, "ar",
                Instant.now());
    }

    // --- HTTP ------------------------------------------------------------------------------

    private boolean found(int replica, String word) throws Exception {
        HttpResponse<String> r = send(replicaBase(replica).resolve(
                "/api/v1/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8)));
        assertThat(r.statusCode()).as("search on replica %d: %s", replica, r.body()).isEqualTo(200);
        return r.body().contains(word);
    }

    private void awaitFound(int replica, String word, Instant deadline) throws Exception {
        while (!found(replica, word)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("replica " + replica + " did not find " + word + " in time; health: "
                        + get(replica, "/health") + "\nreplica output:\n" + replicas[replica].output()
                        + "\nindexer output:\n" + indexer.output());
            }
            Thread.sleep(100);
        }
    }

    private String get(int replica, String path) throws Exception {
        return send(replicaBase(replica).resolve(path)).body();
    }

    private void awaitHealthy(int replica) throws Exception {
        awaitHealth(replicaBase(replica), s -> s == 200, replicas[replica]);
    }

    private void awaitHealth(URI base, Predicate<Integer> ok, ServiceProcess process) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("exited; output:%n%s", process.output()).isTrue();
            try {
                if (ok.test(send(base.resolve("/health")).statusCode())) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new AssertionError(base + " did not become healthy; output:\n" + process.output());
    }

    private HttpResponse<String> send(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** One sample of the Prometheus text at {@code base}/prometheus, by its exact series name. */
    private double metric(URI base, String series) throws Exception {
        String body = send(base.resolve("/prometheus")).body();
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(body);
        assertThat(m.find()).as("%s in %s/prometheus", series, base).isTrue();
        return Double.parseDouble(m.group(1));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
