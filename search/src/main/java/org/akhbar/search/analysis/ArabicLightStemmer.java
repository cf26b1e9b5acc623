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
            "ستين", "سبعين", "ثمانين", "تسعين", "مليون", "ملايين", "قوانين", "ميادين", "كانون", "ماراثون", "ميكروفون", "بنطلون", "ولاية", "ولايات");

    private static final CharArraySet PROTECTED = new CharArraySet(PROTECTED_WORDS.size(), false);
    private static final CharArraySet PROTECTED_HEADS = new CharArraySet(PROTECTED_WORDS.size(), false);

    static {
        for (String w : PROTECTED_WORDS) {
            String n = TermNormalizer.normalize(w);
            if (n.length() < HEAD) {
                throw new IllegalStateException("protected words need " + HEAD + " letters: " + w);
            }
            PROTECTED.add(n);
            PROTECTED_HEADS.add(n.substring(0, HEAD));
        }
    }

    /** Stems {@code s[0..len)} in place and returns the new length. */
    public static int stem(char[] s, int len) {
        if (len < HEAD || !Proclitics.isArabicLetter(s[0])) {
            return len;
        }
        int guarded = protectedLength(s, 0, len);
        if (guarded > 0) {
            return suffixWithin(s, 0, len, guarded);
        }
        if (!mayStartWithClitic(s[0])) {
            return len - suffixLength(s, 0, len);
        }
        // Ascending cluster length: the shortest cluster in front of a protected word is all
        // that may go (وبريطانيا loses و, never وب).
        for (int i = Proclitics.CLUSTERS.length - 1; i >= 0; i--) {
            char[] c = Proclitics.CLUSTERS[i];
            if (Proclitics.startsWith(s, 0, len, c)) {
                guarded = protectedLength(s, c.length, len);
                if (guarded > 0) {
                    return suffixWithin(s, c.length, len, guarded);
                }
            }
        }
        int wholeWordSuffix = suffixLength(s, 0, len);
        int prefix = 0;
        for (int i = 0; i < Proclitics.CLUSTERS.length; i++) {
            char[] c = Proclitics.CLUSTERS[i];
            if (!Proclitics.startsWith(s, 0, len, c)) {
                continue;
            }
            int restSuffix = suffixLength(s, c.length, len);
            // The article is nearly always a clitic, so its remainder is judged on its own
            // (العيون keeps عيون). A bare و ب ل ف ك may be a root letter, so it must leave
            // four letters even when the suffix seen on the whole word goes too (لاعبين).
            int core = Proclitics.ARTICLE[i]
                    ? len - c.length - restSuffix
                    : len - c.length - Math.max(restSuffix, wholeWordSuffix);
            if (core >= (Proclitics.ARTICLE[i] ? 3 : 4)) {
                prefix = c.length;
                break;
            }
        }
        int end = len - suffixLength(s, prefix, len);
        return shift(s, prefix, end);
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

    private static int suffixWithin(char[] s, int prefix, int len, int guarded) {
        int end = len - suffixLength(s, prefix, len);
        if (end - prefix < guarded) {
            end = len;
        }
        return shift(s, prefix, end);
    }

    // Length of the longest protected word that s[from..len) starts with, 0 for none.
    private static int protectedLength(char[] s, int from, int len) {
        if (len - from < HEAD || !PROTECTED_HEADS.contains(s, from, HEAD)) {
            return 0;
        }
        for (int n = len - from; n >= HEAD; n--) {
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
