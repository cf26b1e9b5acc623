package org.akhbar.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArabicLightStemFilterTest {

    // The stemmer expects normalised input, as in the analyzer.
    private static List<String> run(String text) {
        return Tokens.filter(text, ts -> new ArabicLightStemFilter(
                new ArabicOrthographyFilter(ts)));
    }

    @Test
    void articleIsStripped() {
        assertThat(run("الأمن")).containsExactly("امن");
    }

    @Test
    void conjunctionAndArticleAreStripped() {
        assertThat(run("والأمن")).containsExactly("امن");
    }

    @Test
    void stackedConjunctionPrepositionAndArticleAreStripped() {
        assertThat(run("وبالمدرسة فللمدرسة وكالعادة")).containsExactly("مدرسه", "مدرسه", "عاده");
    }

    @Test
    void singlePrepositionIsStrippedWhenFourLettersRemain() {
        assertThat(run("بطنجة لقادة")).containsExactly("طنجه", "بطنجه", "قاده", "لقاده");
    }

    @Test
    void bareProcliticKeepsTheUnstrippedReadingAtTheSamePosition() {
        List<Tokens.Token> tokens = Tokens.filterTokens("لوجستيكية", ts -> new ArabicLightStemFilter(
                new ArabicOrthographyFilter(ts)));
        assertThat(tokens).extracting(Tokens.Token::term).containsExactly("وجستيكي", "لوجستيكي");
        assertThat(tokens).extracting(Tokens.Token::posInc).containsExactly(1, 0);
        assertThat(tokens).extracting(Tokens.Token::start).containsOnly(0);
        assertThat(tokens).extracting(Tokens.Token::end).containsOnly(9);
    }

    @Test
    void stackedBareProcliticsKeepEveryShorterReading() {
        assertThat(run("ولمراقبة")).containsExactly("مراقبه", "لمراقبه", "ولمراقبه");
    }

    @Test
    void articleIsStrippedWithoutAlternativeReading() {
        assertThat(run("اللوجستيكية بالمدرسة")).containsExactly("لوجستيكي", "مدرسه");
    }

    @Test
    void cliticInFrontOfAProtectedWordHasOneReading() {
        assertThat(run("بلندن")).containsExactly("لندن");
    }

    @Test
    void singleLetterThatMayBeARootLetterStaysWhenOnlyThreeWouldRemain() {
        assertThat(run("وزير كتاب لجنة بحث")).containsExactly("وزير", "كتاب", "لجنه", "بحث");
    }

    @Test
    void remainderIsJudgedWithoutTheSuffixThatAlsoGoes() {
        assertThat(run("لاعبين")).containsExactly("لاعب");
    }

    @Test
    void articleRemainderIsJudgedOnItsOwn() {
        assertThat(run("العيون")).containsExactly("عيون");
    }

    @Test
    void protectedNamesKeepTheirFirstLetters() {
        assertThat(run("كاليفورنيا بريطانيا لندن فرنسا باريس واشنطن فيسبوك"))
                .containsExactly("كاليفورنيا", "بريطانيا", "لندن", "فرنسا", "باريس", "واشنطن", "فيسبوك");
    }

    @Test
    void protectedNamesLoseOnlyTheCliticsInFrontOfThem() {
        assertThat(run("وبريطانيا بلندن والفلسطينيين")).containsExactly("بريطانيا", "لندن", "فلسطيني");
    }

    @Test
    void feminineAndMasculinePluralsAreStripped() {
        assertThat(run("المنظمات المواطنين المواطنون")).containsExactly("منظم", "مواطن", "مواطن");
    }

    @Test
    void feminineNisbaMeetsMasculineNisba() {
        assertThat(run("العربية العربي")).containsExactly("عربي", "عربي");
    }

    @Test
    void yehAfterAlefIsARootLetterNotANisba() {
        assertThat(run("الحماية رواية")).containsExactly("حمايه", "روايه");
    }

    @Test
    void pronounSuffixesAreStripped() {
        assertThat(run("رئيسها رئيسهم")).containsExactly("رييس", "رييس");
    }

    @Test
    void tehMarbutaIsNeverStrippedSoDistinctWordsStayApart() {
        assertThat(run("مدرسة مدرس")).containsExactly("مدرسه", "مدرس");
    }

    @Test
    void nisbaYehIsNeverStripped() {
        assertThat(run("الرئيسى رئيس")).containsExactly("رييسي", "رييس");
    }

    @Test
    void shortWordsKeepEndingsThatLookLikeSuffixes() {
        assertThat(run("كانون قانون تفاهم قضية")).containsExactly("كانون", "قانون", "تفاهم", "قضيه");
    }

    @Test
    void latinAndDigitsAreNotStemmed() {
        assertThat(run("wallet 2023 bilal")).containsExactly("wallet", "2023", "bilal");
    }

    @Test
    void keywordTermsAreNotStemmed() {
        var set = new org.apache.lucene.analysis.CharArraySet(java.util.List.of("البيانات"), false);
        assertThat(Tokens.filter("البيانات المنظمات", ts -> new ArabicLightStemFilter(
                new org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter(ts, set))))
                .containsExactly("البيانات", "منظم");
    }
}
