package org.akhbar.tools.bench.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.akhbar.extract.Extraction;
import org.akhbar.extract.ExtractionInput;
import java.time.Duration;
import org.akhbar.extract.Extractor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Runs the extractor over benchmark pages: its text against the expected text, and its time
 * against a bare {@link Jsoup#parse} of the same bytes, measured in the same run.
 *
 * <p>Timing: every page's bytes are read into memory first; then untimed passes over all pages
 * let the JIT compile both code paths ({@link Warmup}: enough extractions for the code that runs
 * once per page, not only the loops, to reach the optimising compiler, whatever the number of
 * pages); then each of {@code rounds} passes times
 * the extractor and the bare parse on each page back to back, alternating which goes first so
 * neither always runs on a warmer cache. A page's time is the fastest of its rounds, for both:
 * on a shared machine the other rounds measure the neighbours' load as much as the code, and
 * the fastest is the closest to the code's own cost.
 */
public final class ExtractBench {

    /** Everything measured on one page. */
    public record PageResult(BenchPage page, Extraction extraction, String text, ShingleMetric.Counts counts,
            double extractMs, double jsoupMs) {

        /** The extracted title, or null when the page gave no article. */
        public String title() {
            return extraction.article() == null ? null : extraction.article().title();
        }
    }

    /**
     * The figures of one set.
     *
     * @param pageTypes the judgement figures when the set's pages say their type, else null
     */
    public record SetFigures(String set, int pages, int articles, QualitySummary quality,
            double extractP50, double extractP90, double jsoupP50, double jsoupP90, double medianPageRatio,
            PageTypeFigures pageTypes) {

        /** Median extraction time over median bare-parse time. */
        public double ratioOfMedians() {
            return extractP50 / jsoupP50;
        }
    }

    /**
     * The untimed part: at least {@code passes} passes over the pages, and more until each side
     * has run {@code extractions} times, unless that takes longer than {@code cap}. HotSpot
     * compiles a method with its optimising compiler after some 5,000 to 15,000 calls; with
     * two passes over a set of 130 pages the extractor's once-per-page steps were still running
     * as first-tier code when they were timed, while the bare parse, all loops, was not.
     */
    public record Warmup(int passes, int extractions, Duration cap) {}

    private final Extractor extractor = new Extractor();
    private int warmupPasses;
    private final Instant fetchedAt = Instant.now();
    /** How many warm-up passes the last {@link #run} made. */
    public int warmupPasses() {
        return warmupPasses;
    }

    /** Keeps the bare parse's result observable, so the JIT cannot drop the work. */
    private long sink;

    /**
     * Extracts and times every page.
     *
     * @param warmup the untimed passes before measuring
     * @param rounds timed passes (1 or more)
     */
    public List<PageResult> run(List<BenchPage> pages, Warmup warmup, int rounds) {
        List<byte[]> bodies = new ArrayList<>(pages.size());
        List<ExtractionInput> inputs = new ArrayList<>(pages.size());
        for (BenchPage page : pages) {
            byte[] body = BenchManifest.load(page);
            bodies.add(body);
            inputs.add(new ExtractionInput(uri(page.url()), body, null, null, ZoneOffset.UTC, fetchedAt));
        }
        long warmupStart = System.nanoTime();
        int extracted = 0;
        warmupPasses = 0;
        while (warmupPasses < warmup.passes()
                || (extracted < warmup.extractions() && System.nanoTime() - warmupStart < warmup.cap().toNanos())) {
            for (int i = 0; i < pages.size(); i++) {
                extractor.extract(inputs.get(i));
                sink += bareParse(bodies.get(i), pages.get(i).url());
            }
            extracted += pages.size();
            warmupPasses++;
        }
        double[][] extractNs = new double[pages.size()][rounds];
        double[][] jsoupNs = new double[pages.size()][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < pages.size(); i++) {
                if ((r + i) % 2 == 0) {
                    extractNs[i][r] = timeExtraction(inputs.get(i));
                    jsoupNs[i][r] = timeBareParse(bodies.get(i), pages.get(i).url());
                } else {
                    jsoupNs[i][r] = timeBareParse(bodies.get(i), pages.get(i).url());
                    extractNs[i][r] = timeExtraction(inputs.get(i));
                }
            }
        }
        List<PageResult> results = new ArrayList<>(pages.size());
        for (int i = 0; i < pages.size(); i++) {
            BenchPage page = pages.get(i);
            Extraction extraction = extractor.extract(inputs.get(i));
            String text = textOf(extraction);
            results.add(new PageResult(page, extraction, text, ShingleMetric.compare(text, page.expectedText()),
                    Latencies.quantile(extractNs[i], 0) / 1e6, Latencies.quantile(jsoupNs[i], 0) / 1e6));
        }
        return results;
    }

    /** Per-set figures, sets in the order they first appear. */
    public static List<SetFigures> summarise(List<PageResult> results) {
        Map<String, List<PageResult>> bySet = new LinkedHashMap<>();
        for (PageResult r : results) {
            bySet.computeIfAbsent(r.page().set(), k -> new ArrayList<>()).add(r);
        }
        List<SetFigures> out = new ArrayList<>();
        for (Map.Entry<String, List<PageResult>> e : bySet.entrySet()) {
            out.add(figures(e.getKey(), e.getValue()));
        }
        return out;
    }

    static SetFigures figures(String set, List<PageResult> results) {
        QualitySummary quality = new QualitySummary();
        double[] extractMs = new double[results.size()];
        double[] jsoupMs = new double[results.size()];
        double[] ratios = new double[results.size()];
        int articles = 0;
        for (int i = 0; i < results.size(); i++) {
            PageResult r = results.get(i);
            quality.add(r.counts());
            quality.addTitle(r.page().expectedTitle(), r.title());
            extractMs[i] = r.extractMs();
            jsoupMs[i] = r.jsoupMs();
            ratios[i] = r.jsoupMs() > 0 ? r.extractMs() / r.jsoupMs() : Double.NaN;
            if (r.extraction().status() == Extraction.Status.ARTICLE) {
                articles++;
            }
        }
        return new SetFigures(set, results.size(), articles, quality,
                Latencies.median(extractMs), Latencies.quantile(extractMs, 0.9),
                Latencies.median(jsoupMs), Latencies.quantile(jsoupMs, 0.9), Latencies.median(ratios),
                PageTypeFigures.of(results));
    }

    /** The text the metric reads: the article's paragraphs joined by line breaks, empty for a non-article. */
    public static String textOf(Extraction extraction) {
        return extraction.article() == null ? "" : String.join("\n", extraction.article().paragraphs());
    }

    private long timeExtraction(ExtractionInput input) {
        long start = System.nanoTime();
        Extraction e = extractor.extract(input);
        long elapsed = System.nanoTime() - start;
        sink += e.status().ordinal();
        return elapsed;
    }

    private long timeBareParse(byte[] body, String url) {
        long start = System.nanoTime();
        int size = bareParse(body, url);
        long elapsed = System.nanoTime() - start;
        sink += size;
        return elapsed;
    }

    /** The baseline: jsoup reads the bytes (sniffing the charset as it does) and builds the tree. */
    private static int bareParse(byte[] body, String url) {
        try {
            Document doc = Jsoup.parse(new ByteArrayInputStream(body), null, url == null ? "" : url);
            return doc.childNodeSize();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Something derived from every measured result; printing it nowhere still keeps the work alive. */
    long sink() {
        return sink;
    }

    private static URI uri(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            return URI.create(url);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
