package org.akhbar.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpellingStopFilterTest {

    private static List<String> run(String text) {
        return Tokens.filter(text, SpellingStopFilter::new);
    }

    @Test
    void thePrepositionSpelledWithAlefMaqsuraGoesInEveryWriting() {
        assertThat(run("على عَلَى علـى وعلى فعلى")).isEmpty();
    }

    @Test
    void theNameAliStays() {
        assertThat(run("علي وعلي")).containsExactly("علي", "وعلي");
    }

    @Test
    void wordsThatOnlyContainThePrepositionStay() {
        assertThat(run("أعلى معلى عليه")).containsExactly("أعلى", "معلى", "عليه");
    }

    @Test
    void aDroppedPrepositionLeavesAPositionGap() {
        var tokens = Tokens.filterTokens("وقع على الطاولة", SpellingStopFilter::new);
        assertThat(tokens).extracting(Tokens.Token::posInc).containsExactly(1, 2);
    }
}
