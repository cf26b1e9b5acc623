package org.akhbar.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmptyTermFilterTest {

    @Test
    void termsThatNormalisationEmptiedAreDropped() {
        assertThat(Tokens.filter("طنجة ـــ \u064E العيون",
                ts -> new EmptyTermFilter(new ArabicOrthographyFilter(ts))))
                .containsExactly("طنجه", "العيون");
    }

    @Test
    void aDroppedTermLeavesAPositionGap() {
        var tokens = Tokens.filterTokens("طنجة ـــ العيون", ts -> new EmptyTermFilter(new ArabicOrthographyFilter(ts)));
        assertThat(tokens).extracting(Tokens.Token::posInc).containsExactly(1, 2);
    }
}
