package org.akhbar.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one Akhbar service the way the launcher does: a separate JVM on the module's
 * {@code target/classes} and {@code target/lib}, so the full-stack test exercises the real
 * processes, their configuration and their exit codes.
 */
final class ServiceProcess implements AutoCloseable {
    static final Path ROOT = locateRoot();

    private final Process process;
    private final Path log;

    private ServiceProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code mainClass} of {@code module} with {@code args} and extra environment. */
    static ServiceProcess start(String module, String mainClass, Map<String, String> env, Path logDir, String... args)
            throws IOException {
        Path moduleDir = ROOT.resolve(module);
        String cp = moduleDir.resolve("target/classes") + java.io.File.pathSeparator + moduleDir.resolve("target/lib") + "/*";
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", cp, mainClass));
        cmd.addAll(List.of(args));
        Files.createDirectories(logDir);
        Path log = logDir.resolve(module + "-" + System.nanoTime() + ".log");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(env);
        return new ServiceProcess(pb.start(), log);
    }

    /** Waits for the process to exit and returns its exit code (fails after {@code seconds}). */
    int waitFor(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("process did not finish in " + seconds + " s; output:\n" + output());
        }
        return process.exitValue();
    }

    /** Kills the process at once, as {@code kill -9} does: no shutdown hook runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static Path locateRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("akhbar"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find the repository root (the directory with ./akhbar)");
        }
        return dir;
    }
}
