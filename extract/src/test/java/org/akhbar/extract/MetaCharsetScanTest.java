package org.akhbar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class MetaCharsetScanTest {

    /** The rule the hand scan follows, as a regex over the head read as ISO-8859-1. */
    private static final Pattern META_WITH_CHARSET =
            Pattern.compile("<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    @Test
    void readsTheFirstDeclarationAfterOtherMetaTags() {
        String head = "<head><META name=\"viewport\" content=\"width=device-width\">"
                + "<meta http-equiv=\"Content-Type\" content=\"text/html; CHARSET = 'windows-1256'\">"
                + "<meta charset=\"utf-8\">";
        assertThat(CharsetSniffer.metaCharsetName(bytes(head))).isEqualTo("windows-1256");
    }

    @Test
    void ignoresACharsetOutsideAMetaTag() {
        assertThat(CharsetSniffer.metaCharsetName(bytes("<metadata charset=utf-8><p>charset=utf-8</p>"))).isNull();
    }

    @Property(tries = 3000)
    void findsWhatTheRegexFinds(@ForAll("heads") String head) {
        Matcher m = META_WITH_CHARSET.matcher(head);
        String expected = m.find() ? m.group(1) : null;
        assertThat(CharsetSniffer.metaCharsetName(bytes(head))).isEqualTo(expected);
    }

    @Provide
    Arbitrary<String> heads() {
        Arbitrary<String> pieces = Arbitraries.of(
                "<meta", "<META", "<Meta", "<metax", "<meta_", "<meta-", "<meta\u00e9", " ", "\t", "\n", "\u000b", "\f",
                "charset", "CharSet", "chars", "=", "\"", "'", ">", "<", "utf-8", "windows-1256", "x", "9", ".", ":",
                "_", "\u00e9", "/", ";", "content=");
        return pieces.list().ofMaxSize(25).map(list -> String.join("", list));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
