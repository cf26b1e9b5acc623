package org.akhbar.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The one analysis chain of Akhbar, used at index time and at query time.
 *
 * <p>Contract: {@link #stemmed()} gives the chain for the stemmed fields, {@link #exact()}
 * the same chain without the stemmer (normalised forms only) for the exact fields. Both
 * unfold Arabic presentation forms (ﺍﻟﻤﻐﺮﺏ → المغرب), lower-case Latin and fold its accents (café → cafe), drop English possessive 's, fold
 * every Unicode digit to ASCII, drop the preposition على by its spelling, normalise
 * Arabic spelling (alef and hamza forms, ى, ة, diacritics, tatweel), split Arabic letters
 * glued to numbers, never emit an empty term and remove the normalised stop list.
 * {@link Analyzer#normalize(String, String)} (query-time normalisation of a single term, for
 * prefix or fuzzy queries) applies the character-level steps only: no splitting, no stop
 * list, no stemming. Thread-safe like every Lucene analyzer.
 */
public final class ArabicNewsAnalyzer extends Analyzer {
    private final boolean stemming;

    private ArabicNewsAnalyzer(boolean stemming) {
        this.stemming = stemming;
    }

    /** The chain for stemmed fields: normalisation, stop list, light stemming. */
    public static ArabicNewsAnalyzer stemmed() {
        return new ArabicNewsAnalyzer(true);
    }

    /** The chain for exact fields: normalisation and stop list, no stemming. */
    public static ArabicNewsAnalyzer exact() {
        return new ArabicNewsAnalyzer(false);
    }

    /** True when this instance stems. */
    public boolean isStemming() {
        return stemming;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream ts = new EmojiFilter(source);
        // Before normalisation, which makes the preposition على look like the name علي.
        ts = new SpellingStopFilter(ts);
        ts = normalization(ts);
        // After normalisation: tatweel between letter and digit (بـ1990) is gone and the
        // digits are ASCII, so one rule finds every seam.
        ts = new GluedNumberSplitFilter(ts);
        // After normalisation and splitting, which can both leave nothing (ـــ, a lone mark).
        ts = new EmptyTermFilter(ts);
        // The stop list is normalised, so it must see normalised terms; and it runs before the
        // stemmer so that a content word never turns into a stop word's shape and vanishes.
        ts = new StopWordFilter(ts);
        if (stemming) {
            ts = new ArabicLightStemFilter(ts);
        }
        return new TokenStreamComponents(source, ts);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return normalization(in);
    }

    /**
     * The character-level steps shared by analysis, {@link #normalize} and the word lists.
     * {@link ArabicOrthographyFilter} does all Arabic spelling normalisation in one pass; it
     * must see the marks (tanween fath decides whether a final alef is spelling only), so no
     * other filter removes them first. The possessive goes last, once marks and invisible
     * characters that could hide a final 's are gone, so normalising a term twice changes
     * nothing.
     */
    static TokenStream normalization(TokenStream in) {
        TokenStream ts = new PresentationFormFilter(in);
        ts = new LowerCaseFilter(ts);
        ts = new LatinFoldingFilter(ts);
        ts = new DigitFoldingFilter(ts);
        ts = new ArabicOrthographyFilter(ts);
        return new EnglishPossessiveFilter(ts);
    }
}
