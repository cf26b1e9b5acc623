/**
 * The article extractor: a pure function from a fetched page ({@link org.akhbar.extract.ExtractionInput}:
 * URL, undecoded bytes, Content-Type, the source's name and zone, the fetch time) to an
 * {@link org.akhbar.extract.Extraction}: an {@link org.akhbar.extract.ExtractedArticle}, or the
 * reason the page is not an article or cannot be read.
 *
 * <p>JDK and jsoup only, no framework, no I/O. {@link org.akhbar.extract.Extractor} runs the
 * steps; each step is its own small class, tested alone. Public besides the contract records:
 * {@link org.akhbar.extract.CharsetSniffer}, {@link org.akhbar.extract.ArabicDateParser} and
 * {@link org.akhbar.extract.TextNormalizer}, which other modules may reuse. Everything else is
 * package-private.
 */
package org.akhbar.extract;
