package org.akhbar.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnglishPossessiveFilterTest {

    private static List<String> run(String text) {
        return Tokens.filter(text, EnglishPossessiveFilter::new);
    }

    @Test
    void possessiveGoesWithEveryApostrophe() {
        assertThat(run("Obama's Morocco’s UN＇s")).containsExactly("Obama", "Morocco", "UN");
    }

    @Test
    void repeatedPossessivesAllGoSoTheResultIsStable() {
        assertThat(run("x's's")).containsExactly("x");
    }

    @Test
    void wordsEndingInSWithoutApostropheAndBareApostropheSStay() {
        assertThat(run("news its 's")).containsExactly("news", "its", "'s");
    }
}
