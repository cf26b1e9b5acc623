package org.akhbar.e2e;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.akhbar.samplesite.SampleArticle;
import org.akhbar.samplesite.SampleSite;
import org.akhbar.store.testing.DockerEngine;
import org.akhbar.store.testing.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.BindMode;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.startupcheck.OneShotStartupCheckStrategy;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * The platform as its container images run it: the scraper, indexer and API images built by
 * Jib ({@code -Pimages}), started with Testcontainers against PostgreSQL, crawling the sample
 * site and answering searches. Configured only through environment variables and the
 * images' own default commands, as compose and Kubernetes run them.
 *
 * <p>The containers use the host's network (the engines this runs on may have no bridge
 * network), so the sample site, PostgreSQL and the API meet on 127.0.0.1; the API is told to
 * bind there. Skipped, with the reason, where no Docker engine answers or the images have not
 * been built; the process-based {@link FullStackIT} covers the same path without containers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(ContainerFullStackIT.ContainersCanRun.class)
class ContainerFullStackIT {
    private static final String DATA = "/var/lib/akhbar";
    private static final String SOURCES = "/etc/akhbar/sources.yml";

    private final List<GenericContainer<?>> containers = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private SampleSite site;
    private PostgresTestDatabase database;
    private Path work;
    private Path data;
    private URI apiBase;
    private String crawlOutput;

    @BeforeAll
    void startPlatformInContainers() throws Exception {
        String prefix = ContainersCanRun.PREFIX;
        String tag = ContainersCanRun.TAG;
        site = SampleSite.start(0);
        database = PostgresTestDatabase.create();
        work = Files.createTempDirectory("akhbar-containers");
        Path sources = work.resolve("sources.yml");
        Files.writeString(sources, site.sourcesYaml());
        data = work.resolve("data");
        // The services run as an unprivileged user (10001) that owns nothing on the host.
        Files.createDirectories(data, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxrwxrwx")));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxrwxrwx"));
        Files.setPosixFilePermissions(sources, PosixFilePermissions.fromString("rw-r--r--"));

        GenericContainer<?> scraper = service(prefix + "scraper:" + tag)
                .withFileSystemBind(sources.toString(), SOURCES, BindMode.READ_ONLY)
                .withEnv("AKHBAR_SCRAPER_DELAY", "0s")
                .withCommand("crawl", "--sources", SOURCES, "--once", "--data", DATA);
        crawlOutput = runToCompletion(scraper);

        runToCompletion(service(prefix + "indexer:" + tag).withCommand("index", "--once", "--data", DATA));

        int port = freePort();
        GenericContainer<?> api = service(prefix + "api:" + tag)
                .withEnv("MICRONAUT_SERVER_HOST", "127.0.0.1")
                .withEnv("MICRONAUT_SERVER_PORT", Integer.toString(port))
                .waitingFor(Wait.forLogMessage(".*Startup completed.*", 1).withStartupTimeout(Duration.ofMinutes(2)));
        api.start();
        announce(api, "serving on 127.0.0.1:" + port);
        apiBase = URI.create("http://127.0.0.1:" + port);
    }

    @AfterAll
    void stopPlatform() throws Exception {
        for (GenericContainer<?> c : containers) {
            c.stop();
        }
        if (site != null) {
            site.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void theScraperImageCrawlsTheSampleSiteIntoPostgres() {
        long crawlable = SampleSite.articles().stream().filter(SampleArticle::crawlable).count();
        assertThat(crawlOutput).containsPattern("stored " + crawlable + "\\b").contains("failed 0");
    }

    @Test
    void theApiImageFindsEveryArticleByTheArabicVariantsOfItsWords() throws Exception {
        List<String> misses = new ArrayList<>();
        for (SampleArticle article : SampleSite.articles()) {
            if (!article.crawlable()) {
                continue;
            }
            for (String query : article.queries()) {
                if (!search(query).body().contains(site.baseUri() + article.path() + "\"")) {
                    misses.add(query + " -> " + article.path());
                }
            }
        }
        assertThat(misses).as("queries that did not find their article").isEmpty();
    }

    @Test
    void anArticleFoundBySearchIsServedWhole() throws Exception {
        SampleArticle article = SampleSite.articles().stream().filter(SampleArticle::crawlable).findFirst().orElseThrow();
        Matcher id = Pattern.compile("\"id\":\"([0-9a-f]{16})\"").matcher(search("\"" + article.title() + "\"").body());
        assertThat(id.find()).isTrue();
        HttpResponse<String> r = get("/api/v1/articles/" + id.group(1));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains(article.title());
    }

    @Test
    void theReadinessProbeSeesTheIndexTheIndexerImageWrote() throws Exception {
        HttpResponse<String> r = get("/health/readiness");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"status\":\"UP\"");
    }

    /** A service container as compose and Kubernetes run it: configured by environment. */
    private GenericContainer<?> service(String image) {
        GenericContainer<?> c = new GenericContainer<>(DockerImageName.parse(image))
                .withNetworkMode("host")
                .withFileSystemBind(data.toString(), DATA, BindMode.READ_WRITE)
                .withEnv(database.serviceEnvironment());
        containers.add(c);
        return c;
    }


    /** Starts a one-shot container, waits for it to exit 0 and returns its output. */
    private static String runToCompletion(GenericContainer<?> c) {
        c.withStartupCheckStrategy(new OneShotStartupCheckStrategy().withTimeout(Duration.ofMinutes(5)));
        try {
            c.start();
        } catch (RuntimeException e) {
            throw new AssertionError(c.getDockerImageName() + " did not exit 0; output:\n" + c.getLogs(), e);
        }
        String logs = c.getLogs();
        announce(c, "exited 0; last line: " + lastLine(logs));
        return logs;
    }

    private static void announce(GenericContainer<?> c, String what) {
        System.err.printf("container %s (%s): %s%n", c.getContainerId().substring(0, 12), c.getDockerImageName(), what);
    }

    /** Skips the whole class, with the reason, where the images cannot run. */
    static final class ContainersCanRun implements ExecutionCondition {
        static final String PREFIX = System.getProperty("akhbar.image.prefix", "akhbar/");
        static final String TAG = System.getProperty("akhbar.image.tag", "latest");
        private static String verdict;

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            synchronized (ContainersCanRun.class) {
                if (verdict == null) {
                    String why = whyContainersCannotRun(List.of(PREFIX + "scraper:" + TAG, PREFIX + "indexer:" + TAG,
                            PREFIX + "api:" + TAG));
                    verdict = why == null ? "" : why;
                    if (why != null) {
                        System.err.println("ContainerFullStackIT skipped: " + why);
                    }
                }
            }
            return verdict.isEmpty() ? ConditionEvaluationResult.enabled("a Docker engine runs the images")
                    : ConditionEvaluationResult.disabled(verdict);
        }
    }

    /** Why the images cannot be run here, or null when they can. */
    private static String whyContainersCannotRun(List<String> images) {
        Boolean bridge = DockerEngine.hasBridgeNetwork();
        if (Boolean.FALSE.equals(bridge) && !DockerEngine.testcontainersSetForHostNetworking()) {
            return "the Docker engine has no bridge network and Testcontainers is not set up for that "
                    + "(TESTCONTAINERS_RYUK_DISABLED=true, TESTCONTAINERS_CHECKS_DISABLE=true, "
                    + "TESTCONTAINERS_HOST_OVERRIDE=127.0.0.1, as .ci/run sets them)";
        }
        try {
            if (!DockerClientFactory.instance().isDockerAvailable()) {
                return "no Docker engine answers";
            }
            var client = DockerClientFactory.instance().client();
            for (String image : images) {
                if (client.listImagesCmd().withImageNameFilter(image).exec().isEmpty()) {
                    return "image " + image + " is not built (./mvnw -Pimages package builds it)";
                }
            }
            return null;
        } catch (RuntimeException e) {
            return "Docker engine unusable: " + e.getMessage();
        }
    }

    private HttpResponse<String> search(String q) throws IOException, InterruptedException {
        HttpResponse<String> r = get("/api/v1/search?size=50&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as("search %s: %s", q, r.body()).isEqualTo(200);
        return r;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(apiBase.resolve(path)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String lastLine(String s) {
        String[] lines = s.strip().split("\n");
        return lines[lines.length - 1];
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
