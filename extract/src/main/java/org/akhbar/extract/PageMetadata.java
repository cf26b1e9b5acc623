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
        String articleBody) {}
