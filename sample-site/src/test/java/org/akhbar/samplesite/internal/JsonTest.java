package org.akhbar.samplesite.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void readsObjectsArraysStringsNumbersAndLiteralsInDocumentOrder() {
        Object value = Json.parse("{\"b\": [1, -2.5e1, true, false, null], \"a\": \"x\"}");

        assertThat(value).isInstanceOf(Map.class);
        Map<?, ?> map = (Map<?, ?>) value;
        assertThat(List.copyOf(map.keySet())).isEqualTo(List.of("b", "a"));
        assertThat(map.get("b")).isEqualTo(java.util.Arrays.asList(1.0, -25.0, true, false, null));
        assertThat(map.get("a")).isEqualTo("x");
    }

    @Test
    void decodesEscapesIncludingUnicodeOnes() {
        assertThat(Json.parse("\"\\u0637\\u0646\\u062c\\u0629 \\\"\\\\\\/\\n\\t\"")).isEqualTo("طنجة \"\\/\n\t");
    }

    @Test
    void rejectsTrailingTextDuplicateMembersAndUnterminatedStrings() {
        assertThatThrownBy(() -> Json.parse("{} x")).hasMessageContaining("trailing");
        assertThatThrownBy(() -> Json.parse("{\"a\":1,\"a\":2}")).hasMessageContaining("duplicate");
        assertThatThrownBy(() -> Json.parse("\"abc")).hasMessageContaining("unterminated");
        assertThatThrownBy(() -> Json.parse("[1,]")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Json.parse("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void anyStringSurvivesQuotingAndParsing(@ForAll String text) {
        assertThat(Json.parse(quote(text))).isEqualTo(text);
        assertThat(Json.parse("[" + quote(text) + "]")).isEqualTo(List.of(text));
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
