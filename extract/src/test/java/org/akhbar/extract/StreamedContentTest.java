package org.akhbar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * React's streaming server render sends a slow part of the page late, in a {@code <div hidden
 * id="S:n">} at the end of the body that its script moves into place: that div is content, and
 * may be the whole article ({@link BoilerplatePruner#hidesByAttribute}).
 */
class StreamedContentTest {

    private static final String[] PARAGRAPHS = {
        "The city council voted on Tuesday to extend the night bus network to the three new districts in the east,"
                + " after two years of petitions from residents who work late shifts at the hospital and the port.",
        "The first lines will start in March, and the transport office says the buses will run every twenty minutes"
                + " between midnight and five in the morning, on weekdays and at weekends alike.",
    };

    private final Extractor extractor = new Extractor();

    private Extraction extract(String streamedId, boolean cutFurniture) {
        StringBuilder body = new StringBuilder();
        for (String p : PARAGRAPHS) {
            body.append("<p>").append(p).append("</p>");
        }
        String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Night buses reach the east"
                + "</title></head><body><header><a href=\"/\">City Paper</a></header><div class=\"page\">"
                + "<template id=\"B:0\"></template><p>Loading...</p></div><footer>All rights reserved</footer>"
                + "<div hidden id=\"" + streamedId + "\"><h1>Night buses reach the east</h1>" + body + "</div>"
                + "<script>$RC(\"B:0\",\"S:0\")</script></body></html>";
        return extractor.extract(new ExtractionInput(URI.create("https://paper.example/night-buses"),
                html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", null, ZoneOffset.UTC,
                Instant.parse("2025-05-10T08:00:00Z")), cutFurniture);
    }

    @Test
    void anArticleStreamedInAHiddenBoundaryDivIsExtracted() {
        for (boolean cut : new boolean[] {true, false}) {
            Extraction e = extract("S:0", cut);

            assertThat(e.status()).as(e.reason()).isEqualTo(Extraction.Status.ARTICLE);
            assertThat(e.article().paragraphs()).containsExactly(PARAGRAPHS);
        }
    }

    @Test
    void anyOtherHiddenDivStaysHidden() {
        for (boolean cut : new boolean[] {true, false}) {
            assertThat(extract("menu-panel", cut).status()).isEqualTo(Extraction.Status.NOT_ARTICLE);
            assertThat(extract("S:x1", cut).status()).isEqualTo(Extraction.Status.NOT_ARTICLE);
        }
    }

    @Test
    void theBoundaryIdIsAnSColonAndDigits() {
        assertThat(BoilerplatePruner.isStreamedBoundaryId("S:12")).isTrue();
        assertThat(BoilerplatePruner.isStreamedBoundaryId("S:")).isFalse();
        assertThat(BoilerplatePruner.isStreamedBoundaryId("B:1")).isFalse();
        assertThat(BoilerplatePruner.isStreamedBoundaryId("")).isFalse();
    }
}
