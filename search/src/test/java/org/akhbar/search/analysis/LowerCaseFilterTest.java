package org.akhbar.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class LowerCaseFilterTest {

    private static List<String> run(String text) {
        return Tokens.filter(text, LowerCaseFilter::new);
    }

    @Test
    void asciiAndOtherCasedScriptsAreLowerCased() {
        assertThat(run("NEWS Élysée ΑΘΗΝΑ Москва")).containsExactly("news", "élysée", "αθηνα", "москва");
    }

    @Test
    void arabicAndDigitsPassUnchanged() {
        assertThat(run("طنجة ٢٠٢٣ 2023")).containsExactly("طنجة", "٢٠٢٣", "2023");
    }

    @Test
    void supplementaryLettersAreLowerCasedAsCodePoints() {
        assertThat(run("\uD801\uDC00")).containsExactly("\uD801\uDC28");
    }

    @Property(tries = 2000)
    void agreesWithTheJdkOnEveryString(@ForAll String text) {
        char[] s = text.toCharArray();
        LowerCase.apply(s, s.length);
        StringBuilder expected = new StringBuilder();
        text.codePoints().map(Character::toLowerCase).forEach(expected::appendCodePoint);
        assertThat(new String(s)).isEqualTo(expected.toString());
    }
}
