package org.akhbar.search.query;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats the best passage as an HTML-safe snippet of about {@link Snippets#TARGET_LENGTH}
 * characters: a window around the first match, cut at word boundaries, matched text in
 * {@code <mark>…</mark>}, everything else escaped, "…" where text was cut. Overlapping
 * matches are merged so marks never nest. Returns null when there is no passage.
 */
public final class MarkPassageFormatter extends PassageFormatter {
    private static final int LEAD_IN = 60;

    @Override
    public Object format(Passage[] passages, String content) {
        if (passages.length == 0 || passages[0] == null) {
            return null;
        }
        Passage p = passages[0];
        int pStart = p.getStartOffset();
        int pEnd = Math.min(p.getEndOffset(), content.length());
        int start = pStart;
        int end = pEnd;
        if (pEnd - pStart > Snippets.TARGET_LENGTH + 40) {
            int firstMatch = p.getNumMatches() > 0 ? p.getMatchStarts()[0] : pStart;
            start = Snippets.wordStartBefore(content, Math.max(pStart, firstMatch - LEAD_IN), pStart);
            end = Snippets.wordEndAfter(content, Math.min(pEnd, start + Snippets.TARGET_LENGTH), pEnd);
        }
        StringBuilder sb = new StringBuilder(end - start + 64);
        if (start > 0) {
            sb.append(Snippets.ELLIPSIS).append(' ');
        }
        int pos = start;
        int[] starts = p.getMatchStarts();
        int[] ends = p.getMatchEnds();
        int i = 0;
        while (i < p.getNumMatches()) {
            int ms = Math.max(starts[i], pos);
            int me = Math.min(ends[i], end);
            // Merge matches that touch or overlap this one.
            while (i + 1 < p.getNumMatches() && starts[i + 1] <= me) {
                i++;
                me = Math.max(me, Math.min(ends[i], end));
            }
            i++;
            if (ms >= end) {
                break;
            }
            if (me <= ms) {
                continue;
            }
            Snippets.escape(content, pos, ms, sb);
            sb.append("<mark>");
            Snippets.escape(content, ms, me, sb);
            sb.append("</mark>");
            pos = me;
        }
        Snippets.escape(content, pos, end, sb);
        if (end < content.length()) {
            sb.append(' ').append(Snippets.ELLIPSIS);
        }
        return sb.toString().strip();
    }
}
