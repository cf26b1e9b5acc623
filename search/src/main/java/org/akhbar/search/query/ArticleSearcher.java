package org.akhbar.search.query;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.akhbar.domain.Article;
import org.akhbar.domain.ArticleId;
import org.akhbar.search.index.ArticleDocuments;
import org.akhbar.search.index.ArticleText;
import org.akhbar.search.index.Fields;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Searches a Lucene index written by {@link org.akhbar.search.index.ArticleIndexWriter}.
 * Thread-safe; holds a SearcherManager and picks up new commits on {@link #maybeRefresh()}.
 * Never throws on user query text ({@link UserQueryParser}): a query with no words at all
 * (empty, only punctuation) lists every article matching the filters, newest first; a query
 * whose words are all stop words matches nothing.
 *
 * <p>An index directory that does not exist yet, or holds no commit yet, searches as empty
 * (no exception) until a {@link #maybeRefresh()} finds the first commit. Ranked queries sort
 * by score, ties by index order; unranked ones (empty query, only exclusions) sort newest
 * first, undated articles last. Totals are exact up to {@link #EXACT_TOTAL_UP_TO} matches for
 * ranked searches (a lower bound beyond, flagged), and always exact for unranked ones.
 */
public final class ArticleSearcher implements Closeable {
    private static final Sort NEWEST_FIRST = newestFirst();
    // Stateless, so one serves every search.
    private static final ArticlePassageScorer PASSAGE_SCORER = new ArticlePassageScorer();
    /**
     * How many top hits the exact-form and proximity refinements may reorder: the first three
     * pages of ten. On the search benchmark's dev sets windows of 30, 50 and 100 gave nDCG@10
     * 0.7216, 0.7229 and 0.7228; the re-ranking reads the positions of every query word in
     * every hit of the window, and 30 ranked a page 0.05 ms faster than 50 (about 15% of the
     * call).
     */
    static final int RESCORE_WINDOW = 30;

    /**
     * Ranked searches count matches exactly up to here and give a lower bound beyond
     * ({@link SearchResult#totalExact()}), so that ranking can skip documents that cannot make
     * the page; unranked ones (newest first) always count exactly.
     */
    public static final int EXACT_TOTAL_UP_TO = 1000;
    private static final double RESCORE_WEIGHT = 1.0;

    private final Path indexDir;
    private final Similarity similarity;
    private final Analyzer analyzer = Fields.analyzer();
    private final UserQueryParser parser = new UserQueryParser();
    private final Object openLock = new Object();
    private volatile Directory directory;
    private volatile SearcherManager manager;
    private volatile boolean closed;

    private ArticleSearcher(Path indexDir, Similarity similarity) {
        this.indexDir = indexDir;
        this.similarity = similarity;
    }

    /** Opens the index in {@code indexDir}; an absent or empty index searches as empty. */
    public static ArticleSearcher open(Path indexDir) throws IOException {
        return open(indexDir, new ArticleSimilarity());
    }

    /**
     * Opens the index scoring with {@code similarity} instead of the product's
     * {@link ArticleSimilarity}: for benchmarks that compare parameter choices.
     */
    public static ArticleSearcher open(Path indexDir, Similarity similarity) throws IOException {
        ArticleSearcher s = new ArticleSearcher(indexDir, java.util.Objects.requireNonNull(similarity));
        s.tryOpen();
        return s;
    }

    /** Runs one search; never throws on the query text. */
    public SearchResult search(SearchRequest request) throws IOException {
        SearcherManager m = manager;
        if (m == null) {
            return new SearchResult(0, true, request.page(), request.size(), List.of());
        }
        IndexSearcher searcher = m.acquire();
        try {
            return search(searcher, request);
        } finally {
            m.release(searcher);
        }
    }

    /**
     * The ids and scores of the hits {@link #search} would return for {@code request}, in the
     * same order, without loading articles or building snippets: for measuring ranking
     * quality. Scores are 0 for unranked queries.
     */
    public List<ScoredId> ranking(SearchRequest request) throws IOException {
        SearcherManager m = manager;
        if (m == null) {
            return List.of();
        }
        IndexSearcher searcher = m.acquire();
        try {
            Page page = page(searcher, request);
            String[] ids = ids(searcher, page.hits());
            List<ScoredId> out = new ArrayList<>(ids.length);
            for (int i = 0; i < ids.length; i++) {
                out.add(new ScoredId(ids[i], page.parsed().ranked() ? page.hits()[i].score : 0f));
            }
            return out;
        } finally {
            m.release(searcher);
        }
    }

    /**
     * The article ids of {@code hits}, in their order, from the id's doc values rather than
     * the stored document (reading one stored field reads the whole stored article); one
     * doc-values iterator per segment, walked in doc order.
     */
    private static String[] ids(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
        Integer[] byDoc = new Integer[hits.length];
        for (int i = 0; i < hits.length; i++) {
            byDoc[i] = i;
        }
        java.util.Arrays.sort(byDoc, java.util.Comparator.comparingInt(i -> hits[i].doc));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        String[] ids = new String[hits.length];
        BinaryDocValues values = null;
        int leafIndex = -1;
        for (int i : byDoc) {
            int leaf = ReaderUtil.subIndex(hits[i].doc, leaves);
            if (leaf != leafIndex) {
                leafIndex = leaf;
                values = DocValues.getBinary(leaves.get(leaf).reader(), Fields.ID);
            }
            int doc = hits[i].doc - leaves.get(leaf).docBase;
            ids[i] = values.advanceExact(doc) ? values.binaryValue().utf8ToString() : null;
        }
        return ids;
    }

    /** An article id and its score. */
    public record ScoredId(String id, float score) {}

    // The requested page of hits in ranking order, and the total.
    private record Page(UserQueryParser.ParsedQuery parsed, long total, boolean totalExact, ScoreDoc[] hits) {}

    private Page page(IndexSearcher searcher, SearchRequest request) throws IOException {
        QueryTermStates termStates = new QueryTermStates(searcher);
        UserQueryParser.ParsedQuery parsed = parser.parse(request.query(), termStates::termQuery);
        Query query = withFilters(parsed.query(), request);
        long offset = (long) (request.page() - 1) * request.size();
        int maxDoc = Math.max(1, searcher.getIndexReader().maxDoc());
        if (offset >= maxDoc) {
            // Past the end: only the total is needed.
            return new Page(parsed, searcher.count(query), true, new ScoreDoc[0]);
        }
        int numHits = (int) Math.min(offset + request.size(), maxDoc);
        TopDocs top = parsed.ranked()
                ? rescored(searcher, query, parsed, termStates, numHits)
                : searcher.search(query, new TopFieldCollectorManager(NEWEST_FIRST, numHits, Integer.MAX_VALUE));
        ScoreDoc[] all = top.scoreDocs;
        int from = (int) Math.min(offset, all.length);
        return new Page(parsed, top.totalHits.value(), top.totalHits.relation() == TotalHits.Relation.EQUAL_TO,
                java.util.Arrays.copyOfRange(all, from, all.length));
    }

    private SearchResult search(IndexSearcher searcher, SearchRequest request) throws IOException {
        Page result = page(searcher, request);
        UserQueryParser.ParsedQuery parsed = result.parsed();
        ScoreDoc[] page = result.hits();
        if (page.length == 0) {
            return new SearchResult(result.total(), result.totalExact(), request.page(), request.size(), List.of());
        }
        // Each hit's stored fields are read once, for the hit and for its snippet alike.
        StoredFields stored = searcher.storedFields();
        Map<Integer, Document> docs = new HashMap<>(page.length * 2);
        for (ScoreDoc hit : page) {
            docs.put(hit.doc, stored.document(hit.doc));
        }
        String[] snippets = snippets(searcher, parsed, page, docs);
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Document d = docs.get(page[i].doc);
            String snippet = snippets[i] != null ? snippets[i] : Snippets.lead(d.get(Fields.BODY));
            String published = d.get(Fields.PUBLISHED_AT_ISO);
            float score = parsed.ranked() ? page[i].score : 0f;
            hits.add(new SearchHit(d.get(Fields.ID), d.get(Fields.URL), d.get(Fields.TITLE), d.get(Fields.SOURCE),
                    published == null ? null : OffsetDateTime.parse(published), snippet, score));
        }
        return new SearchResult(result.total(), result.totalExact(), request.page(), request.size(), hits);
    }

    /**
     * Top {@code numHits} by score, the first {@link #RESCORE_WINDOW} of them reordered with
     * the exact-form and proximity refinements. The window is fixed, not tied to the page, so
     * every page cuts the same ordering.
     */
    private static TopDocs rescored(IndexSearcher searcher, Query query, UserQueryParser.ParsedQuery parsed,
            QueryTermStates termStates, int numHits) throws IOException {
        boolean refine = parsed.rescore() != null || !parsed.exactForms().isEmpty();
        // The whole window is always collected, so a page of 10 and a page of 100 cut the same order.
        int collect = refine ? Math.max(numHits, RESCORE_WINDOW) : numHits;
        TopDocs first = searcher.search(query, new TopScoreDocCollectorManager(collect, EXACT_TOTAL_UP_TO));
        if (!refine || first.scoreDocs.length < 2) {
            return cut(first, numHits);
        }
        int window = Math.min(RESCORE_WINDOW, first.scoreDocs.length);
        ScoreDoc[] head = new ScoreDoc[window];
        for (int i = 0; i < window; i++) {
            head[i] = new ScoreDoc(first.scoreDocs[i].doc, first.scoreDocs[i].score);
        }
        java.util.Arrays.sort(head, java.util.Comparator.comparingInt(h -> h.doc));
        ExactForms.addBonus(searcher, parsed.exactForms(), head, termStates);
        ScoreDoc[] boosted;
        if (parsed.rescore() != null) {
            boosted = QueryRescorer.rescore(searcher, new TopDocs(first.totalHits, head), parsed.rescore(),
                    RESCORE_WEIGHT, window).scoreDocs;
        } else {
            // The order QueryRescorer gives: score, then doc id.
            java.util.Arrays.sort(head, (a, b) -> a.score != b.score ? Float.compare(b.score, a.score)
                    : Integer.compare(a.doc, b.doc));
            boosted = head;
        }
        ScoreDoc[] merged = first.scoreDocs.clone();
        System.arraycopy(boosted, 0, merged, 0, window);
        return cut(new TopDocs(first.totalHits, merged), numHits);
    }

    private static TopDocs cut(TopDocs top, int n) {
        return top.scoreDocs.length <= n ? top
                : new TopDocs(top.totalHits, java.util.Arrays.copyOf(top.scoreDocs, n));
    }

    // Each hit's snippet: from the body, else from the title; null where neither matches.
    private String[] snippets(IndexSearcher searcher, UserQueryParser.ParsedQuery parsed, ScoreDoc[] page,
            Map<Integer, Document> docs) throws IOException {
        if (!parsed.ranked() || page.length == 0) {
            return new String[page.length];
        }
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new ArticlePassageFormatter())
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        new SentenceBreaks(), Snippets.TARGET_LENGTH, 0.3f))
                .withMaxNoHighlightPassages(0)
                .withScorer(PASSAGE_SCORER)
                // Term-level matching is several times cheaper than weight matches and still
                // marks every clitic variant, since matching is on the field's stems.
                .withWeightMatches(false);
        UnifiedHighlighter highlighter = new LoadedDocsHighlighter(builder, docs);
        int[] docIds = new int[page.length];
        for (int i = 0; i < page.length; i++) {
            docIds[i] = page[i].doc;
        }
        String[] out = highlighter.highlightFields(new String[] {Fields.TEXT}, parsed.query(), docIds,
                new int[] {ArticlePassageFormatter.PASSAGES}).get(Fields.TEXT);
        return out == null ? new String[page.length] : out;
    }

    /**
     * Highlights text already read from the stored fields, instead of reading every hit's
     * stored block a second time (decompressing it was a fifth of a search call).
     */
    private static final class LoadedDocsHighlighter extends UnifiedHighlighter {
        private final Map<Integer, Document> docs;

        LoadedDocsHighlighter(UnifiedHighlighter.Builder builder, Map<Integer, Document> docs) {
            super(builder);
            this.docs = docs;
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
                int cacheCharsThreshold) throws IOException {
            List<CharSequence[]> out = new ArrayList<>();
            for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
                Document d = docs.get(doc);
                CharSequence[] values = new CharSequence[fields.length];
                for (int i = 0; i < fields.length; i++) {
                    values[i] = d == null ? "" : value(d, fields[i]);
                }
                out.add(values);
            }
            return out;
        }

        // The searchable field's text is the one its offsets point into, rebuilt from its parts.
        private static String value(Document d, String field) {
            if (field.equals(Fields.TEXT)) {
                return ArticleText.content(d.get(Fields.TITLE), d.get(Fields.BODY), d.get(Fields.DATELINE));
            }
            String v = d.get(field);
            return v == null ? "" : v;
        }
    }

    private static Query withFilters(Query query, SearchRequest request) {
        if (request.sources().isEmpty() && request.from() == null && request.to() == null) {
            return query;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, Occur.MUST);
        if (!request.sources().isEmpty()) {
            List<BytesRef> terms = request.sources().stream().map(BytesRef::new).toList();
            b.add(new TermInSetQuery(Fields.SOURCE, terms), Occur.FILTER);
        }
        if (request.from() != null || request.to() != null) {
            long lo = request.from() == null ? Long.MIN_VALUE : epochMillis(request.from());
            long hi = request.to() == null ? Long.MAX_VALUE : epochMillis(request.to());
            if (request.to() != null) {
                // The upper bound is exclusive; an empty range simply matches nothing.
                hi = hi == Long.MIN_VALUE ? hi : hi - 1;
            }
            b.add(LongPoint.newRangeQuery(Fields.PUBLISHED_AT, lo, hi), Occur.FILTER);
        }
        return b.build();
    }

    // An Instant can lie beyond the range of epoch millis; such a bound is the end of the range.
    private static long epochMillis(Instant t) {
        try {
            return t.toEpochMilli();
        } catch (ArithmeticException beyondRange) {
            return t.isBefore(Instant.EPOCH) ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    /** The stored article with this id, from stored fields (the API never reads the database). */
    public Optional<Article> article(ArticleId id) throws IOException {
        SearcherManager m = manager;
        if (m == null) {
            return Optional.empty();
        }
        IndexSearcher searcher = m.acquire();
        try {
            TopDocs top = searcher.search(new TermQuery(new Term(Fields.ID, id.value())), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(ArticleDocuments.toArticle(searcher.storedFields(), top.scoreDocs[0].doc));
        } finally {
            m.release(searcher);
        }
    }

    /** Picks up a newer commit if there is one; true if the view changed. */
    public boolean maybeRefresh() throws IOException {
        SearcherManager m = manager;
        if (m == null) {
            return tryOpen();
        }
        long before = version(m);
        m.maybeRefreshBlocking();
        return version(m) != before;
    }

    /** Number of live articles in the current view. */
    public int articleCount() {
        SearcherManager m = manager;
        if (m == null) {
            return 0;
        }
        try {
            IndexSearcher searcher = m.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                m.release(searcher);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The commit currently searched; empty while there is none. */
    public Optional<org.akhbar.search.index.CommitInfo> commitInfo() throws IOException {
        SearcherManager m = manager;
        if (m == null) {
            return Optional.empty();
        }
        IndexSearcher searcher = m.acquire();
        try {
            return Optional.of(org.akhbar.search.index.CommitInfo.of(
                    ((DirectoryReader) searcher.getIndexReader()).getIndexCommit()));
        } finally {
            m.release(searcher);
        }
    }

    /** The change-feed seq of the commit currently searched, 0 when there is none. */
    public long searchedSeq() throws IOException {
        SearcherManager m = manager;
        if (m == null) {
            return 0;
        }
        IndexSearcher searcher = m.acquire();
        try {
            return org.akhbar.search.index.ArticleIndexWriter.committedSeq(
                    (DirectoryReader) searcher.getIndexReader());
        } finally {
            m.release(searcher);
        }
    }

    private static long version(SearcherManager m) throws IOException {
        IndexSearcher s = m.acquire();
        try {
            return ((DirectoryReader) s.getIndexReader()).getVersion();
        } finally {
            m.release(s);
        }
    }

    // Opens the SearcherManager once the first commit exists; false while there is none.
    private boolean tryOpen() throws IOException {
        synchronized (openLock) {
            if (closed || manager != null) {
                return false;
            }
            if (!Files.isDirectory(indexDir)) {
                return false;
            }
            Directory dir = FSDirectory.open(indexDir);
            try {
                if (!DirectoryReader.indexExists(dir)) {
                    dir.close();
                    return false;
                }
                manager = new SearcherManager(dir, new SearcherFactory() {
                    @Override
                    public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                        IndexSearcher searcher = new IndexSearcher(reader);
                        searcher.setSimilarity(similarity);
                        return searcher;
                    }
                });
                directory = dir;
                return true;
            } catch (IOException | RuntimeException e) {
                dir.close();
                throw e;
            }
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (openLock) {
            closed = true;
            try {
                if (manager != null) {
                    manager.close();
                }
            } finally {
                if (directory != null) {
                    directory.close();
                }
                analyzer.close();
                manager = null;
            }
        }
    }

    private static Sort newestFirst() {
        SortField published = new SortField(Fields.PUBLISHED_AT, SortField.Type.LONG, true);
        published.setMissingValue(Long.MIN_VALUE);
        return new Sort(published, SortField.FIELD_DOC);
    }
}
