package org.akhbar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * A theme may name the article's own wrapper with a furniture word ("share", "sidebar"): the
 * pruner then takes the article away, and the extractor reads the page once more without class
 * words pruning, keeping what it finds only when it is a long article ({@link Extractor}).
 */
class FurnitureNamedWrapperTest {

    private static final String PROSE = "The trail climbs steadily through pine forest for the first three miles, and"
            + " walkers who start early have the shade to themselves before the day's heat reaches the ridge above.";

    private final Extractor extractor = new Extractor();

    private Extraction extract(String wrapperClass, int paragraphs) {
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= paragraphs; i++) {
            body.append("<p>Stage ").append(i).append(". ").append(PROSE).append("</p>");
        }
        String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Walking the ridge trail"
                + "</title></head><body><div class=\"header\"><a href=\"/\">Hiking Guide</a></div>"
                + "<div class=\"" + wrapperClass + "\"><h2>Walking the ridge trail</h2>" + body + "</div>"
                + "<footer>All rights reserved</footer></body></html>";
        return extractor.extract(new ExtractionInput(URI.create("https://hiking.example/ridge-trail"),
                html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", null, ZoneOffset.UTC,
                Instant.parse("2025-05-10T08:00:00Z")));
    }

    @Test
    void aLongArticleInAWrapperNamedLikeFurnitureIsRead() {
        Extraction e = extract("share", 6);

        assertThat(e.status()).as(e.reason()).isEqualTo(Extraction.Status.ARTICLE);
        assertThat(e.article().paragraphs()).hasSize(6).allMatch(p -> p.endsWith(PROSE));
    }

    @Test
    void aFewParagraphsInSuchAWrapperStayFurniture() {
        Extraction e = extract("sidebar-widget", 2);

        // The strict reading's reason stands: the pruner left nothing.
        assertThat(e.status()).isEqualTo(Extraction.Status.NOT_ARTICLE);
        assertThat(e.reason()).isEqualTo("no main content block");
    }
}
