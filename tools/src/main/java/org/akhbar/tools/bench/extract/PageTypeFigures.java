package org.akhbar.tools.bench.extract;

import java.util.List;
import java.util.Locale;
import org.akhbar.extract.Extraction;

/**
 * The judgement figures of a set whose pages say what they are ({@code page_type}): how many
 * {@code article} pages came out as articles, how many {@code listing} and {@code collection}
 * pages came out as not articles, and the text metric over the article pages alone (a listing
 * page's expected text is the list, which an extractor that rightly rejects the page does not
 * give).
 *
 * <p>The outcome is the extractor's status: {@link Extraction.Status#ARTICLE} is the article
 * outcome; {@code NOT_ARTICLE} and {@code UNREADABLE} are the not-an-article outcome (the
 * scraper stores nothing for either).
 *
 * @param articlePages pages typed {@code article}
 * @param articlesJudgedArticles of those, the ones that came out as articles
 * @param listingPages pages typed {@code listing} or {@code collection}
 * @param listingsJudgedNotArticles of those, the ones that came out as not articles
 * @param articleQuality precision, recall and F1 over the article pages only
 */
public record PageTypeFigures(int articlePages, int articlesJudgedArticles, int listingPages,
        int listingsJudgedNotArticles, QualitySummary articleQuality) {

    /** The figures of a set's pages, or null when none of them says its type. */
    static PageTypeFigures of(List<ExtractBench.PageResult> results) {
        int articlePages = 0;
        int articlesJudged = 0;
        int listingPages = 0;
        int listingsRejected = 0;
        QualitySummary quality = new QualitySummary();
        boolean typed = false;
        for (ExtractBench.PageResult r : results) {
            String type = r.page().pageType();
            if (type == null) {
                continue;
            }
            typed = true;
            boolean article = r.extraction().status() == Extraction.Status.ARTICLE;
            if (type.equals("article")) {
                articlePages++;
                articlesJudged += article ? 1 : 0;
                quality.add(r.counts());
                quality.addTitle(r.page().expectedTitle(), r.title());
            } else if (type.equals("listing") || type.equals("collection")) {
                listingPages++;
                listingsRejected += article ? 0 : 1;
            }
        }
        return typed ? new PageTypeFigures(articlePages, articlesJudged, listingPages, listingsRejected, quality) : null;
    }

    /** Share of article pages judged articles (the article outcome's recall), NaN when there are none. */
    public double articleRecall() {
        return articlePages == 0 ? Double.NaN : (double) articlesJudgedArticles / articlePages;
    }

    /** Share of listing and collection pages judged not articles, NaN when there are none. */
    public double listingRecall() {
        return listingPages == 0 ? Double.NaN : (double) listingsJudgedNotArticles / listingPages;
    }

    /** One line: both outcomes' recalls with their counts, and P, R, F1 over the article pages. */
    String line() {
        return String.format(Locale.ROOT,
                "article pages judged articles %d/%d (%s); listing/collection pages judged not articles %d/%d (%s); "
                        + "article pages only: P %.3f R %.3f F1 %.3f",
                articlesJudgedArticles, articlePages, share(articleRecall()), listingsJudgedNotArticles, listingPages,
                share(listingRecall()), articleQuality.precision(), articleQuality.recall(), articleQuality.f1());
    }

    /** A share with three decimals, or "-" when there was nothing to count. */
    static String share(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }
}
