package org.akhbar.tools.bench.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.akhbar.tools.bench.pipeline.database.BenchDatabase;

/**
 * What one run of the pipeline benchmark does; see {@link PipelineCommand} for each option.
 *
 * @param databases the databases the crawls run on, in order; the first one's big crawl is indexed
 * @param postgres the PostgreSQL server, or null when none is configured
 * @param apiIndex an index built earlier to load the API on, skipping the site, crawls and
 *     indexing; null to build one
 */
record Settings(Path corpus, int copies, int small, int threads, List<BenchDatabase> databases,
        BenchDatabase.Postgres postgres, Path queries, int queryCount, List<Integer> clients, int overload,
        int apiWarmupSeconds, int apiSeconds, long latencyMs, int pairThreads, long pairDelayMs, String crawlHeap,
        String indexHeap, String apiHeap, Set<Phase> skip, Path apiIndex) {

    /** The parts of the run, each of which may be skipped. */
    enum Phase {
        SMALL_CRAWL("small-crawl"), BIG_CRAWL("big-crawl"), CRAWL_BASELINES("crawl-baselines"), INDEX("index"),
        INDEX_BASELINE("index-baseline"), API("api"), API_BASELINE("api-baseline"), OVERLOAD("overload"),
        SCRAPERS("scrapers");

        final String option;

        Phase(String option) {
            this.option = option;
        }

        static Phase of(String option) {
            for (Phase p : values()) {
                if (p.option.equals(option)) {
                    return p;
                }
            }
            throw new IllegalArgumentException("no phase '" + option + "'; phases: " + names());
        }

        static String names() {
            StringBuilder sb = new StringBuilder();
            for (Phase p : values()) {
                sb.append(sb.isEmpty() ? "" : ", ").append(p.option);
            }
            return sb.toString();
        }
    }

    boolean runs(Phase phase) {
        return !skip.contains(phase);
    }
}
