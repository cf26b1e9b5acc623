package org.akhbar.tools.bench.pipeline.crawl;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.akhbar.tools.bench.pipeline.database.BenchDatabase;
import org.akhbar.tools.bench.pipeline.process.ProcessFigures;

/**
 * One crawl of the news site by the product's scraper.
 *
 * @param name e.g. "crawl h2 big"
 * @param store where it stored the articles (the indexer reads them there)
 * @param dataDir its {@code --data} folder
 * @param articlePages article pages the site has
 * @param pagesWithText of those, the pages whose corpus text is not empty: what it must store
 * @param served what the site saw
 * @param counts its own final counts, absent if it printed none
 * @param storedRows live articles in its database
 * @param storedNotArticles of those, rows whose URL is not an article page (a section or tag page)
 * @param process how its process ran
 */
public record CrawlResult(String name, BenchDatabase.Store store, Path dataDir, int articlePages, int pagesWithText,
        ServedFigures served, Optional<CrawlCounts> counts, long storedRows, long storedNotArticles,
        ProcessFigures process) {

    /** Live rows of article pages in the database: what it kept. */
    public long keptArticles() {
        return storedRows - storedNotArticles;
    }

    /** Article pages kept over the pages with text. */
    public double keptShare() {
        return pagesWithText == 0 ? 1.0 : keptArticles() / (double) pagesWithText;
    }

    public String describeStored() {
        return String.format(Locale.ROOT, "%s; in the database %d live rows: %d article pages (%.2f%% of %d with text), "
                + "%d other pages", counts.map(CrawlCounts::toString).orElse("no counts line (exit " + process.exitCode() + ")"),
                storedRows, keptArticles(), 100 * keptShare(), pagesWithText, storedNotArticles);
    }
}
