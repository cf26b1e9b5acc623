package org.akhbar.samplesite;

import java.util.List;
import java.util.Objects;

/**
 * An article of the sample site as the end-to-end search tests see it (one row of
 * {@code site/articles.tsv}).
 *
 * @param path the URL path of the article page
 * @param sourceId the source it belongs to
 * @param title its headline, as in its expectation
 * @param crawlable false when robots.txt forbids the page: a polite crawl must never store it
 * @param queries search queries whose hits must include this article; each relies on
 *     Arabic-aware analysis (clitics, alef and hamza variants, Arabic-Indic digits, numbers
 *     glued to "ال")
 */
public record SampleArticle(String path, String sourceId, String title, boolean crawlable, List<String> queries) {

    public SampleArticle {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(title, "title");
        queries = List.copyOf(queries);
    }
}
