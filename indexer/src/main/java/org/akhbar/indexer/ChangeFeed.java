package org.akhbar.indexer;

import java.util.List;
import org.akhbar.domain.Article;

/** The ordered stream of article changes the indexer tails: the store's feed by seq. */
@FunctionalInterface
public interface ChangeFeed {
    /** Up to {@code limit} changes with seq greater than {@code afterSeq}, ascending by seq. */
    List<Article> changesAfter(long afterSeq, int limit);
}
