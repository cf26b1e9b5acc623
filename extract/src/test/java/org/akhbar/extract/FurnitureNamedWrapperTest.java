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
        return extract(wrapperClass, paragraphs, "");
    }

    private Extraction extract(String wrapperClass, int paragraphs, String afterWrapper) {
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= paragraphs; i++) {
            body.append("<p>Stage ").append(i).append(". ").append(PROSE).append("</p>");
        }
        String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Walking the ridge trail"
                + "</title></head><body><div class=\"header\"><a href=\"/\">Hiking Guide</a></div>"
                + "<div class=\"" + wrapperClass + "\"><h2>Walking the ridge trail</h2>" + body + "</div>" + afterWrapper
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

    private static final String BIO = "<div class=\"author-note\"><p>Jo Walker has written about the hills of the"
            + " north for twenty years, and leads small groups along the ridge every summer since she retired.</p>"
            + "<p>Her guide to the northern valleys, with maps drawn by her brother, came out last spring and is"
            + " sold in the visitor centres of both national parks.</p></div>";

    @Test
    void aLongArticleInSuchAWrapperReplacesTheShortTextTheStrictReadingLeft() {
        Extraction e = extract("share-container", 14, BIO);

        // Strictly read, the page is the author's note alone; the body went with its wrapper.
        assertThat(e.status()).as(e.reason()).isEqualTo(Extraction.Status.ARTICLE);
        assertThat(e.article().paragraphs()).hasSizeGreaterThanOrEqualTo(14);
        assertThat(e.article().paragraphs().subList(0, 14)).allMatch(p -> p.endsWith(PROSE));
    }

    @Test
    void aShortArticleStandsBesideFurnitureOfNotManyTimesItsText() {
        StringBuilder story = new StringBuilder("<div class=\"story\">");
        for (int i = 1; i <= 3; i++) {
            story.append("<p>Day ").append(i).append(". ").append(PROSE).append("</p>");
        }
        Extraction e = extract("related-stories", 6, story.append("</div>").toString());

        // The strict reading is the three-paragraph story; the related list beside it is no
        // several times longer article, so it does not take the story's place.
        assertThat(e.status()).as(e.reason()).isEqualTo(Extraction.Status.ARTICLE);
        assertThat(e.article().paragraphs()).hasSize(3).allMatch(p -> p.startsWith("Day "));
    }
}
