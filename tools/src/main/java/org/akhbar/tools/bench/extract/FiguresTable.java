package org.akhbar.tools.bench.extract;

import java.util.List;
import java.util.Locale;

/** Formats per-set figures: a fixed-width table for the terminal and a Markdown table for reports. */
public final class FiguresTable {

    private FiguresTable() {}

    /** One header line and one line per set, each with the extractor's time beside the bare parse's. */
    public static String text(List<ExtractBench.SetFigures> sets) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-12s %5s %8s %6s %6s %6s %7s   %-18s %-18s %s%n",
                "set", "pages", "articles", "P", "R", "F1", "title", "extract ms p50/p90", "jsoup ms p50/p90",
                "ratio p50 (median per-page ratio)"));
        for (ExtractBench.SetFigures s : sets) {
            out.append(String.format(Locale.ROOT, "%-12s %5d %8d %6.3f %6.3f %6.3f %7s   %-18s %-18s %.2fx (%.2fx)%n",
                    s.set(), s.pages(), s.articles(), s.quality().precision(), s.quality().recall(), s.quality().f1(),
                    titleRate(s), times(s.extractP50(), s.extractP90()), times(s.jsoupP50(), s.jsoupP90()),
                    s.ratioOfMedians(), s.medianPageRatio()));
        }
        for (ExtractBench.SetFigures s : sets) {
            if (s.pageTypes() != null) {
                out.append(String.format(Locale.ROOT, "%s by page type: %s%n", s.set(), s.pageTypes().line()));
            }
        }
        return out.toString();
    }

    /** The same figures as a Markdown table. */
    public static String markdown(List<ExtractBench.SetFigures> sets) {
        StringBuilder out = new StringBuilder();
        out.append("| set | pages | articles | P | R | F1 | title exact | extract ms p50 / p90 | jsoup parse ms p50 / p90 "
                + "| ratio of medians | median per-page ratio |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (ExtractBench.SetFigures s : sets) {
            out.append(String.format(Locale.ROOT, "| %s | %d | %d | %.3f | %.3f | **%.3f** | %s | %s | %s | **%.2f×** | %.2f× |%n",
                    s.set(), s.pages(), s.articles(), s.quality().precision(), s.quality().recall(), s.quality().f1(),
                    titleRate(s), times(s.extractP50(), s.extractP90()).replace("/", " / "),
                    times(s.jsoupP50(), s.jsoupP90()).replace("/", " / "), s.ratioOfMedians(), s.medianPageRatio()));
        }
        List<ExtractBench.SetFigures> typed = sets.stream().filter(s -> s.pageTypes() != null).toList();
        if (!typed.isEmpty()) {
            out.append("\nBy page type (the outcome is the extractor's status: an article, or not an article):\n\n");
            out.append("| set | article pages judged articles | listing/collection pages judged not articles "
                    + "| P (article pages) | R (article pages) | F1 (article pages) |\n");
            out.append("|---|---:|---:|---:|---:|---:|\n");
            for (ExtractBench.SetFigures s : typed) {
                PageTypeFigures t = s.pageTypes();
                out.append(String.format(Locale.ROOT, "| %s | %d / %d (**%s**) | %d / %d (**%s**) | %.3f | %.3f | **%.3f** |%n",
                        s.set(), t.articlesJudgedArticles(), t.articlePages(), PageTypeFigures.share(t.articleRecall()),
                        t.listingsJudgedNotArticles(), t.listingPages(), PageTypeFigures.share(t.listingRecall()),
                        t.articleQuality().precision(), t.articleQuality().recall(), t.articleQuality().f1()));
            }
        }
        return out.toString();
    }

    private static String titleRate(ExtractBench.SetFigures s) {
        double rate = s.quality().titleMatchRate();
        return Double.isNaN(rate) ? "-" : String.format(Locale.ROOT, "%.3f", rate);
    }

    private static String times(double p50, double p90) {
        return String.format(Locale.ROOT, "%.2f/%.2f", p50, p90);
    }
}
