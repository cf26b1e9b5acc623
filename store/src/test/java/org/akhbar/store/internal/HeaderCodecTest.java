package org.akhbar.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NotEmpty;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class HeaderCodecTest {

    @Test
    void headersAreWrittenAsNameValueLinesOnePerValue() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("content-type", List.of("text/html; charset=utf-8"));
        headers.put("set-cookie", List.of("a=1", "b=2"));

        assertThat(HeaderCodec.encode(headers))
                .isEqualTo("content-type: text/html; charset=utf-8\nset-cookie: a=1\nset-cookie: b=2");
    }

    @Test
    void noHeadersIsTheEmptyText() {
        assertThat(HeaderCodec.encode(Map.of())).isEmpty();
        assertThat(HeaderCodec.decode("")).isEmpty();
    }

    @Test
    void lineBreaksBackslashesAndColonsInNamesAreEscaped() {
        Map<String, List<String>> headers = Map.of("x:odd\\name", List.of("line\r\nbreak: \\n"));

        String text = HeaderCodec.encode(headers);

        assertThat(text).doesNotContain("\n").doesNotContain("\r");
        assertThat(HeaderCodec.decode(text)).isEqualTo(headers);
    }

    @Property
    void anyHeaderMapRoundTrips(
            @ForAll @Size(max = 6) Map<@NotEmpty String, @NotEmpty @Size(max = 3) List<String>> headers) {
        assertThat(HeaderCodec.decode(HeaderCodec.encode(headers))).isEqualTo(headers);
    }
}
