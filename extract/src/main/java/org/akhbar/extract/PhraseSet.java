package org.akhbar.extract;

import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A fixed set of phrases in comparison form that answers "does one of them occur in this text
 * as whole words?" in one pass over the text's word starts, instead of one {@code indexOf}
 * scan of the whole text per phrase. The phrases are bucketed by their first two characters
 * (a one-character phrase by its character and a space: it must be followed by one or by the
 * end), so at each word start only the few phrases that could begin there are compared; one
 * character would not do, most Arabic words open with the article "ال". The text is in
 * comparison form too: words separated by single spaces.
 *
 * <p>It is a plain read-only {@link Set} otherwise (iteration in insertion order, {@code
 * contains}), so the phrase lists keep being declared and used as sets.
 */
final class PhraseSet extends AbstractSet<String> {

    private static final int BUCKETS = 512;

    private final Set<String> phrases;
    /** Phrases by {@link #bucket} of their opening; null where none opens so. */
    private final String[][] byOpening = new String[BUCKETS][];
    /** The empty phrase matches between spaces: too odd for the buckets, checked the plain way. */
    private final boolean hasEmpty;
    /** The length of the longest phrase. */
    private final int longest;
    /** The family this set is scanned with, and its bit there; null when scanned alone. */
    private Family family;
    private long familyBit;

    /** The set of the phrases' comparison forms ({@link TextNormalizer#forComparison}). */
    static PhraseSet ofComparisonForms(String... phrases) {
        List<String> forms = new ArrayList<>(phrases.length);
        for (String phrase : phrases) {
            forms.add(TextNormalizer.forComparison(phrase));
        }
        return new PhraseSet(forms);
    }

    PhraseSet(Collection<String> phrases) {
        this.phrases = new LinkedHashSet<>(phrases);
        List<List<String>> buckets = new ArrayList<>(BUCKETS);
        for (int i = 0; i < BUCKETS; i++) {
            buckets.add(null);
        }
        boolean empty = false;
        int longestPhrase = 0;
        for (String p : this.phrases) {
            longestPhrase = Math.max(longestPhrase, p.length());
            if (p.isEmpty()) {
                empty = true;
                continue;
            }
            int b = bucket(p.charAt(0), p.length() > 1 ? p.charAt(1) : ' ');
            if (buckets.get(b) == null) {
                buckets.set(b, new ArrayList<>(2));
            }
            buckets.get(b).add(p);
        }
        for (int i = 0; i < BUCKETS; i++) {
            if (buckets.get(i) != null) {
                byOpening[i] = buckets.get(i).toArray(String[]::new);
            }
        }
        hasEmpty = empty;
        longest = longestPhrase;
    }

    /** Whether one of the phrases opens {@code n}, followed by a space or the end. */
    boolean opens(String n) {
        if (hasEmpty && (n.isEmpty() || n.charAt(0) == ' ')) {
            return true;
        }
        return !n.isEmpty() && matchesAt(n, 0);
    }

    /** Whether one of the phrases occurs in {@code n} starting and ending at word boundaries (a space or an end). */
    boolean occursAsWords(String n) {
        if (family != null) {
            return (family.occurring(n) & familyBit) != 0;
        }
        if (hasEmpty && plainEmptyMatch(n)) {
            return true;
        }
        int length = n.length();
        int at = 0;
        while (at < length) {
            if (matchesAt(n, at)) {
                return true;
            }
            int space = n.indexOf(' ', at);
            if (space < 0) {
                return false;
            }
            at = space + 1;
        }
        return false;
    }

    /** Whether a phrase starts at {@code at} (a word start) and ends at a space or the end. */
    private boolean matchesAt(String n, int at) {
        String[] candidates = byOpening[bucket(n.charAt(at), at + 1 < n.length() ? n.charAt(at + 1) : ' ')];
        if (candidates == null) {
            return false;
        }
        for (String p : candidates) {
            int end = at + p.length();
            if (n.startsWith(p, at) && (end == n.length() || n.charAt(end) == ' ')) {
                return true;
            }
        }
        return false;
    }

    /**
     * The bucket of an opening: its first character and the one after it, a space standing
     * for the end of the text (both end a one-character phrase).
     */
    private static int bucket(char first, char second) {
        return (first * 31 + second) & (BUCKETS - 1);
    }

    /** The empty phrase occurs as a word where the text is empty or two boundaries touch. */
    private static boolean plainEmptyMatch(String n) {
        for (int at = 0; at <= n.length(); at++) {
            if ((at == 0 || n.charAt(at - 1) == ' ') && (at == n.length() || n.charAt(at) == ' ')) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sets scanned together: a paragraph is asked about several of them in turn (cookie notice?
     * newsletter? copyright?), and one pass over its word starts tells which of them occur in
     * it. The answer for the last text asked is kept per thread, so the next set asked about
     * the same text costs a lookup.
     */
    static final class Family {
        private final List<PhraseSet> members = new ArrayList<>();
        private String[][] phrases = new String[BUCKETS][];
        private long[][] bits = new long[BUCKETS][];
        private final ThreadLocal<LastScan> last = ThreadLocal.withInitial(LastScan::new);

        private static final class LastScan {
            String text;
            long bits;
        }

        /** Makes {@code set} scanned with this family; a set holding the empty phrase stays alone. */
        PhraseSet add(PhraseSet set) {
            if (set.hasEmpty || members.size() == Long.SIZE) {
                return set;
            }
            set.family = this;
            set.familyBit = 1L << members.size();
            members.add(set);
            index();
            return set;
        }

        /** Rebuilds the buckets over every member's phrases; done while the members are declared. */
        private void index() {
            List<List<String>> phraseBuckets = new ArrayList<>(BUCKETS);
            List<List<Long>> bitBuckets = new ArrayList<>(BUCKETS);
            for (int i = 0; i < BUCKETS; i++) {
                phraseBuckets.add(new ArrayList<>(0));
                bitBuckets.add(new ArrayList<>(0));
            }
            for (PhraseSet member : members) {
                for (String[] bucket : member.byOpening) {
                    for (int k = 0; bucket != null && k < bucket.length; k++) {
                        String p = bucket[k];
                        int b = bucket(p.charAt(0), p.length() > 1 ? p.charAt(1) : ' ');
                        phraseBuckets.get(b).add(p);
                        bitBuckets.get(b).add(member.familyBit);
                    }
                }
            }
            String[][] newPhrases = new String[BUCKETS][];
            long[][] newBits = new long[BUCKETS][];
            for (int i = 0; i < BUCKETS; i++) {
                if (!phraseBuckets.get(i).isEmpty()) {
                    newPhrases[i] = phraseBuckets.get(i).toArray(String[]::new);
                    newBits[i] = bitBuckets.get(i).stream().mapToLong(Long::longValue).toArray();
                }
            }
            phrases = newPhrases;
            bits = newBits;
        }

        /** The bits of the members with a phrase occurring in {@code n} as whole words. */
        long occurring(String n) {
            LastScan scan = last.get();
            if (scan.text != n) {
                scan.bits = scan(n);
                scan.text = n;
            }
            return scan.bits;
        }

        private long scan(String n) {
            long found = 0;
            int length = n.length();
            int at = 0;
            while (at < length) {
                int b = bucket(n.charAt(at), at + 1 < length ? n.charAt(at + 1) : ' ');
                String[] candidates = phrases[b];
                for (int k = 0; candidates != null && k < candidates.length; k++) {
                    String p = candidates[k];
                    int end = at + p.length();
                    if ((found & bits[b][k]) == 0 && n.startsWith(p, at) && (end == length || n.charAt(end) == ' ')) {
                        found |= bits[b][k];
                    }
                }
                int space = n.indexOf(' ', at);
                if (space < 0) {
                    break;
                }
                at = space + 1;
            }
            return found;
        }
    }

    @Override
    public boolean contains(Object o) {
        // A text longer than every phrase is none of them: told without hashing the whole text.
        if (o instanceof String text && text.length() > longest) {
            return false;
        }
        return phrases.contains(o);
    }

    @Override
    public Iterator<String> iterator() {
        Iterator<String> it = phrases.iterator();
        // Read-only: the buckets are built once.
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public String next() {
                return it.next();
            }
        };
    }

    @Override
    public int size() {
        return phrases.size();
    }
}
