package org.akhbar.search.analysis;

import java.util.List;
import org.apache.lucene.analysis.CharArraySet;

/**
 * The stop list of {@link ArabicNewsAnalyzer}: function words that carry no topic, written
 * as people spell them and normalised with the chain's own normalisation, so في/فى,
 * إلى/الى/الي, أن/ان/إن are removed whatever the spelling. The forms with a leading و or ف
 * (وفي, فإن) are listed too, because the stemmer never strips a clitic off a word shorter
 * than three letters; but not وهم and فهم, which are also the nouns illusion and
 * understanding.
 *
 * <p>Question words are stop words too (كم, متى, أين, لماذا, ماذا, ماهو…): a question names
 * its topic with other words, and a news article rarely repeats the question word.
 *
 * <p>One preposition cannot be listed in its normalised form: على normalises to علي, which
 * is also the name Ali. It is recognised by its written spelling instead, before
 * normalisation ({@link #isSpellingSensitiveStopWord}), so "على" goes and the name "علي"
 * stays searchable.
 */
public final class ArabicStopWords {
    private ArabicStopWords() {}

    private static final List<String> WORDS = List.of(
            // prepositions and particles
            "في", "فى", "إلى", "عن", "من", "أن", "إن", "أو", "ما", "لا", "لم", "لن",
            "قد", "ثم", "حتى", "مع", "بين", "عند", "لدى", "عبر", "منذ", "حيث", "إلا", "لكن",
            "بل", "لقد", "كما", "إذا", "إذ", "لو", "أما", "إما", "يا", "لأن", "بأن", "بما",
            "مما", "عما", "فيما", "كلا", "ال", "خلال", "حول", "دون", "ضد", "نحو", "لدي",
            // auxiliaries: كان and the passive تم carry tense, not topic
            "كان", "كانت", "يكون", "تكون", "تم", "يتم",
            // pronouns, demonstratives, relatives (with the common misspellings اللتي/اللذي)
            "هذا", "هذه", "ذلك", "تلك", "هؤلاء", "أولئك", "هو", "هي", "هم", "هن", "هما",
            "نحن", "أنا", "أنت", "أنتم", "التي", "الذي", "الذين", "اللذين", "اللتين",
            "اللاتي", "اللتي", "اللذي", "ذات",
            // quantifiers and adverbs that go with anything
            "كل", "بعض", "غير", "أي", "أيضا", "أيضًا", "جدا", "جدًّا", "هنا", "هناك",
            // prepositions with a pronoun
            "عليه", "عليها", "عليهم", "فيه", "فيها", "فيهم", "منه", "منها", "منهم", "إليه",
            "إليها", "له", "لها", "لهم", "به", "بها", "بهم", "عنه", "عنها", "أنه", "أنها",
            "إنه", "إنها", "لأنه",
            // question words, also glued (ماهو) and with a preposition (بماذا)
            "هل", "كيف", "ماذا", "متى", "أين", "لماذا", "كم", "ماهو", "ماهي", "بماذا",
            "عندما",
            // bare clitics left over from splitting or a stray space
            "و", "ف", "ب", "ك", "ل");

    private static final List<String> WITH_CONJUNCTION = List.of(
            "في", "إلى", "عن", "من", "أن", "إن", "ما", "لا", "لم", "لن", "قد", "كان",
            "كانت", "هو", "هي", "هذا", "هذه", "ذلك", "التي", "الذي", "الذين", "مع", "بين",
            "لكن", "كما", "منذ", "حيث", "إذا", "لقد", "عند", "له", "لها", "لهم", "به", "بها",
            "تم", "كيف", "متى", "أين", "لماذا", "ماذا", "كم", "هل");

    /** The normalised stop set (unmodifiable). */
    public static final CharArraySet SET;

    // Cheap tests that rule out most terms before hashing: the longest stop word, and the
    // letters a stop word may start with.
    private static final int LONGEST;
    private static final boolean[] FIRST_LETTERS = new boolean[0x0100];

    static {
        CharArraySet set = new CharArraySet(WORDS.size() + 2 * WITH_CONJUNCTION.size(), false);
        for (String w : WORDS) {
            set.add(TermNormalizer.normalize(w));
        }
        for (String w : WITH_CONJUNCTION) {
            set.add(TermNormalizer.normalize("و" + w));
            set.add(TermNormalizer.normalize("ف" + w));
        }
        SET = CharArraySet.unmodifiableSet(set);
        int longest = 0;
        for (Object o : set) {
            char[] w = (char[]) o;
            longest = Math.max(longest, w.length);
            if (w[0] < '\u0600' || w[0] >= '\u0700') {
                throw new IllegalStateException("stop words are Arabic: " + new String(w));
            }
            FIRST_LETTERS[w[0] - '\u0600'] = true;
        }
        LONGEST = longest;
    }

    /** True when the normalised term {@code s[0..len)} is on the stop list. */
    public static boolean isStopWord(char[] s, int len) {
        if (len == 0 || len > LONGEST) {
            return false;
        }
        int first = s[0] - '\u0600';
        return first >= 0 && first < FIRST_LETTERS.length && FIRST_LETTERS[first] && SET.contains(s, 0, len);
    }

    /**
     * True when {@code s[0..len)}, before normalisation, spells the preposition على, alone
     * or after و or ف, with any marks or tatweel in between (عَلَى, وعلى). Only the alef
     * maqsura spelling counts: علي is left to be the name.
     */
    public static boolean isSpellingSensitiveStopWord(char[] s, int len) {
        if (len < 3 || (s[0] != 'ع' && s[0] != 'و' && s[0] != 'ف' && !ArabicOrthography.isRemovable(s[0]))) {
            return false;
        }
        int i = skipMarks(s, 0, len);
        if (i < len && (s[i] == 'و' || s[i] == 'ف')) {
            int after = skipMarks(s, i + 1, len);
            if (spellsAla(s, after, len)) {
                return true;
            }
        }
        return spellsAla(s, i, len);
    }

    private static final char[] ALA = {'ع', 'ل', 'ى'};

    private static boolean spellsAla(char[] s, int from, int len) {
        int i = from;
        for (char expected : ALA) {
            if (i >= len || s[i] != expected) {
                return false;
            }
            i = skipMarks(s, i + 1, len);
        }
        return i == len;
    }

    private static int skipMarks(char[] s, int from, int len) {
        int i = from;
        while (i < len && ArabicOrthography.isRemovable(s[i])) {
            i++;
        }
        return i;
    }
}
