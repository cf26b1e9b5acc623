package org.akhbar.search.query;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score (BM25 over the passage, times the position norm), computed without
 * the {@code BytesRefHash} the stock scorer builds for every candidate passage: that hash
 * takes a 32 KB block on its first term, so a long body with many matching sentences cost
 * megabytes per search, half of all the API allocated under load. The distinct terms of a
 * passage are few, so a scan over them finds each term's slot; they are numbered in order of
 * first occurrence and summed in that order, as the hash does, so every score, and hence
 * every snippet, is the stock one to the last bit.
 */
final class ArticlePassageScorer extends PassageScorer {

    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int[] termFreqsInDoc = passage.getMatchTermFreqsInDoc();
        BytesRef[] distinct = new BytesRef[matches];
        int[] freqInPassage = new int[matches];
        int[] freqInDoc = new int[matches];
        int count = 0;
        for (int i = 0; i < matches; i++) {
            int slot = 0;
            while (slot < count && !distinct[slot].bytesEquals(terms[i])) {
                slot++;
            }
            if (slot == count) {
                distinct[count] = terms[i];
                freqInDoc[count] = termFreqsInDoc[i];
                count++;
            }
            freqInPassage[slot]++;
        }
        double score = 0d;
        for (int slot = 0; slot < count; slot++) {
            score += tf(freqInPassage[slot], passage.getLength()) * weight(contentLength, freqInDoc[slot]);
        }
        score *= norm(passage.getStartOffset());
        return (float) score;
    }
}
