package org.akhbar.tools.bench.pipeline.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Starts the product's commands as their own processes through the repository's launcher
 * ({@code <root>/akhbar crawl ...}), so each runs with exactly the JVM flags a user's run gets,
 * plus a heap limit and a GC log passed in {@code AKHBAR_JAVA_OPTS} (and the flags of {@value
 * #CHILD_OPTS}, when set, for profiling). The launcher execs java,
 * so the process's pid is the JVM's. Processes still running when the benchmark's JVM stops
 * (Ctrl-C) are stopped with it.
 */
public final class ProductLauncher {
    /** An environment variable whose JVM flags are added to every product process's, for profiling. */
    public static final String CHILD_OPTS = "AKHBAR_BENCH_CHILD_JAVA_OPTS";
    private final Path root;
    private final Path logDir;
    private final Set<ProductProcess> running = ConcurrentHashMap.newKeySet();

    /** {@code root}: the repository, holding {@code ./akhbar}; {@code logDir}: where outputs and GC logs go. */
    public ProductLauncher(Path root, Path logDir) throws IOException {
        if (!Files.isExecutable(root.resolve("akhbar"))) {
            throw new IllegalArgumentException("no launcher at " + root.resolve("akhbar"));
        }
        if (logDir.toString().chars().anyMatch(Character::isWhitespace)) {
            // The launcher splits AKHBAR_JAVA_OPTS on spaces, and the GC log's path is in it.
            throw new IllegalArgumentException("the work directory's path may not contain spaces: " + logDir);
        }
        this.root = root;
        this.logDir = Files.createDirectories(logDir);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> running.forEach(ProductProcess::kill), "product-stop"));
    }

    public Path root() {
        return root;
    }

    /**
     * Starts {@code ./akhbar args...} as process {@code name}, its heap limited to
     * {@code maxHeap} (a {@code -Xmx} value such as {@code 512m}). {@code env} sets variables of
     * the child's environment (the benchmark's own otherwise); a null value removes one.
     */
    public ProductProcess start(String name, String maxHeap, Map<String, String> env, List<String> args)
            throws IOException {
        String file = name.replaceAll("[^A-Za-z0-9]+", "-");
        Path gcLog = logDir.resolve(file + ".gc.log");
        Path out = logDir.resolve(file + ".out");
        Path err = logDir.resolve(file + ".err");
        Files.deleteIfExists(gcLog);
        List<String> command = new ArrayList<>();
        command.add(root.resolve("akhbar").toString());
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).directory(root.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        Map<String, String> childEnv = pb.environment();
        Path javaHome = Path.of(System.getProperty("java.home"));
        if (Files.isExecutable(javaHome.resolve("bin/javac"))) {
            // The same JDK as the benchmark's, which the launcher would find anyway when it started us.
            childEnv.put("JAVA_HOME", javaHome.toString());
        }
        String opts = "-Xmx" + maxHeap + " -Xlog:gc,gc+exit*,gc+heap+exit*:file=" + gcLog;
        // Flags for the product's processes only, such as a flight recording to profile a crawl.
        String extra = System.getenv(CHILD_OPTS);
        childEnv.put("AKHBAR_JAVA_OPTS", extra == null || extra.isBlank() ? opts : opts + " " + extra.strip());
        childEnv.remove(CHILD_OPTS);
        env.forEach((k, v) -> {
            if (v == null) {
                childEnv.remove(k);
            } else {
                childEnv.put(k, v);
            }
        });
        ProductProcess p = new ProductProcess(name, pb.start(), out, err, gcLog, running::remove);
        running.add(p);
        return p;
    }
}
