package org.akhbar.search.index;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.akhbar.domain.Article;
import org.akhbar.domain.ArticleId;
import org.akhbar.search.analysis.ArabicNewsAnalyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.BytesRef;

/**
 * Maps a domain {@link Article} to its Lucene {@link Document} and back.
 *
 * <p>Contract: {@link #toDocument} stores every field {@link #toArticle} needs, so that
 * {@code toArticle(toDocument(a))} equals {@code a} for any live article whose paragraphs do
 * not themselves contain {@code \n} (the body is stored as the paragraphs joined by
 * {@code \n}, as {@link Article#body()} defines it). Tombstones are not documents.
 */
public final class ArticleDocuments {
    private ArticleDocuments() {}

    /**
     * {@link Fields#TEXT}: positions (phrases, proximity) with payloads (exact forms), and
     * offsets in the postings so highlighting needs no re-analysis.
     */
    static final FieldType TEXT = new FieldType(TextField.TYPE_NOT_STORED);
    static {
        TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT.freeze();
    }

    // Analyzers are thread-safe and reuse their components per thread.
    private static final ArabicNewsAnalyzer EXACT = ArabicNewsAnalyzer.exact();

    /** The document for a live article. */
    public static Document toDocument(Article a) {
        if (a.isDeleted()) {
            throw new IllegalArgumentException("a tombstone has no document: " + a.id());
        }
        Document d = new Document();
        d.add(new StringField(Fields.ID, a.id().value(), Field.Store.YES));
        d.add(new BinaryDocValuesField(Fields.ID, new BytesRef(a.id().value())));
        d.add(new StoredField(Fields.URL, a.url()));
        d.add(new StoredField(Fields.CANONICAL_URL, a.canonicalUrl()));
        d.add(new StringField(Fields.SOURCE, a.sourceId(), Field.Store.YES));
        d.add(new SortedSetDocValuesField(Fields.SOURCE, new BytesRef(a.sourceId())));
        String body = a.body();
        d.add(new StoredField(Fields.TITLE, a.title()));
        d.add(new StoredField(Fields.BODY, body));
        d.add(new Field(Fields.TEXT, ArticleText.tokens(EXACT, a.title(), body, a.dateline()), TEXT));
        if (a.publishedAt() != null) {
            long millis = a.publishedAt().toInstant().toEpochMilli();
            d.add(new LongPoint(Fields.PUBLISHED_AT, millis));
            d.add(new NumericDocValuesField(Fields.PUBLISHED_AT, millis));
            d.add(new StoredField(Fields.PUBLISHED_AT_ISO, a.publishedAt().toString()));
        }
        if (a.dateline() != null) {
            d.add(new StoredField(Fields.DATELINE, a.dateline()));
        }
        for (String author : a.authors()) {
            d.add(new StoredField(Fields.AUTHOR, author));
        }
        d.add(new StringField(Fields.LANGUAGE, a.language(), Field.Store.YES));
        d.add(new StoredField(Fields.SEQ, a.seq()));
        d.add(new NumericDocValuesField(Fields.SEQ, a.seq()));
        d.add(new StoredField(Fields.FETCHED_AT, a.fetchedAt().toString()));
        d.add(new StoredField(Fields.CONTENT_HASH, a.contentHash()));
        return d;
    }

    /** Rebuilds the article from the stored fields of document {@code doc}. */
    public static Article toArticle(StoredFields storedFields, int doc) throws java.io.IOException {
        return toArticle(storedFields.document(doc));
    }

    /** Rebuilds the article from a document read back with its stored fields. */
    public static Article toArticle(Document d) {
        List<String> paragraphs = new ArrayList<>();
        for (String p : d.get(Fields.BODY).split("\n")) {
            if (!p.isBlank()) {
                paragraphs.add(p);
            }
        }
        String published = d.get(Fields.PUBLISHED_AT_ISO);
        return new Article(
                new ArticleId(d.get(Fields.ID)),
                d.get(Fields.URL),
                d.get(Fields.CANONICAL_URL),
                d.get(Fields.SOURCE),
                d.get(Fields.TITLE),
                paragraphs,
                published == null ? null : OffsetDateTime.parse(published),
                List.of(d.getValues(Fields.AUTHOR)),
                d.get(Fields.DATELINE),
                d.get(Fields.LANGUAGE),
                d.get(Fields.CONTENT_HASH),
                Instant.parse(d.get(Fields.FETCHED_AT)),
                d.getField(Fields.SEQ).numericValue().longValue(),
                null);
    }
}
