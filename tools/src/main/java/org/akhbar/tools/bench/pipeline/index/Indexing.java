package org.akhbar.tools.bench.pipeline.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.akhbar.tools.bench.pipeline.database.BenchDatabase;
import org.akhbar.tools.bench.pipeline.process.ProcessFigures;
import org.akhbar.tools.bench.pipeline.process.ProductLauncher;

/**
 * The product's indexer over a crawl's database: {@code ./akhbar index --once --rebuild --data
 * DIR}, from the database to a committed index in {@code DIR/index}. Its rate is the articles
 * indexed over the run's own elapsed time when the indexer prints one; otherwise over the
 * process's wall time less its start-up, taken as the wall time of a second {@code index
 * --once} that finds nothing to do (the same JVM, context, database and index opening).
 */
public final class Indexing {
    private final ProductLauncher launcher;
    private final String maxHeap;

    public Indexing(ProductLauncher launcher, String maxHeap) {
        this.launcher = launcher;
        this.maxHeap = maxHeap;
    }

    public String maxHeap() {
        return maxHeap;
    }

    /**
     * One indexing run.
     *
     * @param line its counts (and timing, if it printed one)
     * @param seconds the indexing time the rate is taken over
     * @param timing how {@code seconds} was measured
     * @param startUp the no-op run whose time was taken as the start-up, if one was needed
     */
    public record Result(ProcessFigures process, Optional<IndexRunLine> line, double seconds, String timing,
            Optional<ProcessFigures> startUp) {
        public long indexed() {
            return line.map(IndexRunLine::indexed).orElse(0L);
        }

        public double perSecond() {
            if (line.isPresent() && line.get().perSecond().isPresent()) {
                return line.get().perSecond().getAsDouble();
            }
            return seconds <= 0 ? 0 : indexed() / seconds;
        }

        public String describe() {
            return String.format(Locale.ROOT, "%s; %.0f articles/s (%.1f s: %s)",
                    line.map(l -> "indexed " + l.indexed() + ", deleted " + l.deleted() + ", failed " + l.failed())
                            .orElse("no counts line (exit " + process.exitCode() + ")"),
                    perSecond(), seconds, timing);
        }
    }

    /** Rebuilds {@code dataDir}'s index from {@code store}. */
    public Result rebuild(String name, Path dataDir, BenchDatabase.Store store) throws IOException, InterruptedException {
        List<String> args = List.of("index", "--once", "--rebuild", "--data", dataDir.toString());
        ProcessFigures run = launcher.start(name, maxHeap, store.env(), args).waitFor();
        Optional<IndexRunLine> line = IndexRunLine.find(run.stdout());
        if (line.isPresent() && line.get().seconds().isPresent()) {
            return new Result(run, line, line.get().seconds().getAsDouble(), "the indexer's own elapsed time",
                    Optional.empty());
        }
        if (line.isPresent() && line.get().perSecond().isPresent()) {
            double rate = line.get().perSecond().getAsDouble();
            return new Result(run, line, rate <= 0 ? 0 : line.get().indexed() / rate, "from the indexer's own rate",
                    Optional.empty());
        }
        ProcessFigures noop = launcher.start(name + " start-up", maxHeap, store.env(),
                List.of("index", "--once", "--data", dataDir.toString())).waitFor();
        return new Result(run, line, Math.max(0, run.seconds() - noop.seconds()),
                String.format(Locale.ROOT, "wall %.1f s less a no-op run's %.1f s of start-up", run.seconds(),
                        noop.seconds()), Optional.of(noop));
    }
}
