package org.akhbar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetSnifferTest {

    private static final String ARABIC = "<html><body><p>أعلنت وزارة الفلاحة عن انطلاق موسم جني الزيتون في جهة فاس مكناس، "
            + "وتتوقع إنتاجا وفيرا هذا العام بعد الأمطار الأخيرة.</p></body></html>";
    private static final String FRENCH = "<html><body><p>Le ministère a annoncé le début de la récolte des olives; "
            + "une production élevée est prévue après les pluies d'été.</p></body></html>";
    private static final Charset CP1256 = Charset.forName("windows-1256");
    private static final Charset CP1252 = Charset.forName("windows-1252");

    @Test
    void theHttpHeaderIsUsedWhenItAgreesWithTheBytes() {
        assertThat(CharsetSniffer.detect(ARABIC.getBytes(CP1256), "text/html; charset=windows-1256")).isEqualTo(CP1256);
    }

    @Test
    void aMetaCharsetIsReadWhenThereIsNoHeader() {
        byte[] page = ("<meta charset=\"windows-1256\">" + ARABIC).getBytes(CP1256);
        assertThat(CharsetSniffer.detect(page, null)).isEqualTo(CP1256);
    }

    @Test
    void aMetaHttpEquivIsReadWhenThereIsNoHeader() {
        byte[] page = ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-6\">"
                + ARABIC).getBytes(Charset.forName("ISO-8859-6"));
        assertThat(CharsetSniffer.detect(page, "text/html")).isEqualTo(Charset.forName("ISO-8859-6"));
    }

    @Test
    void aByteOrderMarkWinsOverAWrongHeader() {
        byte[] text = ARABIC.getBytes(StandardCharsets.UTF_8);
        byte[] page = new byte[text.length + 3];
        page[0] = (byte) 0xEF;
        page[1] = (byte) 0xBB;
        page[2] = (byte) 0xBF;
        System.arraycopy(text, 0, page, 3, text.length);
        assertThat(CharsetSniffer.detect(page, "text/html; charset=windows-1256")).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void undeclaredValidUtf8IsUtf8() {
        assertThat(CharsetSniffer.detect(ARABIC.getBytes(StandardCharsets.UTF_8), null)).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void undeclaredWindows1256IsDetected() {
        assertThat(CharsetSniffer.detect(ARABIC.getBytes(CP1256), null)).isEqualTo(CP1256);
    }

    @Test
    void undeclaredIso88596IsDetected() {
        Charset iso = Charset.forName("ISO-8859-6");
        assertThat(CharsetSniffer.detect(ARABIC.getBytes(iso), null)).isEqualTo(iso);
    }

    @Test
    void undeclaredWindows1252FrenchIsDetected() {
        assertThat(CharsetSniffer.detect(FRENCH.getBytes(CP1252), null)).isEqualTo(CP1252);
    }

    @Test
    void declaredLatinThatIsReallyWindows1256IsReadAsWindows1256() {
        assertThat(CharsetSniffer.detect(ARABIC.getBytes(CP1256), "text/html; charset=iso-8859-1")).isEqualTo(CP1256);
        assertThat(CharsetSniffer.detect(("<meta charset=windows-1252>" + ARABIC).getBytes(CP1256), null)).isEqualTo(CP1256);
    }

    @Test
    void declaredLatinThatIsReallyUtf8IsReadAsUtf8() {
        assertThat(CharsetSniffer.detect(ARABIC.getBytes(StandardCharsets.UTF_8), "text/html; charset=ISO-8859-1"))
                .isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void declaredLatinThatIsReallyLatinStaysLatin() {
        assertThat(CharsetSniffer.detect(FRENCH.getBytes(CP1252), "text/html; charset=iso-8859-1")).isEqualTo(CP1252);
    }

    @Test
    void declaredUtf8ThatIsReallyWindows1256IsReadAsWindows1256() {
        assertThat(CharsetSniffer.detect(ARABIC.getBytes(CP1256), "text/html; charset=utf-8")).isEqualTo(CP1256);
    }

    @Test
    void aFewStrayBytesDoNotUnseatDeclaredUtf8() {
        byte[] text = (ARABIC + ARABIC).getBytes(StandardCharsets.UTF_8);
        text[text.length / 2] = (byte) 0xFF;
        assertThat(CharsetSniffer.detect(text, "text/html; charset=UTF-8")).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void aUtf16LabelOnBytesWithoutNulBytesIsIgnored() {
        assertThat(CharsetSniffer.detect(ARABIC.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-16"))
                .isEqualTo(StandardCharsets.UTF_8);
        assertThat(CharsetSniffer.detect(ARABIC.getBytes(StandardCharsets.UTF_16LE), "text/html; charset=utf-16le"))
                .isEqualTo(StandardCharsets.UTF_16LE);
    }

    @Test
    void anUnknownDeclaredNameFallsBackToDetection() {
        assertThat(CharsetSniffer.detect(ARABIC.getBytes(CP1256), "text/html; charset=x-no-such-thing")).isEqualTo(CP1256);
    }

    @Test
    void emptyAndAsciiBodiesAreUtf8() {
        assertThat(CharsetSniffer.detect(new byte[0], null)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(CharsetSniffer.detect(null, null)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(CharsetSniffer.detect("<p>plain</p>".getBytes(StandardCharsets.US_ASCII), null)).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void coherentArabicWordsScoreHigherAsWindows1256ThanAsWindows1252() {
        byte[] bytes = ARABIC.getBytes(CP1256);
        assertThat(CharsetSniffer.score(bytes, CP1256)).isPositive().isGreaterThan(CharsetSniffer.score(bytes, CP1252));
    }

    private static final String CHINESE = "海港日报报道，新的防波堤今天开工，工程预计明年完工，市民希望它能保护老城区免受风暴侵袭。";

    @Test
    void flawlessUtf8OutweighsAMultiByteLegacyLabel() {
        byte[] page = ("<meta charset=\"gb2312\"><p>" + CHINESE + "</p>").getBytes(StandardCharsets.UTF_8);
        assertThat(CharsetSniffer.detect(page, null)).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void aMultiByteLegacyLabelOverItsOwnBytesIsKept() {
        Charset gbk = Charset.forName("GBK");
        byte[] page = ("<meta charset=\"gbk\"><p>" + CHINESE + "</p>").getBytes(gbk);
        assertThat(CharsetSniffer.detect(page, null)).isEqualTo(gbk);
    }
}
