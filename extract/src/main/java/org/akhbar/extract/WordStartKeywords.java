package org.akhbar.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A set of keywords matched at the start of a word of a lower-case class or id string: a
 * position is a word start when it opens the string or follows a character other than
 * {@code [a-z0-9]}, so "header" is found in "site-header" but not in "shadow". A hand-written
 * scan rather than a regular expression: page templates carry thousands of class names, and
 * an alternation of dozens of words with look-arounds tried at every position is the slowest
 * part of judging them.
 *
 * <p>Keyword syntax: {@code "share"} matches "share", "shares", "share-box"; a trailing {@code
 * $} ({@code "ads$"}) requires that no letter {@code [a-z]} follows ("ads", "ads-1", but not
 * "adsense"); {@code "widget!-wrap!-container"} matches "widget" unless "-wrap" or "-container"
 * follows it and ends the word ("widget-wrap" and "widget-container-2" do not match,
 * "widget-wrapper" does).
 */
final class WordStartKeywords {

    private record Keyword(String text, boolean wordEnd, String[] unlessFollowedBy) {}

    /** Keywords by their first character (ASCII only). */
    private final Keyword[][] byFirstChar = new Keyword[128][];

    private WordStartKeywords(List<Keyword> keywords) {
        List<List<Keyword>> buckets = new ArrayList<>(128);
        for (int i = 0; i < 128; i++) {
            buckets.add(new ArrayList<>());
        }
        for (Keyword k : keywords) {
            buckets.get(k.text().charAt(0)).add(k);
        }
        for (int i = 0; i < 128; i++) {
            if (!buckets.get(i).isEmpty()) {
                byFirstChar[i] = buckets.get(i).toArray(new Keyword[0]);
            }
        }
    }

    static WordStartKeywords of(String... specs) {
        List<Keyword> keywords = new ArrayList<>(specs.length);
        for (String spec : specs) {
            String[] parts = spec.split("!");
            String text = parts[0];
            boolean wordEnd = text.endsWith("$");
            if (wordEnd) {
                text = text.substring(0, text.length() - 1);
            }
            String[] unless = new String[parts.length - 1];
            System.arraycopy(parts, 1, unless, 0, unless.length);
            if (text.isEmpty() || text.charAt(0) >= 128) {
                throw new IllegalArgumentException("keyword must start with an ASCII character: " + spec);
            }
            keywords.add(new Keyword(text, wordEnd, unless));
        }
        return new WordStartKeywords(keywords);
    }

    /** Whether a keyword starts some word of {@code s}. */
    boolean foundIn(String s) {
        return find(s, 0) >= 0;
    }

    /** The first word start at or after {@code from} where a keyword matches, or -1. */
    int find(String s, int from) {
        boolean afterAlnum = from > 0 && isLowerAlnum(s.charAt(from - 1));
        for (int pos = from; pos < s.length(); pos++) {
            char c = s.charAt(pos);
            if (!afterAlnum && c < 128 && byFirstChar[c] != null && matchAt(s, pos) >= 0) {
                return pos;
            }
            afterAlnum = isLowerAlnum(c);
        }
        return -1;
    }

    /** Whether {@code c} continues a word: what a keyword must not follow to start one. */
    static boolean isWordChar(char c) {
        return isLowerAlnum(c);
    }

    /**
     * The end of the longest keyword matching at {@code pos} (word start not checked), or -1.
     * A keyword with exceptions fails when one of them follows it and is itself followed by no
     * letter: "widget!-wrap" rejects "widget-wrap" and "widget-wrap-2" but not "widget-wraps".
     */
    int matchAt(String s, int pos) {
        char c = s.charAt(pos);
        Keyword[] candidates = c < 128 ? byFirstChar[c] : null;
        if (candidates == null) {
            return -1;
        }
        int best = -1;
        for (Keyword k : candidates) {
            String text = k.text();
            int end = pos + text.length();
            // The second letter rejects most candidates without a call to startsWith.
            if (end <= best || end > s.length() || (text.length() > 1 && s.charAt(pos + 1) != text.charAt(1))
                    || !s.startsWith(text, pos)) {
                continue;
            }
            if (k.wordEnd() && end < s.length() && isLowerLetter(s.charAt(end))) {
                continue;
            }
            if (followedByException(s, end, k.unlessFollowedBy())) {
                continue;
            }
            best = end;
        }
        return best;
    }

    private static boolean followedByException(String s, int end, String[] exceptions) {
        for (String exception : exceptions) {
            int after = end + exception.length();
            if (s.startsWith(exception, end) && (after == s.length() || !isLowerLetter(s.charAt(after)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLowerLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isLowerAlnum(char c) {
        return isLowerLetter(c) || (c >= '0' && c <= '9');
    }
}
