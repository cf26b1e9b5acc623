package org.akhbar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The one-pass keyword scan of class and id values finds what a search of the lower-cased value finds. */
class MetadataHintsTest {

    /** The plain way: one search per keyword in a lower-cased copy. */
    private static int expected(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        int bits = 0;
        for (int i = 0; i < MetadataReader.Scan.HINTS.length; i++) {
            if (lower.contains(MetadataReader.Scan.HINTS[i])) {
                bits |= 1 << i;
            }
        }
        return bits;
    }

    @Test
    void agreesOnEveryClassAndIdOfTheGoldenPages() throws IOException {
        List<String> values = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/extract"))) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                for (Element e : Jsoup.parse(Files.readString(page, CharsetSniffer.detect(Files.readAllBytes(page), null)))
                        .getAllElements()) {
                    values.add(e.attr("class"));
                    values.add(e.attr("id"));
                }
            }
        }
        assertThat(values).hasSizeGreaterThan(1000);
        for (String value : values) {
            assertThat(MetadataReader.Scan.hintsIn(value)).as(value).isEqualTo(expected(value));
        }
    }

    @Test
    void agreesOnRandomValuesMadeOfKeywordPiecesAndTrickyCharacters() {
        // Keyword pieces in both cases, overlapping starts ("autho" + "author"), the Kelvin sign,
        // the dotted capital I and characters one bit away from ASCII letters.
        String[] pieces = {"author", "AUTHOR", "autho", "byline", "BYL\u0130NE", "bYlInE", "writer", "reporter", "date",
            "DaTe", "time", "t\u0130me", "publish", "meta", "desc", "bio", "about", "abou", "a", "b", "d", "m", "t",
            "-", " ", "_", "@", "`", "\u212A", "\u0130", "\u00e9", "\u0627\u0644", "post-", "Entry", "x"};
        Random random = new Random(20261129);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int parts = random.nextInt(8);
            for (int k = 0; k < parts; k++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String value = sb.toString();
            assertThat(MetadataReader.Scan.hintsIn(value)).as(value).isEqualTo(expected(value));
        }
    }
}
