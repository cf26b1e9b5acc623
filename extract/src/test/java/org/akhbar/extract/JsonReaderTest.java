package org.akhbar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonReaderTest {

    @Test
    void readsObjectsArraysStringsNumbersAndLiterals() {
        Object v = JsonReader.parse("{\"a\": [1, 2.5, true, false, null], \"b\": {\"c\": \"د\"}}");
        assertThat(v).isEqualTo(Map.of("a", java.util.Arrays.asList(1.0, 2.5, true, false, null), "b", Map.of("c", "د")));
    }

    @Test
    void decodesEscapesIncludingUnicode() {
        assertThat(JsonReader.parse("\"\\u0627\\u0644\\\"\\n\\/\"")).isEqualTo("ال\"\n/");
    }

    @Test
    void toleratesTrailingCommasRawLineBreaksAndSingleQuotes() {
        Object v = JsonReader.parse("{'headline': 'سطر\nثان', \"list\": [1, 2,],}");
        assertThat(v).isEqualTo(Map.of("headline", "سطر\nثان", "list", List.of(1.0, 2.0)));
    }

    @Test
    void toleratesCommentAndCdataWrappersAndATrailingSemicolon() {
        assertThat(JsonReader.parse("<!-- {\"a\": 1} -->")).isEqualTo(Map.of("a", 1.0));
        assertThat(JsonReader.parse("//<![CDATA[\n{\"a\": 1};\n//]]>")).isEqualTo(Map.of("a", 1.0));
    }

    @Test
    void truncatedJsonIsUnreadableNotAnException() {
        assertThat(JsonReader.parse("{\"@type\": \"NewsArticle\", \"headline\": \"عنوان")).isNull();
        assertThat(JsonReader.parse("[{\"a\": ")).isNull();
        assertThat(JsonReader.parse("{\"a\" 1}")).isNull();
        assertThat(JsonReader.parse("")).isNull();
        assertThat(JsonReader.parse(null)).isNull();
    }

    @Test
    void nestingBeyondTheLimitIsUnreadable() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        assertThat(JsonReader.parse(deep)).isNull();
        String ok = "[".repeat(10) + "]".repeat(10);
        assertThat(JsonReader.parse(ok)).isInstanceOf(List.class);
    }
}
