package org.akhbar.scraper.crawl;

import java.util.Objects;
import org.akhbar.domain.Outcome;

/**
 * How processing one article URL ended.
 *
 * @param outcome the counted outcome (its reason is short and fixed, so counts group well)
 * @param detail a longer note for the frontier and the log (e.g. the extractor's reason), or null
 * @param retry whether the URL should be tried again later rather than completed
 */
public record PageResult(Outcome outcome, String detail, boolean retry) {
    public PageResult {
        Objects.requireNonNull(outcome, "outcome");
    }

    static PageResult of(Outcome outcome) {
        return new PageResult(outcome, null, false);
    }

    /** The text recorded in the frontier: "stored", "skipped: robots.txt", ... */
    public String describe() {
        String kind = outcome.kind().name().toLowerCase(java.util.Locale.ROOT);
        String text = outcome.reason() == null ? kind : kind + ": " + outcome.reason();
        return detail == null ? text : text + " (" + detail + ")";
    }
}
