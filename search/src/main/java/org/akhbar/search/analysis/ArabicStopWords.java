package org.akhbar.search.analysis;

import java.util.List;
import org.apache.lucene.analysis.CharArraySet;

/**
 * The stop list of {@link ArabicNewsAnalyzer}: function words that carry no topic, written
 * as people spell them and normalised with the chain's own normalisation, so في/فى,
 * على/علي, إلى/الى/الي, أن/ان/إن are removed whatever the spelling. The forms with a
 * leading و or ف (وفي, فإن) are listed too, because the stemmer never strips a clitic off a
 * word shorter than three letters.
 */
public final class ArabicStopWords {
    private ArabicStopWords() {}

    private static final List<String> WORDS = List.of(
            "في", "فى", "على", "إلى", "عن", "من", "أن", "إن", "أو", "ما", "لا", "لم", "لن",
            "قد", "كان", "كانت", "يكون", "تكون", "هذا", "هذه", "ذلك", "تلك", "هؤلاء", "أولئك",
            "هو", "هي", "هم", "هن", "هما", "نحن", "أنا", "أنت", "أنتم", "التي", "الذي", "الذين",
            "اللذين", "اللتين", "اللاتي", "ثم", "حتى", "مع", "بين", "عند", "كل", "بعض", "غير",
            "أي", "أيضا", "إلا", "لكن", "بل", "لقد", "كما", "منذ", "حيث", "عليه", "عليها",
            "فيه", "فيها", "منه", "منها", "إليه", "إليها", "له", "لها", "لهم", "به", "بها",
            "إذا", "إذ", "لو", "هل", "هنا", "هناك", "عبر", "لدى", "أما", "إما", "يا", "أنه",
            "أنها", "إنه", "إنها", "لأن", "لأنه", "كيف", "ماذا", "متى", "أين", "لماذا",
            "عندما", "بأن", "بما", "مما", "عما", "فيما", "كلا", "ذات", "ال",
            "و", "ف", "ب", "ك", "ل");

    private static final List<String> WITH_CONJUNCTION = List.of(
            "في", "على", "إلى", "عن", "من", "أن", "إن", "ما", "لا", "لم", "لن", "قد", "كان",
            "كانت", "هو", "هي", "هم", "هذا", "هذه", "ذلك", "التي", "الذي", "الذين", "مع", "بين",
            "لكن", "كما", "منذ", "حيث", "إذا", "لقد", "عند", "له", "لها", "لهم", "به", "بها");

    /** The normalised stop set (unmodifiable). */
    public static final CharArraySet SET;

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
    }
}
