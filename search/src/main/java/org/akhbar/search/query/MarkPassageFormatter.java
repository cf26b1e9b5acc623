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
        return format(passages[0], content, 0, content.length());
    }

    /**
     * Formats passage {@code p} of the part {@code [from, to)} of {@code content}: "…" marks
     * text cut within that part, not the part's own bounds.
     */
    static String format(Passage p, String content, int from, int to) {
        int pStart = Math.max(p.getStartOffset(), from);
        int pEnd = Math.min(p.getEndOffset(), to);
        int start = pStart;
        int end = pEnd;
        if (pEnd - pStart > Snippets.TARGET_LENGTH + 40) {
            int firstMatch = firstMatchFrom(p, pStart);
            start = Snippets.wordStartBefore(content, Math.max(pStart, firstMatch - LEAD_IN), pStart);
            end = Snippets.wordEndAfter(content, Math.min(pEnd, start + Snippets.TARGET_LENGTH), pEnd);
        }
        StringBuilder sb = new StringBuilder(end - start + 64);
        if (start > from) {
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
        if (end < to) {
            sb.append(' ').append(Snippets.ELLIPSIS);
        }
        return sb.toString().strip();
    }

    // The start of the passage's first match at or after offset, else offset.
    private static int firstMatchFrom(Passage p, int offset) {
        for (int i = 0; i < p.getNumMatches(); i++) {
            if (p.getMatchStarts()[i] >= offset) {
                return p.getMatchStarts()[i];
            }
        }
        return offset;
    }
}
