package org.akhbar.tools.bench.pipeline.site;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
import org.akhbar.extract.Extraction;
import org.akhbar.extract.ExtractionInput;
import org.akhbar.extract.Extractor;
import org.akhbar.tools.bench.pipeline.site.NewsSite.Section;
import org.akhbar.tools.bench.pipeline.site.NewsSite.SiteSource;

/**
 * The product's extractor over every page of a {@link NewsSite}, rendered without a server:
 * which article pages it keeps and why it drops the others, and whether it rejects the
 * section listings. A crawl stores what the extractor keeps, so this predicts the crawl's
 * "articles kept" figure in seconds instead of a crawl's minutes.
 */
public final class SiteJudgement {
    private static final ZoneId ZONE = ZoneId.of("Asia/Riyadh");

    /** What the extractor made of the site. */
    public record Result(int articlePagesWithText, int kept, Map<String, Integer> droppedByReason,
            int listingPages, int listingsRejected) {
        public double keptShare() {
            return articlePagesWithText == 0 ? 1 : kept / (double) articlePagesWithText;
        }
    }

    private SiteJudgement() {}

    /** Extracts every article page with text, and every section page. */
    public static Result judge(NewsSite site) {
        NewsTemplate template = new NewsTemplate(site);
        Extractor extractor = new Extractor();
        int withText = 0;
        int kept = 0;
        int listings = 0;
        int rejected = 0;
        Map<String, Integer> dropped = new TreeMap<>();
        for (SiteSource source : site.sources()) {
            String base = "http://127.0.0.1:1";
            for (int at = 0; at < source.pages().size(); at++) {
                NewsSite.ArticlePage page = source.pages().get(at);
                if (!site.article(page).hasText()) {
                    continue;
                }
                withText++;
                Extraction e = extract(extractor, base + page.path(), template.article(source, at, base), source.id());
                if (e.status() == Extraction.Status.ARTICLE && e.article() != null
                        && !e.article().paragraphs().isEmpty()) {
                    kept++;
                } else {
                    dropped.merge(e.status() + ": " + reasonKind(e.reason()), 1, Integer::sum);
                }
            }
            for (Section s : Section.values()) {
                listings++;
                Extraction e = extract(extractor, base + s.path(), template.section(source, s, base), source.id());
                if (e.status() != Extraction.Status.ARTICLE) {
                    rejected++;
                }
            }
        }
        return new Result(withText, kept, dropped, listings, rejected);
    }

    private static Extraction extract(Extractor extractor, String url, String html, String siteName) {
        return extractor.extract(new ExtractionInput(URI.create(url), html.getBytes(StandardCharsets.UTF_8),
                "text/html; charset=utf-8", siteName, ZONE, Instant.parse("2026-01-01T00:00:00Z")));
    }

    /** The reason without its figures ("too little text: 120 chars" → "too little text"). */
    private static String reasonKind(String reason) {
        if (reason == null) {
            return "no reason";
        }
        int colon = reason.indexOf(':');
        return colon < 0 ? reason : reason.substring(0, colon);
    }
}
