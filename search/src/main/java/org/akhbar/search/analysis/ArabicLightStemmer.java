package org.akhbar.search.analysis;

import java.util.List;
import org.apache.lucene.analysis.CharArraySet;

/**
 * A conservative light stemmer for normalised Arabic terms, as a pure in-place algorithm.
 *
 * <p>Contract: strips at most one stacked proclitic cluster ({@link Proclitics}: و ف, then
 * ب ك ل, then ال or لل) and at most one suffix, and only when what remains is a plausible
 * stem. A cluster ending in the article needs a remainder of 3 letters; a bare conjunction
 * or preposition needs 4, because و ب ل ف ك are just as often the first root letter (وزير,
 * كتاب, لجنة). The remainder is measured without the suffix that would also be stripped.
 * Suffixes: ات (plural), ية→ي (nisba feminine meets masculine), ون/ين (plural, remainder ≥ 4
 * so كانون stays), ها and هم (pronouns). Final ه is never stripped because after
 * normalisation it is also teh marbuta (مدرسة must not meet مدرس), and final ي is never
 * stripped (الرئيسي must not meet رئيس). Words on a small protected list (foreign names and
 * common words whose first letters look like clitics: بريطانيا, لندن, واشنطن, برنامج…)
 * lose only clitics in front of them and no letter of their own. Terms not starting with an
 * Arabic letter are returned unchanged.
 *
 * <p>A stripped bare proclitic (no article) is a guess, so {@link #candidates} also returns
 * the stems that keep it; the analyzer indexes and queries all of them at one position.
 */
public final class ArabicLightStemmer {
    private ArabicLightStemmer() {}

    private static final int HEAD = 4;

    // Written as people spell them; normalised below so the list cannot drift from the chain.
    private static final List<String> PROTECTED_WORDS = List.of(
            "كاليفورنيا", "بريطانيا", "لندن", "فرنسا", "باريس", "واشنطن", "فيسبوك", "فلسطين",
            "فنزويلا", "فنلندا", "فيتنام", "لبنان", "ليبيا", "بلجيكا", "بغداد", "بيروت", "برلين",
            "بكين", "بولندا", "بلغاريا", "برازيل", "بروكسل", "بنغلاديش", "باكستان", "كوريا",
            "كينيا", "كولومبيا", "لاهاي", "لشبونة", "فيينا", "واتساب", "ويكيبيديا", "برشلونة",
            "بايرن", "بوركينا", "كازاخستان", "لوكسمبورغ", "فلوريدا", "فيلادلفيا", "بوسطن",
            "بنسلفانيا", "كوسوفو", "بوروندي", "فانكوفر", "تلفزيون", "بترول", "بورصة", "برنامج",
            "برامج", "بطولة", "بداية", "بحيرة", "بلدان", "بطاقة", "بوابة", "بضائع", "كتابة",
            "كثيرة", "كبيرة", "كرامة", "كهرباء", "كاميرا", "كارثة", "كراهية", "وزارة", "وسائل",
            "وكالة", "وثيقة", "وظيفة", "وظائف", "واجهة", "واحدة", "وقاية", "ولادة", "والدة",
            "فيضان", "فنادق", "فوائد", "فعالية", "فعاليات", "لاجئ", "ثلاثين", "أربعين", "خمسين",
            "ستين", "سبعين", "ثمانين", "تسعين", "مليون", "ملايين", "قوانين", "ميادين", "كانون", "ماراثون", "ميكروفون", "بنطلون", "ولاية", "ولايات",
            "وثائق", "بلاد", "باراك");

    private static final CharArraySet PROTECTED = new CharArraySet(PROTECTED_WORDS.size(), false);
    private static final CharArraySet PROTECTED_HEADS = new CharArraySet(PROTECTED_WORDS.size(), false);

    // A bit per hash of the first three letters of every protected word: nearly every other
    // word is ruled out by one read of a 512-byte table, before any set look-up.
    private static final int HEAD_BITS = 4096;
    private static final long[] PROTECTED_HEAD_HASHES = new long[HEAD_BITS / 64];

    static {
        for (String w : PROTECTED_WORDS) {
            String n = TermNormalizer.normalize(w);
            if (n.length() < HEAD) {
                throw new IllegalStateException("protected words need " + HEAD + " letters: " + w);
            }
            PROTECTED.add(n);
            PROTECTED_HEADS.add(n.substring(0, HEAD));
            int h = headHash(n.toCharArray(), 0);
            PROTECTED_HEAD_HASHES[h >>> 6] |= 1L << h;
        }
    }

    /** The most readings {@link #candidates} gives for one term. */
    public static final int MAX_CANDIDATES = 4;

    /** Ints per reading in the array {@link #candidates} fills: start, end, appended letter. */
    public static final int SLOTS = 3;


    /** Stems {@code s[0..len)} in place to its primary stem and returns the new length. */
    public static int stem(char[] s, int len) {
        int[] readings = new int[SLOTS * MAX_CANDIDATES];
        candidates(s, len, readings);
        int n = shift(s, readings[0], readings[1]);
        if (readings[2] != 0) {
            s[n++] = (char) readings[2];
        }
        return n;
    }

    /**
     * Writes reading {@code k} of {@code s}, as {@link #candidates} described it in
     * {@code triples}, to {@code out} and returns its length. A reading is never longer than
     * the term: a letter is appended only where at least one was stripped.
     */
    public static int reading(char[] s, int[] triples, int k, char[] out) {
        int start = triples[SLOTS * k];
        int n = triples[SLOTS * k + 1] - start;
        System.arraycopy(s, start, out, 0, n);
        int appended = triples[SLOTS * k + 2];
        if (appended != 0) {
            out[n++] = (char) appended;
        }
        return n;
    }

    /** The stems of {@code s[0..len)} as strings, primary first: {@link #candidates}, spelled out. */
    public static String[] readings(char[] s, int len) {
        int[] triples = new int[SLOTS * MAX_CANDIDATES];
        int n = candidates(s, len, triples);
        char[] stem = new char[len];
        String[] out = new String[n];
        for (int k = 0; k < n; k++) {
            out[k] = new String(stem, 0, reading(s, triples, k, stem));
        }
        return out;
    }

    /**
     * The stems of {@code s[0..len)}, primary first, written to {@code readings} (length at
     * least {@code SLOTS * MAX_CANDIDATES}) as triples: the stem is {@code s[start..end)}
     * followed by the letter {@code appended} unless that is 0. Returns how many (1 to
     * {@value #MAX_CANDIDATES}). {@code s} is not modified.
     *
     * <p>Besides the primary stem come: the {@linkplain #spellingReading reading} that
     * undoes a spelling change a suffix caused (حكومتها → حكومت and حكومه, اعضاوها →
     * اعضاو and اعضا); and, when a bare proclitic (و ف ب ك ل, or a stacked pair like وب,
     * without the article) was stripped, the stems that keep it (and, for a pair, the one that keeps the second letter): such a
     * letter is as often the word's own first letter (لوجستيكية, ورزازات). The article is not
     * ambiguous in that way.
     */
    public static int candidates(char[] s, int len, int[] readings) {
        set(readings, 0, 0, len, 0);
        if (len < HEAD || !Proclitics.isArabicLetter(s[0])) {
            return 1;
        }
        int prefix = primaryPrefix(s, len);
        int guarded = protectedLength(s, prefix, len);
        int end = stemEnd(s, prefix, len, guarded);
        set(readings, 0, prefix, end, 0);
        if (guarded > 0) {
            // A known word, whole or behind clitics: one reading, its own letters untouched.
            return 1;
        }
        int count = spellingReading(s, prefix, end, len, readings, 1);
        if (prefix == 0 || Proclitics.endsInArticle(s, 0, prefix)) {
            // Nothing stripped, or the article stripped: no reading keeps the clitic.
            return count;
        }
        // Shorter readings: the conjunction alone (for a pair like وب), then the whole word.
        for (int p = prefix - 1; p >= 0 && count < MAX_CANDIDATES; p--) {
            if (p > 0 && !Proclitics.isCluster(s, 0, p)) {
                continue;
            }
            set(readings, count++, p, stemEnd(s, p, len, protectedLength(s, p, len)), 0);
        }
        return count;
    }

    /**
     * The reading that undoes a spelling change a suffix causes, if any. A teh marbuta is
     * written ت before a suffix: حكومتها (her government) also reads حكومه, دراسته (his
     * study) also reads دراسه, so both meet الحكومة and الدراسة; the ت may as well be a root
     * letter (بيتها, وقته), so this is an extra reading, never the primary stem, and needs
     * three letters before the ت. A final hamza after alef sits on و or ي before a suffix
     * but is dropped on the bare word, so اعضاوها also reads اعضا, meeting أعضاء.
     */
    private static int spellingReading(char[] s, int prefix, int end, int len, int[] readings, int count) {
        int stripped = len - end;
        boolean suffixAfterTeh = stripped == 2 && s[end - 1] == 'ت' && end - 1 - prefix >= 3
                && !(s[end] == 'ا' && s[end + 1] == 'ت');
        if (suffixAfterTeh) {
            set(readings, count++, prefix, end - 1, 'ه');
        } else if (stripped == 2 && end - prefix >= 4 && s[end - 2] == 'ا' && (s[end - 1] == 'و' || s[end - 1] == 'ي')
                && !(s[end] == 'ا' && s[end + 1] == 'ت')) {
            // A final hamza takes a و or ي seat before a suffix (اعضاوها from أعضاؤها) but
            // is dropped at the end of the bare word (اعضا from أعضاء): the reading without
            // the seat meets the bare word.
            set(readings, count++, prefix, end - 1, 0);
        } else if (stripped == 0 && len - prefix >= 5 && s[len - 1] == 'ه' && s[len - 2] == 'ت') {
            // Final ه is not stripped as a suffix (it is also the normalised ة), but after
            // ت it can only be the pronoun or a teh marbuta following a root ت (ثابته).
            set(readings, count++, prefix, len - 2, 'ه');
        }
        return count;
    }

    /**
     * The length of the noun a nisba (relative) adjective is made from, if the stem
     * {@code stem[0..len)} may be one, else 0: a final ي after at least three letters goes
     * (اقتصادي → اقتصاد, انذاري → انذار). The stemmer never strips it, since merging the
     * adjective with its noun (الرئيسي with رئيس) cost ranking; searches use this guess only
     * at a lower weight (see {@code UserQueryParser}), so a wrong guess (كرسي → كرس) meets a
     * word that barely occurs, and costs little.
     */
    public static int nisbaBaseLength(char[] stem, int len) {
        return len >= 4 && stem[len - 1] == 'ي' && Proclitics.isArabicLetter(stem[0]) ? len - 1 : 0;
    }

    /**
     * The length of the nisba adjective's stem a noun {@code stem[0..len)} may make, if any,
     * else 0: the noun with a ي added, when the adjective would be one {@link #nisbaBaseLength}
     * reads back (انذار → انذاري). A noun ending in a (normalised) teh marbuta or an alef
     * drops it for the ي (طنجة → طنجي, سوريا → سوري), and dropping it would merge words apart
     * (دولة state, دولي international): those are not guessed.
     */
    public static int nisbaAdjectiveLength(char[] stem, int len) {
        if (len < 3 || !Proclitics.isArabicLetter(stem[0])) {
            return 0;
        }
        char last = stem[len - 1];
        return last == 'ي' || last == 'ه' || last == 'ا' ? 0 : len + 1;
    }

    private static void set(int[] readings, int i, int start, int end, int appended) {
        readings[SLOTS * i] = start;
        readings[SLOTS * i + 1] = end;
        readings[SLOTS * i + 2] = appended;
    }

    // Where the stem of s[prefix..len) ends, given the protected word length there: the
    // suffix goes unless it would eat into a protected word (فلسطين keeps ين, فلسطينية still
    // loses its ة).
    private static int stemEnd(char[] s, int prefix, int len, int guarded) {
        int end = len - suffixLength(s, prefix, len);
        return guarded > 0 && end - prefix < guarded ? len : end;
    }

    // The longest clitic cluster a word can start with.
    private static final int MAX_CLUSTER = 4;

    // The cluster length the primary stem drops: 0 when no clitic goes.
    private static int primaryPrefix(char[] s, int len) {
        if (!mayStartWithClitic(s[0]) || protectedLength(s, 0, len) > 0) {
            return 0;
        }
        int longest = Math.min(MAX_CLUSTER, len - 1);
        // Ascending cluster length: the shortest cluster in front of a protected word is all
        // that may go (وبريطانيا loses و, never وب).
        for (int n = 1; n <= longest; n++) {
            if (Proclitics.isCluster(s, 0, n) && protectedLength(s, n, len) > 0) {
                return n;
            }
        }
        int wholeWordSuffix = suffixLength(s, 0, len);
        // Descending: the longest cluster whose remainder is a plausible stem wins.
        for (int n = longest; n >= 1; n--) {
            if (!Proclitics.isCluster(s, 0, n)) {
                continue;
            }
            boolean article = Proclitics.endsInArticle(s, 0, n);
            int restSuffix = suffixLength(s, n, len);
            // The article is nearly always a clitic, so its remainder is judged on its own
            // (العيون keeps عيون). A bare و ب ل ف ك may be a root letter, so it must leave
            // four letters even when the suffix seen on the whole word goes too (لاعبين).
            int core = article ? len - n - restSuffix : len - n - Math.max(restSuffix, wholeWordSuffix);
            if (core >= (article ? 3 : 4)) {
                return n;
            }
        }
        return 0;
    }

    // Every cluster starts with one of these; most words can skip the prefix search.
    private static boolean mayStartWithClitic(char c) {
        return c == 'و' || c == 'ف' || c == 'ب' || c == 'ك' || c == 'ل' || c == 'ا';
    }

    /** How many letters of the suffix may go from {@code s[from..len)}; 0 for none. */
    static int suffixLength(char[] s, int from, int len) {
        int n = len - from;
        if (n < 4) {
            return 0;
        }
        char a = s[len - 2];
        char b = s[len - 1];
        int rest = n - 2;
        if (a == 'ا' && b == 'ت') {
            return rest >= 3 ? 2 : 0;
        }
        if (a == 'ي' && b == 'ه') {
            // Only the feminine ending goes: عربية becomes عربي, the ي stays. After an alef
            // (حماية, رواية) the yeh is a root letter, not a nisba, so the word stays whole.
            return rest >= 3 && s[len - 3] != 'ا' ? 1 : 0;
        }
        if ((a == 'و' || a == 'ي') && b == 'ن') {
            return rest >= 4 ? 2 : 0;
        }
        if (a == 'ه' && b == 'ا') {
            return rest >= 3 ? 2 : 0;
        }
        if (a == 'ه' && b == 'م') {
            return rest >= 4 ? 2 : 0;
        }
        return 0;
    }

    // A hash of s[from..from+3) in [0, HEAD_BITS).
    private static int headHash(char[] s, int from) {
        return (s[from] * 961 + s[from + 1] * 31 + s[from + 2]) & (HEAD_BITS - 1);
    }

    // Length of the longest protected word that s[from..len) starts with, 0 for none.
    private static int protectedLength(char[] s, int from, int len) {
        if (len - from < HEAD) {
            return 0;
        }
        int h = headHash(s, from);
        if ((PROTECTED_HEAD_HASHES[h >>> 6] & (1L << h)) == 0 || !PROTECTED_HEADS.contains(s, from, HEAD)) {
            return 0;
        }
        for (int n = len - from; n >= HEAD; n--) {
            // A protected word ending in ه (a normalised ة) never has letters after it: ة
            // turns into ت before a suffix, so كتابها does not start with كتابة.
            if (n < len - from && s[from + n - 1] == 'ه') {
                continue;
            }
            if (PROTECTED.contains(s, from, n)) {
                return n;
            }
        }
        return 0;
    }

    private static int shift(char[] s, int start, int end) {
        if (start > 0) {
            System.arraycopy(s, start, s, 0, end - start);
        }
        return end - start;
    }
}
