package org.akhbar.extract;

import java.util.List;

/**
 * What a page says about itself, read before any pruning.
 *
 * @param headlines og:title, then JSON-LD headlines, then twitter:title, then {@code <title>}, in that order
 * @param h1s the visible {@code <h1>} texts in document order
 * @param siteNames names the site goes by (configured name, og:site_name, JSON-LD publisher)
 * @param canonicalUrl absolute canonical URL, or null
 * @param published raw published-date values, best source first
 * @param modified raw modified-date values
 * @param authors author names from JSON-LD and meta tags
 * @param bylines texts of byline elements (class/itemprop author or byline)
 * @param dateLabels elements that look like date labels ({@code <time>}, class "date"...), in document
 *     order; the extractor keeps those that survive pruning, so a sidebar's dates are not taken
 * @param language the declared language (primary subtag), or null
 * @param declaresArticle whether JSON-LD or og:type says this is an article
 * @param declaresWebsite whether og:type says "website"
 * @param articleBody the JSON-LD articleBody, or null
 * @param htmlTitle the {@code <title>} text (also in {@code headlines}), or null when absent
 * @param hasMetadataHeadline whether og:title, a JSON-LD headline or twitter:title gave a headline
 * @param h1Elements the {@code <h1>} elements in document order, empty ones too; the extractor keeps
 *     those that survive pruning ({@link StoryFrame})
 * @param jsonLdArticle whether JSON-LD describes an article (NewsArticle, BlogPosting...): unlike
 *     og:type "article", which some CMSs print on every page, listings and shop pages included
 * @param captions the photo captions ({@code <figcaption>}) in document order, each with the element
 *     that held it: the pruner drops captions, but a photo story's caption is all its text ({@link
 *     StoryFrame#captions})
 * @param listingEvidence what in the metadata says the page lists other pages (JSON-LD
 *     CollectionPage, SearchResultsPage or ProfilePage; og:type product.group, product or
 *     profile), or null when nothing does
 */
record PageMetadata(
        List<String> headlines,
        List<String> h1s,
        List<String> siteNames,
        String canonicalUrl,
        List<String> published,
        List<String> modified,
        List<String> authors,
        List<String> bylines,
        List<org.jsoup.nodes.Element> dateLabels,
        String language,
        boolean declaresArticle,
        boolean declaresWebsite,
        String articleBody,
        String htmlTitle,
        boolean hasMetadataHeadline,
        List<org.jsoup.nodes.Element> h1Elements,
        boolean jsonLdArticle,
        List<Caption> captions,
        String listingEvidence) {

    /** Metadata with no listing evidence. */
    PageMetadata(List<String> headlines, List<String> h1s, List<String> siteNames, String canonicalUrl,
            List<String> published, List<String> modified, List<String> authors, List<String> bylines,
            List<org.jsoup.nodes.Element> dateLabels, String language, boolean declaresArticle,
            boolean declaresWebsite, String articleBody, String htmlTitle, boolean hasMetadataHeadline,
            List<org.jsoup.nodes.Element> h1Elements, boolean jsonLdArticle, List<Caption> captions) {
        this(headlines, h1s, siteNames, canonicalUrl, published, modified, authors, bylines, dateLabels, language,
                declaresArticle, declaresWebsite, articleBody, htmlTitle, hasMetadataHeadline, h1Elements,
                jsonLdArticle, captions, null);
    }

    /** A {@code <figcaption>} and the element that held it before the pruner took the caption out. */
    record Caption(org.jsoup.nodes.Element holder, org.jsoup.nodes.Element caption) {}

    /** Whether the page names its headline itself: og:title, a JSON-LD headline, twitter:title or a non-site-name h1. */
    boolean hasStrongHeadline() {
        if (hasMetadataHeadline) {
            return true;
        }
        for (String h1 : h1s) {
            if (!isSiteName(h1)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text is one of the site's names, compared in normalised form. */
    boolean isSiteName(String text) {
        String key = TextNormalizer.forComparison(text);
        for (String name : siteNames) {
            if (TextNormalizer.forComparison(name).equals(key)) {
                return true;
            }
        }
        return false;
    }
}
