package org.akhbar.deploy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The health endpoints the deployment files probe, by image and port, in one place for the
 * compose and Kubernetes tests.
 *
 * <p>The API's are checked against the real API ({@link #apiAnswers}). The scraper's and the
 * indexer's are those of their management server in continuous mode: {@code GET /health} on
 * the port in {@code AKHBAR_SCRAPER_HTTP_PORT} (8082 here) and {@code AKHBAR_INDEXER_PORT}
 * (8083 here), bound to {@code AKHBAR_HOST}.
 */
final class ServiceHealth {
    static final int SCRAPER_MANAGEMENT_PORT = 8082;
    static final int INDEXER_MANAGEMENT_PORT = 8083;

    static final Map<String, Set<String>> PROBED_PATHS = Map.of(
            "akhbar/api port 8080", new TreeSet<>(Set.of("/health/liveness", "/health/readiness")),
            "akhbar/scraper port " + SCRAPER_MANAGEMENT_PORT, new TreeSet<>(Set.of("/health")),
            "akhbar/indexer port " + INDEXER_MANAGEMENT_PORT, new TreeSet<>(Set.of("/health")));

    private ServiceHealth() {
    }

    /**
     * Starts the API as the launcher does (its module's classes and libraries, its own
     * configuration) on an empty data directory and returns the status each path answers.
     */
    static Map<String, Integer> apiAnswers(Set<String> paths) throws IOException, InterruptedException {
        Path data = Files.createTempDirectory("akhbar-api-health");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path module = DeployFiles.root().resolve("api");
        Path log = data.resolve("api.log");
        Process api = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                module.resolve("target/classes") + java.io.File.pathSeparator + module.resolve("target/lib") + "/*",
                "org.akhbar.api.ApiMain", "serve", "--port", Integer.toString(port), "--data", data.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            URI base = URI.create("http://127.0.0.1:" + port);
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (true) {
                if (!api.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("the API did not start; its output:\n" + Files.readString(log));
                }
                try {
                    http.send(HttpRequest.newBuilder(base.resolve("/")).build(), HttpResponse.BodyHandlers.discarding());
                    break;
                } catch (IOException notYet) {
                    Thread.sleep(200);
                }
            }
            Map<String, Integer> answers = new LinkedHashMap<>();
            for (String path : paths) {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20)).build(),
                        HttpResponse.BodyHandlers.discarding());
                answers.put(path, r.statusCode());
            }
            return answers;
        } finally {
            api.destroy();
            api.waitFor();
        }
    }
}
