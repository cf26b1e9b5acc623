package org.akhbar.scraper.crawl;

import java.util.Objects;
import org.akhbar.domain.Article;
import org.akhbar.domain.Outcome;
import org.akhbar.domain.RawPage;
import org.akhbar.store.UpsertResult;

/**
 * How processing one article URL ended, and what it leaves to be written.
 *
 * @param outcome the counted outcome (its reason is short and fixed, so counts group well); for
 *     a page with an {@code article}, "stored" until the write says whether it was unchanged
 * @param detail a longer note for the frontier and the log (e.g. the extractor's reason), or null
 * @param retry whether the URL should be tried again later rather than completed
 * @param raw the fetched page to archive, or null (nothing fetched, or not from the source's site)
 * @param article the article to store, or null
 */
public record PageResult(Outcome outcome, String detail, boolean retry, RawPage raw, Article article) {
    public PageResult {
        Objects.requireNonNull(outcome, "outcome");
    }

    /** A result that leaves nothing to write. */
    public PageResult(Outcome outcome, String detail, boolean retry) {
        this(outcome, detail, retry, null, null);
    }

    static PageResult of(Outcome outcome) {
        return new PageResult(outcome, null, false);
    }

    /** This result, with the fetched page to archive. */
    PageResult archiving(RawPage page) {
        return new PageResult(outcome, detail, retry, page, article);
    }

    /** The result once the article is written: stored if new or changed, else unchanged. */
    PageResult written(UpsertResult upsert) {
        Outcome written = upsert.status() == UpsertResult.Status.UNCHANGED ? Outcome.unchanged() : Outcome.stored();
        return new PageResult(written, detail, retry, raw, article);
    }

    /** The text recorded in the frontier: "stored", "skipped: robots.txt", ... */
    public String describe() {
        String kind = outcome.kind().name().toLowerCase(java.util.Locale.ROOT);
        String text = outcome.reason() == null ? kind : kind + ": " + outcome.reason();
        return detail == null ? text : text + " (" + detail + ")";
    }
}
