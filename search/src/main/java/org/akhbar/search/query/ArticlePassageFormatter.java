package org.akhbar.search.query;

import org.akhbar.search.index.ArticleText;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats the snippet of one hit from the passages of {@link org.akhbar.search.index.Fields#TEXT}
 * (title, body and dateline in one {@link ArticleText#content} string): the best-scoring
 * passage of the body, or, when the body has no match, the best one of the title, each
 * formatted as {@link MarkPassageFormatter} does within its own part. Null when neither matches.
 */
final class ArticlePassageFormatter extends PassageFormatter {
    /** Passages to ask the highlighter for: the title's, the body's best and one spare. */
    static final int PASSAGES = 3;

    @Override
    public Object format(Passage[] passages, String content) {
        int bodyStart = ArticleText.bodyStart(content);
        int bodyEnd = ArticleText.bodyEnd(content);
        Passage body = best(passages, bodyStart, bodyEnd);
        if (body != null) {
            return MarkPassageFormatter.format(body, content, bodyStart, bodyEnd);
        }
        int titleEnd = Math.max(0, bodyStart - 1);
        Passage title = best(passages, 0, titleEnd);
        return title == null ? null : MarkPassageFormatter.format(title, content, 0, titleEnd);
    }

    // The highest-scoring passage with a match inside [from, to); the earliest on a tie. A
    // passage may run from the title into the body (passages grow sentence by sentence to
    // the snippet length), so it counts for each part it has a match in.
    private static Passage best(Passage[] passages, int from, int to) {
        Passage best = null;
        for (Passage p : passages) {
            if (p == null || !hasMatchIn(p, from, to)) {
                continue;
            }
            if (best == null || p.getScore() > best.getScore()) {
                best = p;
            }
        }
        return best;
    }

    private static boolean hasMatchIn(Passage p, int from, int to) {
        for (int i = 0; i < p.getNumMatches(); i++) {
            if (p.getMatchStarts()[i] >= from && p.getMatchStarts()[i] < to) {
                return true;
            }
        }
        return false;
    }
}
