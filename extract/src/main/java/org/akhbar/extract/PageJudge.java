package org.akhbar.extract;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Decides whether what was extracted is an article, and if not, says why in a few words.
 *
 * <p>Not an article: no title; less than {@link #MIN_BODY_CHARS} characters of body; a
 * single paragraph shorter than {@link #MIN_SINGLE_PARAGRAPH_CHARS}; a container that is
 * mostly link text; or, unless the metadata declares an article, a listing (many headline
 * links in the container, at least twice as many as prose paragraphs, or og:type "website" with many links
 * and little prose).
 */
final class PageJudge {

    static final int MIN_BODY_CHARS = 250;
    static final int MIN_SINGLE_PARAGRAPH_CHARS = 400;
    private static final double MAX_LINK_DENSITY = 0.5;
    private static final int HEADLINE_LINK_CHARS = 15;
    private static final int MIN_LISTING_LINKS = 5;
    private static final int PROSE_CHARS = 150;

    private PageJudge() {}

    /** Null when the page is an article, else the reason it is not. */
    static String reasonNotArticle(String title, List<Paragraph> paragraphs, MainContentFinder.Result content,
            PageMetadata meta, Element body) {
        int chars = 0;
        int prose = 0;
        for (Paragraph p : paragraphs) {
            chars += p.text().length();
            if (p.text().length() >= PROSE_CHARS && p.linkRatio() < 0.1) {
                prose++;
            }
        }
        if (content.linkDensity() > MAX_LINK_DENSITY) {
            return "listing: main block is mostly links";
        }
        if (!meta.declaresArticle()) {
            int headlineLinks = 0;
            for (Element part : content.parts()) {
                for (Element a : part.getElementsByTag("a")) {
                    if (a.text().length() >= HEADLINE_LINK_CHARS) {
                        headlineLinks++;
                    }
                }
            }
            if (headlineLinks >= MIN_LISTING_LINKS && headlineLinks >= 2 * prose) {
                return "listing: " + headlineLinks + " headline links in main block";
            }
            if (meta.declaresWebsite() && prose < 3 && body.getElementsByTag("a").size() >= 20) {
                return "listing: og:type website with many links and little prose";
            }
        }
        if (chars < MIN_BODY_CHARS) {
            return "too little text: " + chars + " chars";
        }
        if (paragraphs.size() < 2 && chars < MIN_SINGLE_PARAGRAPH_CHARS) {
            return "a single short paragraph";
        }
        if (title == null || title.isBlank()) {
            return "no title";
        }
        return null;
    }
}
