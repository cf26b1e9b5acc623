package org.akhbar.samplesite;

import java.util.Objects;

/**
 * One page of the sample site that has a golden expectation.
 *
 * @param path the URL path on the sample server ("/wadi/smara-derby.html"); also where the
 *     page lives under the {@code site/} resource folder
 * @param sourceId the source it belongs to ("wadi", "bawaba", "qadim"), or "traps" for the
 *     robustness pages
 * @param expectedJson the raw text of the page's {@code .expected.json}
 */
public record SamplePage(String path, String sourceId, String expectedJson) {

    public SamplePage {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(expectedJson, "expectedJson");
    }

    /** The parsed expectation. */
    public Expectation expectation() {
        return Expectation.parse(expectedJson);
    }

    /** Whether a perfect extractor finds an article on this page. */
    public boolean isArticle() {
        return expectation().status() == Expectation.Status.ARTICLE;
    }

    /** The resource path of the expectation, relative to the {@code site/} folder. */
    public String expectationPath() {
        return path.substring(0, path.length() - ".html".length()) + ".expected.json";
    }
}
