package org.akhbar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

class BinaryBodyCheckTest {

    @Test
    void markupWithLineBreaksAndTabsIsText() {
        byte[] page = "<html>\n\t<body>\r\n<p>خبر عاجل من العاصمة</p>\n</body></html>\n".repeat(50).getBytes(StandardCharsets.UTF_8);
        assertThat(Extractor.looksBinary(page)).isFalse();
    }

    @Test
    void aNulByteAfterLongMarkupMakesItBinary() {
        byte[] page = ("<html><body><p>" + "نص ".repeat(300)).getBytes(StandardCharsets.UTF_8);
        page[page.length - 3] = 0;
        assertThat(Extractor.looksBinary(page)).isTrue();
    }

    @Property
    void agreesWithAByteByByteCount(@ForAll("bodies") byte[] body) {
        assertThat(Extractor.looksBinary(body)).isEqualTo(byteByByte(body));
    }

    @Provide
    Arbitrary<byte[]> bodies() {
        // Mostly printable bytes with a few low ones, so that both answers come up.
        Arbitrary<Byte> bytes = Arbitraries.frequencyOf(
                Tuple.of(30, Arbitraries.bytes().between((byte) 0x20, (byte) 0x7E)),
                Tuple.of(3, Arbitraries.bytes().between((byte) 0x00, (byte) 0x1F)),
                Tuple.of(3, Arbitraries.bytes().between((byte) 0x80, (byte) 0xFF)));
        return bytes.array(byte[].class).ofMaxSize(100);
    }

    private static boolean byteByByte(byte[] body) {
        int n = Math.min(body.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = body[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
                control++;
            }
        }
        return control * 20 > n;
    }
}
