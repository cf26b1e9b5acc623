package org.akhbar.search.index;

import java.util.HashMap;
import java.util.Map;
import org.akhbar.search.analysis.ArabicNewsAnalyzer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * Every field name of the article index, in one place, and the one analyzer routing that
 * both the writer and the searcher use (stemmed chain by default, exact chain for the
 * {@code *_exact} fields).
 */
public final class Fields {
    private Fields() {}

    /** Article id, 16 hex digits: StringField, stored; the update/delete key. */
    public static final String ID = "id";
    /** The URL fetched: stored. */
    public static final String URL = "url";
    /** The canonical URL: StringField, stored. */
    public static final String CANONICAL_URL = "canonical_url";
    /** Source id: StringField, stored, and sorted-set doc values for facets. */
    public static final String SOURCE = "source";
    /** Title, stemmed chain, stored, postings with offsets for highlighting. */
    public static final String TITLE = "title";
    /** Title, exact (normalised, unstemmed) chain, not stored. */
    public static final String TITLE_EXACT = "title_exact";
    /** Body (paragraphs joined by {@code \n}), stemmed chain, stored, postings with offsets. */
    public static final String BODY = "body";
    /** Body, exact chain, not stored. */
    public static final String BODY_EXACT = "body_exact";
    /** Publication time as epoch millis: LongPoint for ranges and numeric doc values for sorting. */
    public static final String PUBLISHED_AT = "published_at";
    /** Publication time as ISO-8601 with the page's offset, stored only (round-trips the offset). */
    public static final String PUBLISHED_AT_ISO = "published_at_iso";
    /** Dateline place, stemmed chain, stored. */
    public static final String DATELINE = "dateline";
    /** One stored value per author, in order. */
    public static final String AUTHOR = "author";
    /** BCP-47 language code: StringField, stored. */
    public static final String LANGUAGE = "language";
    /** Change-feed position: stored and numeric doc values. */
    public static final String SEQ = "seq";
    /** Fetch instant, ISO-8601, stored. */
    public static final String FETCHED_AT = "fetched_at";
    /** Content hash: StringField, stored. */
    public static final String CONTENT_HASH = "content_hash";

    /** Commit user-data key holding the last applied seq. */
    public static final String COMMIT_SEQ = "seq";

    /** A new per-field analyzer: exact chain for the exact fields, stemmed chain elsewhere. */
    public static Analyzer analyzer() {
        Analyzer exact = ArabicNewsAnalyzer.exact();
        Map<String, Analyzer> perField = new HashMap<>();
        perField.put(TITLE_EXACT, exact);
        perField.put(BODY_EXACT, exact);
        return new PerFieldAnalyzerWrapper(ArabicNewsAnalyzer.stemmed(), perField);
    }
}
