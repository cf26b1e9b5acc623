package org.akhbar.progress;

import java.io.Console;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress of one long piece of work counted in units (pages, articles): how many are done
 * out of a total that may grow, at what rate, the time left, and how many ended in each
 * outcome. On a terminal it draws a bar ({@code me.tongfei:progressbar}) on stderr; otherwise,
 * so that logs and CI output stay readable, it logs one status line every few seconds.
 *
 * <pre>{@code
 * try (Progress p = Progress.start("crawl", pending)) {
 *     for (...) { ...; p.step("stored"); }
 * }
 * }</pre>
 *
 * <p>Which display is used: system property {@value #MODE_PROPERTY} ({@code bar}, {@code lines}
 * or {@code off}) when set, else a bar when the JVM has an interactive console. Thread-safe:
 * workers step concurrently.
 */
public final class Progress implements AutoCloseable {
    /** Chooses the display: {@code bar}, {@code lines} or {@code off}. */
    public static final String MODE_PROPERTY = "akhbar.progress";
    /** How often the status line is logged when there is no terminal. */
    public static final Duration LINE_INTERVAL = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(Progress.class);

    private final String label;
    private final InstantSource clock;
    private final Instant started;
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong total;
    private final Map<String, AtomicLong> outcomes = new LinkedHashMap<>();
    private final ProgressBar bar;
    private final ScheduledExecutorService ticker;
    private final Consumer<String> lines;
    private volatile boolean closed;

    private Progress(String label, long total, InstantSource clock, ProgressBar bar, Consumer<String> lines,
            Duration every) {
        this.label = Objects.requireNonNull(label, "label");
        this.clock = clock;
        this.started = clock.instant();
        this.total = new AtomicLong(Math.max(0, total));
        this.bar = bar;
        this.lines = lines;
        if (lines != null && every != null) {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "progress-" + label);
                t.setDaemon(true);
                return t;
            });
            long millis = Math.max(1, every.toMillis());
            ticker.scheduleAtFixedRate(() -> lines.accept(status()), millis, millis, TimeUnit.MILLISECONDS);
        } else {
            ticker = null;
        }
    }

    /**
     * Starts showing the progress of {@code total} units (0 when not yet known): a bar on a
     * terminal, else a status line logged every {@link #LINE_INTERVAL}.
     */
    public static Progress start(String label, long total) {
        String mode = System.getProperty(MODE_PROPERTY, interactive() ? "bar" : "lines").toLowerCase(Locale.ROOT);
        return switch (mode) {
            case "bar" -> new Progress(label, total, InstantSource.system(), bar(label, total), null, null);
            case "off" -> new Progress(label, total, InstantSource.system(), null, null, null);
            default -> lines(label, total, LINE_INTERVAL);
        };
    }

    /** Logs a status line every {@code every}, whatever the output: a long-running service's summary. */
    public static Progress lines(String label, long total, Duration every) {
        return every(label, total, every, LOG::info);
    }

    /** Status lines to {@code sink} every {@code every}. */
    static Progress every(String label, long total, Duration every, Consumer<String> sink) {
        return new Progress(label, total, InstantSource.system(), null, sink, every);
    }

    /** Counts without showing anything; {@link #status()} still reports. */
    public static Progress silent(String label, long total) {
        return new Progress(label, total, InstantSource.system(), null, null, null);
    }

    /** For tests: status lines go to {@code sink} only when {@link #tick()} is called, times come from {@code clock}. */
    static Progress manual(String label, long total, InstantSource clock, Consumer<String> sink) {
        return new Progress(label, total, clock, null, sink, null);
    }

    /** One unit done. */
    public void step() {
        done.incrementAndGet();
        if (bar != null) {
            bar.step();
        }
    }

    /** One unit done, ending in {@code outcome} (e.g. "stored", "skipped", "failed"). */
    public void step(String outcome) {
        step(outcome, 1);
    }

    /** {@code units} units done (none when not positive), each ending in {@code outcome}. */
    public void step(String outcome, long units) {
        if (units <= 0) {
            return;
        }
        counter(outcome).addAndGet(units);
        done.addAndGet(units);
        if (bar != null) {
            bar.stepBy(units);
        }
    }

    /** Sets the total: work discovered on the way makes it grow. Never below what is done. */
    public void total(long newTotal) {
        total.set(Math.max(0, newTotal));
        if (bar != null) {
            bar.maxHint(Math.max(newTotal, done.get()));
        }
    }

    public long done() {
        return done.get();
    }

    /** Units done per second since the start. */
    public double rate() {
        double seconds = Duration.between(started, clock.instant()).toNanos() / 1e9;
        return seconds <= 0 ? 0 : done.get() / seconds;
    }

    /** How many units ended in each outcome, in the order outcomes were first seen. */
    public synchronized Map<String, Long> outcomes() {
        Map<String, Long> copy = new LinkedHashMap<>();
        outcomes.forEach((k, v) -> copy.put(k, v.get()));
        return copy;
    }

    /**
     * One line: {@code "crawl: 1234/5000 (24.7%), 85.3/s, 44s left; stored 1200, skipped 34"}; the
     * total and time left are left out while the total is unknown (0).
     */
    public String status() {
        long d = done.get();
        long t = total.get();
        double rate = rate();
        StringBuilder s = new StringBuilder(label).append(": ").append(d);
        if (t > 0) {
            long shown = Math.max(t, d);
            s.append('/').append(shown).append(String.format(Locale.ROOT, " (%.1f%%)", 100.0 * d / shown));
        }
        s.append(String.format(Locale.ROOT, ", %.1f/s", rate));
        if (t > d && rate > 0) {
            s.append(", ").append(format(Duration.ofSeconds(Math.round((t - d) / rate)))).append(" left");
        }
        Map<String, Long> counts = outcomes();
        if (!counts.isEmpty()) {
            s.append(';');
            String sep = " ";
            for (Map.Entry<String, Long> e : counts.entrySet()) {
                s.append(sep).append(e.getKey()).append(' ').append(e.getValue());
                sep = ", ";
            }
        }
        return s.toString();
    }

    /** Writes the status line now (line display only). */
    public void tick() {
        if (lines != null && !closed) {
            lines.accept(status());
        }
    }

    /** Stops the display; the line display writes a last status line. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        if (ticker != null) {
            ticker.shutdownNow();
        }
        tick();
        closed = true;
        if (bar != null) {
            bar.close();
        }
    }

    private synchronized AtomicLong counter(String outcome) {
        return outcomes.computeIfAbsent(outcome == null ? "?" : outcome, k -> new AtomicLong());
    }

    static String format(Duration d) {
        long s = d.toSeconds();
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60);
    }

    private static ProgressBar bar(String label, long total) {
        return new ProgressBarBuilder()
                .setTaskName(label)
                .setInitialMax(total > 0 ? total : -1)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(500)
                .showSpeed()
                .build();
    }

    /**
     * True when a person watches: an interactive console. From Java 22 {@link System#console()}
     * is not null for redirected output, and {@code Console.isTerminal()} tells; it is called
     * reflectively because the code is compiled for Java 21.
     */
    private static boolean interactive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
