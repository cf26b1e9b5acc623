package org.akhbar.tools.bench.pipeline.site;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench site}: serves the news site built from a corpus on loopback until stopped, or
 * with {@code --judge} runs the extractor over its pages without serving them.
 */
@Command(name = "site", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Serve a news site built from a corpus (one host per source, sitemaps, feed), "
                + "the site the pipeline benchmark crawls; or judge its pages with the extractor (--judge)."})
public final class SiteCommand implements Callable<Integer> {
    @Option(names = "--corpus", required = true, paramLabel = "FILE",
            description = "Corpus in JSON Lines ({id, source, date_extracted, title, author, text}), may be gzipped.")
    Path corpus;

    @Option(names = "--copies", paramLabel = "K", defaultValue = "1",
            description = "Copies of each article under distinct URLs (default: ${DEFAULT-VALUE}).")
    int copies;

    @Option(names = "--limit", paramLabel = "N", description = "Only the first N articles of the corpus.")
    Integer limit;

    @Option(names = "--sources-out", paramLabel = "FILE", description = "Write a sources file for the scraper here.")
    Path sourcesOut;

    @Option(names = "--latency-ms", paramLabel = "MS", defaultValue = "0",
            description = "Wait this long before each answer, as a remote site would (default: ${DEFAULT-VALUE}).")
    long latencyMs;

    @Option(names = "--judge", description = "Do not serve: extract every page and print what was kept and why not.")
    boolean judge;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (copies < 1 || latencyMs < 0 || (limit != null && limit < 1)) {
            spec.commandLine().getErr().println("error: --copies and --limit must be at least 1, --latency-ms not negative");
            return 2;
        }
        List<CorpusArticle> articles = Corpus.read(corpus);
        if (limit != null && limit < articles.size()) {
            articles = articles.subList(0, limit);
        }
        NewsSite site = NewsSite.of(articles, copies);
        if (judge) {
            SiteJudgement.Result r = SiteJudgement.judge(site);
            out.printf(Locale.ROOT, "article pages with text: %d, kept %d (%.2f%%)%n", r.articlePagesWithText(), r.kept(),
                    100 * r.keptShare());
            r.droppedByReason().forEach((reason, n) -> out.printf(Locale.ROOT, "  dropped %d: %s%n", n, reason));
            out.printf(Locale.ROOT, "section listings: %d, judged not articles %d%n", r.listingPages(), r.listingsRejected());
            out.flush();
            return 0;
        }
        try (NewsSiteServer server = NewsSiteServer.start(site)) {
            server.latency(Duration.ofMillis(latencyMs));
            if (sourcesOut != null) {
                Files.writeString(sourcesOut, server.sourcesYaml(), StandardCharsets.UTF_8);
            }
            out.printf(Locale.ROOT, "serving %d article pages of %d sources; first: %s/ ; Ctrl-C stops%n",
                    site.articlePages(), site.sources().size(), server.base(site.sources().getFirst().id()));
            out.flush();
            CountDownLatch stop = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
            stop.await();
        }
        return 0;
    }
}
