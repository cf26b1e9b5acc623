package org.akhbar.tools.bench.pipeline.api;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.akhbar.tools.bench.pipeline.process.ProductLauncher;
import org.akhbar.tools.bench.pipeline.process.ProductProcess;

/** The product's API as a process: {@code ./akhbar serve --port P --index DIR}, on a free port of loopback. */
public final class ApiService {
    /** How long the API may take to answer its health check; it starts in seconds. */
    private static final long START_MILLIS = 180_000;

    private ApiService() {}

    /** A started API and its port. */
    public record Running(ProductProcess process, int port) {}

    /** Starts the API on {@code indexDir} and waits until {@code /health} answers 200. */
    public static Running start(ProductLauncher launcher, String maxHeap, Path indexDir)
            throws IOException, InterruptedException {
        int port = freePort();
        ProductProcess p = launcher.start("api", maxHeap, Map.of(),
                List.of("serve", "--port", Integer.toString(port), "--index", indexDir.toString()));
        long deadline = System.nanoTime() + START_MILLIS * 1_000_000;
        try (HttpConnection c = new HttpConnection("127.0.0.1", port, 5_000)) {
            while (true) {
                if (!p.isAlive()) {
                    throw new IOException("the API exited while starting: " + p.stderrTail(20));
                }
                try {
                    if (c.get("/health").status() == 200) {
                        return new Running(p, port);
                    }
                } catch (IOException notYet) {
                    // still starting
                }
                if (System.nanoTime() > deadline) {
                    p.stop();
                    throw new IOException("the API did not answer /health within " + START_MILLIS / 1000 + " s");
                }
                Thread.sleep(200);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
