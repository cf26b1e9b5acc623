package org.akhbar.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.junit.jupiter.api.Test;

class EmojiFilterTest {

    @Test
    void emojiTokensAreDroppedAndWordsStay() {
        StandardTokenizer t = new StandardTokenizer();
        t.setReader(new StringReader("طنجة 😀 🇲🇦 👍🏽 goal"));
        assertThat(Tokens.all(new EmojiFilter(t))).extracting(Tokens.Token::term).containsExactly("طنجة", "goal");
    }
}
