package org.akhbar.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.akhbar.search.index.Fields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.junit.jupiter.api.Test;

class UserQueryParserTest {
    private final UserQueryParser parser = new UserQueryParser(Fields.analyzer());

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
    void eachWordMatchesOnStemmedFieldsAndRanksOnExactFields() {
        UserQueryParser.ParsedQuery p = parser.parse("بطنجة");
        // Title and body scored as one field, a title occurrence counting twice (BM25F).
        assertThat(p.query().toString()).contains("CombinedFieldQuery((body title^2.0)(بطنجه طنجه))")
                .doesNotContain("_exact");
        assertThat(p.rescore().toString()).contains("CombinedFieldQuery((body_exact title_exact^2.0)(بطنجه))");
    }

    @Test
    void proximityIsASloppyBodyPhraseOverTheBareWordsOnly() {
        assertThat(parser.parse("طنجة").rescore().toString()).doesNotContain("~");
        assertThat(parser.parse("+الحماية +المدنية").rescore().toString()).doesNotContain("~");
        assertThat(parser.parse("الحماية المدنية -طنجة").rescore().toString()).contains("body:\"حمايه مدني\"~4");
    }

    @Test
    void exclusionsDoNotRefineTheRanking() {
        assertThat(parser.parse("الحماية -طنجة").rescore().toString()).doesNotContain("طنجه");
    }
}
