/**
 * The Arabic analysis chain of Akhbar: {@link org.akhbar.search.analysis.ArabicNewsAnalyzer}
 * is the one analyzer used at index and query time. Each step it adds to Lucene's own filters
 * is a pure algorithm over a term buffer ({@link org.akhbar.search.analysis.ArabicOrthography},
 * {@link org.akhbar.search.analysis.GluedNumbers}, {@link org.akhbar.search.analysis.ArabicLightStemmer})
 * wrapped in a small TokenFilter.
 */
package org.akhbar.search.analysis;
