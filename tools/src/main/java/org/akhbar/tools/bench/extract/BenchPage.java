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
 */
public record BenchPage(String id, String set, String url, String expectedTitle, String expectedText, Path html) {}
