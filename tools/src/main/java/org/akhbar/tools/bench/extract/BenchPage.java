package org.akhbar.tools.bench.extract;

import java.nio.file.Path;

/**
 * One page of an extraction benchmark manifest.
 *
 * @param id the page's id in its set
 * @param set the set it belongs to ("aeb", "newspaper4k", ...)
 * @param url the page's original URL, or null when the set does not know it
 * @param expectedTitle the true title, or null when the set gives none
 * @param expectedText the true article text
 * @param html where the page's (usually gzipped) HTML lies
 * @param pageType what the set says the page is ({@code article}, {@code listing},
 *     {@code collection}), or null when the set does not say
 */
public record BenchPage(String id, String set, String url, String expectedTitle, String expectedText, Path html,
        String pageType) {

    /** A page of a set that does not say what kind of page it is. */
    public BenchPage(String id, String set, String url, String expectedTitle, String expectedText, Path html) {
        this(id, set, url, expectedTitle, expectedText, html, null);
    }
}
