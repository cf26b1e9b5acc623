package org.akhbar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ClassVerdictsTest {

    private static final List<String[]> TRICKY = List.of(
            new String[] {"story_details_tags u-width100", ""},
            new String[] {"article-comments-list", ""},
            new String[] {"content-with-sidebar-wrp", ""},
            new String[] {"entry-content has-sidebar", ""},
            new String[] {"widget widget_recent_entries", ""},
            new String[] {"builder-widget-container", ""},
            new String[] {"imgCaption", ""},
            new String[] {"newsTags", "main"},
            new String[] {"d-none d-md-block", ""},
            new String[] {"hidden", "sidebar"},
            new String[] {"wp-caption-text", ""},
            new String[] {"ad-slot in-article", ""},
            new String[] {"post-header", "related"},
            new String[] {"flex items-center   justify-between\tpx-4", "comments"},
            new String[] {"", "adsense"},
            new String[] {"PageBuilder-pageRow", ""},
            new String[] {"so-panel widget widget_sow-editor", ""},
            new String[] {"header-anchor-post", ""},
            new String[] {"related-header", ""},
            new String[] {"h-related-posts-header", ""},
            new String[] {"svelte-1x content-main-sidebar", ""},
            new String[] {"grid-toc-content-sidebar", "main-sidebar"},
            new String[] {"ad-container", ""},
            new String[] {"post-content-ads", ""});

    /** The verdict bits as the whole-string rules give them. */
    private static int expected(String className, String id) {
        int v = 0;
        if (BoilerplatePruner.isHiddenByClass(className)) {
            v |= ClassVerdicts.HIDDEN;
        }
        if (BoilerplatePruner.isCaptionClass(className)) {
            v |= ClassVerdicts.CAPTION;
        }
        if (ClassHints.isFurniture(className, id)) {
            v |= ClassVerdicts.FURNITURE;
        }
        if (ClassHints.isFurniture(className, id) && ClassHints.isHeadingFurniture(className, id)) {
            v |= ClassVerdicts.HEADING_FURNITURE;
        }
        if (ClassHints.isAdMarked(className, id)) {
            v |= ClassVerdicts.AD_MARKED;
        }
        return v;
    }

    @Test
    void nameByNameVerdictsAgreeWithTheWholeStringRulesOnTrickyClasses() {
        ClassVerdicts verdicts = new ClassVerdicts();
        for (String[] pair : TRICKY) {
            assertThat(verdicts.of(pair[0], pair[1])).as(pair[0] + " / " + pair[1]).isEqualTo(expected(pair[0], pair[1]));
        }
    }

    @Test
    void nameByNameVerdictsAgreeOnEveryClassOfTheGoldenPages() throws IOException {
        List<String[]> pairs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/extract"))) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                for (Element e : Jsoup.parse(Files.readString(page, CharsetSniffer.detect(Files.readAllBytes(page), null)))
                        .getAllElements()) {
                    pairs.add(new String[] {e.className(), e.id()});
                }
            }
        }
        assertThat(pairs).hasSizeGreaterThan(1000);
        ClassVerdicts verdicts = new ClassVerdicts();
        for (String[] pair : pairs) {
            assertThat(verdicts.of(pair[0], pair[1])).as(pair[0] + " / " + pair[1]).isEqualTo(expected(pair[0], pair[1]));
        }
    }
}
