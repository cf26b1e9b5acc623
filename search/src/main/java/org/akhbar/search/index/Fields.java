package org.akhbar.search.index;

import org.akhbar.search.analysis.ArabicNewsAnalyzer;
import org.apache.lucene.analysis.Analyzer;

/**
 * Every field name of the article index, in one place, and the analyzer queries on
 * {@link #TEXT} are analysed with.
 */
public final class Fields {
    private Fields() {}

    /** Article id, 16 hex digits: StringField, stored, binary doc values; the update/delete key. */
    public static final String ID = "id";
    /** The URL fetched: stored. */
    public static final String URL = "url";
    /** The canonical URL: stored. */
    public static final String CANONICAL_URL = "canonical_url";
    /** Source id: StringField, stored, and sorted-set doc values for facets. */
    public static final String SOURCE = "source";
    /** Title: stored (searched through {@link #TEXT}). */
    public static final String TITLE = "title";
    /** Body, the paragraphs joined by {@code \n}: stored (searched through {@link #TEXT}). */
    public static final String BODY = "body";
    /**
     * Title, body and dateline as one searchable field ({@link ArticleText}): stems with
     * positions, offsets into {@link ArticleText#content} for highlighting, and each token's
     * exact-form hash as payload (none where the stem is the exact form). Not stored.
     */
    public static final String TEXT = "text";
    /** Publication time as epoch millis: LongPoint for ranges and numeric doc values for sorting. */
    public static final String PUBLISHED_AT = "published_at";
    /** Publication time as ISO-8601 with the page's offset, stored only (round-trips the offset). */
    public static final String PUBLISHED_AT_ISO = "published_at_iso";
    /** Dateline place: stored (searched through {@link #TEXT}). */
    public static final String DATELINE = "dateline";
    /** One stored value per author, in order. */
    public static final String AUTHOR = "author";
    /** BCP-47 language code: StringField, stored. */
    public static final String LANGUAGE = "language";
    /** Change-feed position: stored and numeric doc values. */
    public static final String SEQ = "seq";
    /** Fetch instant, ISO-8601, stored. */
    public static final String FETCHED_AT = "fetched_at";
    /** Content hash: stored. */
    public static final String CONTENT_HASH = "content_hash";

    /** Commit user-data key holding the last applied seq. */
    public static final String COMMIT_SEQ = "seq";

    /**
     * Commit user-data key holding when the commit was made (epoch milliseconds): replicas and
     * health report how old the revision they serve is.
     */
    public static final String COMMIT_TIME = "committed-at";

    /** Commit user-data key holding the {@link #SCHEMA} the index was written with. */
    public static final String COMMIT_SCHEMA = "schema";

    /**
     * The version of this field layout. An index written with another one is rebuilt from the
     * database (see {@code ArticleIndexWriter#open}): searching it with this code would find
     * nothing. 2: the one {@link #TEXT} field replaced stemmed and exact title and body fields.
     * 3: a stem that is its token's exact form carries no payload.
     */
    public static final String SCHEMA = "3";

    /** The query-time analyzer of {@link #TEXT}: the stemmed chain the field's stems come from. */
    public static Analyzer analyzer() {
        return ArabicNewsAnalyzer.stemmed();
    }
}
