package org.akhbar.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.akhbar.search.index.ArticleText;
import org.akhbar.search.index.Fields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class UserQueryParserTest {
    private final UserQueryParser parser = new UserQueryParser();

    @Test
    void wordsPhrasesAndOperatorsAreSplit() {
        assertThat(UserQueryParser.split("طنجة +الأمن -أنتربول \"المؤتمر 47\" -\"الحماية المدنية\""))
                .containsExactly(
                        new UserQueryParser.Part(Occur.SHOULD, "طنجة", false),
                        new UserQueryParser.Part(Occur.MUST, "الأمن", false),
                        new UserQueryParser.Part(Occur.MUST_NOT, "أنتربول", false),
                        new UserQueryParser.Part(Occur.SHOULD, "المؤتمر 47", true),
                        new UserQueryParser.Part(Occur.MUST_NOT, "الحماية المدنية", true));
    }

    @Test
    void curlyQuotesAndGuillemetsDelimitPhrases() {
        assertThat(UserQueryParser.split("“الأمم المتحدة” «مجلس الأمن»"))
                .extracting(UserQueryParser.Part::phrase).containsExactly(true, true);
    }

    @Test
    void loneOperatorsAndPunctuationAreIgnored() {
        assertThat(UserQueryParser.split("+ - \" ؟ ... ،")).isEmpty();
    }

    @Test
    void hyphenInsideAWordIsNotAnOperator() {
        assertThat(UserQueryParser.split("covid-19"))
                .containsExactly(new UserQueryParser.Part(Occur.SHOULD, "covid-19", false));
    }

    @Test
    void wordsAreCapped() {
        String many = String.join(" ", java.util.Collections.nCopies(500, "طنجة"));
        assertThat(UserQueryParser.split(many)).hasSize(UserQueryParser.MAX_CLAUSES);
    }

    @Test
    void emptyOrPunctuationOnlyQueryIsUnrankedMatchAll() {
        for (String q : List.of("", "   ", "?!؟", "+", "\"\"", "\u0000\u0001")) {
            UserQueryParser.ParsedQuery p = parser.parse(q);
            assertThat(p.ranked()).as(q).isFalse();
            assertThat(p.query()).as(q).isInstanceOf(MatchAllDocsQuery.class);
        }
        assertThat(parser.parse(null).ranked()).isFalse();
    }

    @Test
    void stopWordsOnlyMatchNothing() {
        assertThat(parser.parse("في على").query()).isInstanceOf(MatchNoDocsQuery.class);
    }

    @Test
    void bareWordsAreAlternativesHoweverManyThereAre() {
        for (String q : List.of("طنجة الأمن", "متى تأسست الدولة العثمانية في الأناضول وما عاصمتها الأولى")) {
            BooleanQuery core = (BooleanQuery) parser.parse(q).query();
            assertThat(core.getMinimumNumberShouldMatch()).as(q).isZero();
            assertThat(core.clauses()).as(q).allMatch(c -> c.occur() == Occur.SHOULD);
        }
    }

    @Test
    void requiredWordsStayRequiredBesideOptionalOnes() {
        BooleanQuery core = (BooleanQuery) parser.parse("+طنجة الأمن").query();
        assertThat(core.clauses()).extracting(c -> c.occur()).containsExactly(Occur.MUST, Occur.SHOULD);
    }

    @Test
    void eachWordMatchesItsStemReadingsAndRanksByItsExactForm() {
        UserQueryParser.ParsedQuery p = parser.parse("بطنجة");
        // One field holds title and body; the readings of one word score as one term.
        assertThat(p.query().toString()).isEqualTo("Synonym(text:بطنجه text:طنجه)");
        // The exact form is the primary stem whose payload is the hash of the form typed.
        assertThat(p.exactForms()).containsExactly(new UserQueryParser.ExactForm(
                new Term(Fields.TEXT, "طنجه"), ArticleText.exactFormPayload("بطنجه", new BytesRef("طنجه")), 0.5f));
        assertThat(p.rescore()).isNull();
    }

    @Test
    void aNisbaAdjectiveAndItsNounFindEachOtherBelowTheirOwnForms() {
        assertThat(parser.parse("الإنذارية").query().toString()).isEqualTo("Synonym(text:انذار^0.3 text:انذاري)");
        assertThat(parser.parse("اقتصادي").query().toString()).isEqualTo("Synonym(text:اقتصاد^0.3 text:اقتصادي)");
        assertThat(parser.parse("إنذار").query().toString()).isEqualTo("Synonym(text:انذار text:انذاري^0.3)");
        assertThat(parser.parse("والاقتصاد").query().toString()).isEqualTo("Synonym(text:اقتصاد text:اقتصادي^0.3)");
    }

    @Test
    void aPhraseRanksByItsExactFormsAdjacentAndInOrder() {
        UserQueryParser.ParsedQuery p = parser.parse("\"الحماية المدنية\"");
        assertThat(p.query().toString()).isEqualTo("text:\"حمايه مدني\"");
        assertThat(p.exactForms()).isEmpty();
        assertThat(p.rescore().toString()).contains("SpanPayloadCheckQuery").contains("spanNear([text:حمايه, text:مدني], 0, true)");
    }

    @Test
    void proximityIsASloppyPhraseOverTheBareWordsOnly() {
        assertThat(parser.parse("طنجة").rescore()).isNull();
        assertThat(parser.parse("+الحماية +المدنية").rescore()).isNull();
        assertThat(parser.parse("الحماية المدنية -طنجة").rescore().toString()).contains("text:\"حمايه مدني\"~4");
    }

    @Test
    void exclusionsDoNotRefineTheRanking() {
        UserQueryParser.ParsedQuery p = parser.parse("الحماية -طنجة");
        assertThat(p.exactForms()).extracting(f -> f.stem().text()).containsExactly("حمايه");
        assertThat(p.rescore()).isNull();
    }
}
