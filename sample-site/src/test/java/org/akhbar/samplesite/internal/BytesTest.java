package org.akhbar.samplesite.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class BytesTest {

    private static final byte[] PLACEHOLDER = "{{BASE}}".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BASE = "http://127.0.0.1:8081".getBytes(StandardCharsets.US_ASCII);

    @Test
    void substitutesInsideWindows1256TextWithoutTouchingTheArabicBytes() {
        Charset cp1256 = Charset.forName("windows-1256");
        byte[] page = "<a href=\"{{BASE}}/qadim/\">الرئيسية</a> {{BASE}}".getBytes(cp1256);

        byte[] out = Bytes.replaceAll(page, PLACEHOLDER, BASE);

        assertThat(new String(out, cp1256))
                .isEqualTo("<a href=\"http://127.0.0.1:8081/qadim/\">الرئيسية</a> http://127.0.0.1:8081");
    }

    @Property
    void replacingBytesAgreesWithReplacingTheirLatin1Text(@ForAll byte[] prefix, @ForAll byte[] middle, @ForAll byte[] suffix) {
        byte[] data = concat(prefix, PLACEHOLDER, middle, PLACEHOLDER, suffix);
        String latin1 = new String(data, StandardCharsets.ISO_8859_1);
        String expected = latin1.replace("{{BASE}}", "http://127.0.0.1:8081");

        assertThat(new String(Bytes.replaceAll(data, PLACEHOLDER, BASE), StandardCharsets.ISO_8859_1)).isEqualTo(expected);
    }

    @Property
    void gzipThenGunzipGivesBackTheSameBytes(@ForAll byte[] data) {
        assertThat(Bytes.gunzip(Bytes.gzip(data))).isEqualTo(data);
    }

    @Test
    void gzipIsDeterministicSoEtagsStayStable() {
        byte[] data = "<urlset/>".getBytes(StandardCharsets.UTF_8);
        assertThat(Bytes.gzip(data)).isEqualTo(Bytes.gzip(data));
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
