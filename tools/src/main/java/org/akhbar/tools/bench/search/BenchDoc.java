package org.akhbar.tools.bench.search;

/**
 * One document of the benchmark collection, as both systems index it.
 *
 * @param id the benchmark id, already prefixed with its set's name
 * @param set the set (retrieval set or distractor file) it comes from
 * @param title the title (never blank: documents without one are skipped on reading)
 * @param text the body text; paragraphs separated by line breaks, may be empty
 */
public record BenchDoc(String id, String set, String title, String text) {}
