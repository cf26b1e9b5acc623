package org.akhbar.tools.bench.pipeline.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * One running product process: its output files, and a sampler that reads its peak resident
 * set ({@code VmHWM}, which the kernel keeps as a high-water mark, so sampling every 100 ms
 * misses at most the last tenth of a second) and its JVM flags while it runs.
 */
public final class ProductProcess {
    private static final long SAMPLE_MILLIS = 100;

    private final String name;
    private final Process process;
    private final long startedNanos = System.nanoTime();
    private final Path out;
    private final Path err;
    private final Path gcLog;
    private final Consumer<ProductProcess> onEnd;
    private final AtomicLong peakRssKb = new AtomicLong(-1);
    private volatile List<String> jvmFlags = List.of();
    private final Thread sampler;

    ProductProcess(String name, Process process, Path out, Path err, Path gcLog, Consumer<ProductProcess> onEnd) {
        this.name = name;
        this.process = process;
        this.out = out;
        this.err = err;
        this.gcLog = gcLog;
        this.onEnd = onEnd;
        this.sampler = Thread.ofVirtual().name("rss-" + name).start(this::sampleWhileAlive);
    }

    public String name() {
        return name;
    }

    public long startedNanos() {
        return startedNanos;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits up to {@code millis} for the process to end; true when it has. */
    public boolean hasEnded(long millis) throws InterruptedException {
        return process.waitFor(millis, TimeUnit.MILLISECONDS);
    }

    /** Waits, without a time limit, for the process to end by itself. */
    public ProcessFigures waitFor() throws InterruptedException {
        int code = process.waitFor();
        return finish(code);
    }

    /** Asks the process to stop (SIGTERM, as Ctrl-C would), waits for it, and kills it after a minute. */
    public ProcessFigures stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return finish(process.waitFor());
    }

    /** Stops it without waiting for the figures (the benchmark itself is stopping). */
    void kill() {
        process.destroy();
    }

    /** What it printed on standard output so far. */
    public String stdout() {
        return read(out);
    }

    /** The last {@code n} lines it printed on standard error. */
    public String stderrTail(int n) {
        List<String> lines = read(err).lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - n), lines.size()));
    }

    private ProcessFigures finish(int code) throws InterruptedException {
        long ended = System.nanoTime();
        sampler.join();
        onEnd.accept(this);
        try {
            return new ProcessFigures(name, code, startedNanos, ended, peakRssKb.get(), GcLog.read(gcLog), jvmFlags,
                    stdout());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the GC log of " + name, e);
        }
    }

    private void sampleWhileAlive() {
        long pid = process.pid();
        while (process.isAlive()) {
            ProcessStatus.peakRssKb(pid).ifPresent(kb -> peakRssKb.accumulateAndGet(kb, Math::max));
            if (jvmFlags.isEmpty()) {
                jvmFlags = ProcessStatus.jvmFlags(ProcessStatus.commandLine(pid));
            }
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? new String(Files.readAllBytes(file), StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }
}
