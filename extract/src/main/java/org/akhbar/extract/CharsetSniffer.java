package org.akhbar.extract;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which charset a page's bytes are written in.
 *
 * <p>Order: a byte-order mark (it cannot lie, so it wins, as in the HTML standard), then the
 * HTTP Content-Type header, then a {@code <meta charset>} or {@code <meta http-equiv>} in the
 * first 4 KB, then detection. A declaration is checked against the bytes: legacy Arabic sites
 * often declare a single-byte charset while sending UTF-8, or declare ISO-8859-1/windows-1252
 * while writing windows-1256; in those cases the bytes are trusted. Detection: bytes that are
 * valid UTF-8 are UTF-8; otherwise windows-1256, windows-1252 and ISO-8859-6 are scored by how
 * coherent the decoded words are (all-Arabic words, or Latin words with few accented letters,
 * count for a charset; words mixing scripts, runs of accented letters and undefined bytes count
 * against it). Never returns null and never throws.
 */
public final class CharsetSniffer {

    static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");

    /**
     * windows-1252 first: windows-1256 decodes French accented letters identically, so on a tie
     * (a Latin page) the Latin charset is the honest answer; Arabic text never ties.
     */
    private static final List<Charset> SINGLE_BYTE_CANDIDATES = List.of(WINDOWS_1252, WINDOWS_1256, ISO_8859_6);
    private static final Pattern CHARSET_PARAM =
            Pattern.compile("charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final int META_WINDOW = 4096;
    /** Multi-byte UTF-8 sequences, none invalid, that outweigh a multi-byte legacy label. */
    private static final int MIN_UTF8_EVIDENCE = 20;
    /** Enough text to judge a charset; scoring a whole multi-megabyte page would only cost time. */
    private static final int SCORE_WINDOW = 64 * 1024;

    private CharsetSniffer() {}

    /**
     * The charset to decode {@code body} with.
     *
     * @param body the undecoded bytes, may be null or empty (UTF-8 is returned)
     * @param contentType the HTTP Content-Type header value, or null
     */
    public static Charset detect(byte[] body, String contentType) {
        if (body == null || body.length == 0) {
            return StandardCharsets.UTF_8;
        }
        Charset bom = fromByteOrderMark(body);
        if (bom != null) {
            return bom;
        }
        Charset declared = fromContentType(contentType);
        if (declared == null) {
            declared = fromMetaTag(body);
        }
        return declared == null ? guess(body) : verify(declared, body);
    }

    static Charset fromByteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    static Charset fromContentType(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = CHARSET_PARAM.matcher(contentType);
        return m.find() ? byName(m.group(1)) : null;
    }

    static Charset fromMetaTag(byte[] body) {
        String name = metaCharsetName(body);
        return name == null ? null : byName(name);
    }

    /**
     * The charset name of the first {@code <meta ... charset=NAME>} in the first {@link
     * #META_WINDOW} bytes, or null: what the case-blind regex {@code
     * <meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)} finds in them read as
     * ISO-8859-1 (a test holds the two together), read off the bytes by hand: the regex,
     * tried at every byte of a head full of meta tags, showed in the profile.
     */
    static String metaCharsetName(byte[] body) {
        int n = Math.min(body.length, META_WINDOW);
        for (int lt = 0; lt + 5 <= n; lt++) {
            if (body[lt] != '<' || !asciiIgnoreCase(body, lt + 1, n, "meta")
                    || (lt + 5 < n && isRegexWordChar(body[lt + 5]))) {
                continue;
            }
            // The shortest stretch without '>' after "<meta" that a charset declaration ends.
            for (int at = lt + 5; at < n && body[at] != '>'; at++) {
                String name = charsetDeclarationAt(body, at, n);
                if (name != null) {
                    return name;
                }
            }
        }
        return null;
    }

    /** The NAME of {@code charset\s*=\s*["']?\s*NAME} at {@code at}, or null when none starts there. */
    private static String charsetDeclarationAt(byte[] b, int at, int n) {
        if (!asciiIgnoreCase(b, at, n, "charset")) {
            return null;
        }
        int i = skipRegexSpace(b, at + 7, n);
        if (i >= n || b[i] != '=') {
            return null;
        }
        i = skipRegexSpace(b, i + 1, n);
        if (i < n && (b[i] == '"' || b[i] == '\'')) {
            i = skipRegexSpace(b, i + 1, n);
        }
        int start = i;
        while (i < n && isCharsetNameByte(b[i])) {
            i++;
        }
        return i == start ? null : new String(b, start, i - start, StandardCharsets.ISO_8859_1);
    }

    /** Whether {@code lower} (lower-case ASCII letters) is at {@code at}, in either case. */
    private static boolean asciiIgnoreCase(byte[] b, int at, int n, String lower) {
        if (at + lower.length() > n) {
            return false;
        }
        for (int k = 0; k < lower.length(); k++) {
            if ((b[at + k] | 0x20) != lower.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** A regex word character ({@code \w} without Unicode classes: ASCII letters, digits, underscore). */
    private static boolean isRegexWordChar(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    /** Past the regex whitespace ({@code \s}: space, tab, line feed, vertical tab, form feed, carriage return). */
    private static int skipRegexSpace(byte[] b, int i, int n) {
        while (i < n && (b[i] == ' ' || (b[i] >= 0x09 && b[i] <= 0x0D))) {
            i++;
        }
        return i;
    }

    private static boolean isCharsetNameByte(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '.' || c == '_' || c == ':' || c == '-';
    }

    /** Resolves a declared name; ISO-8859-1 and ASCII mean windows-1252 on the web (HTML standard). */
    static Charset byName(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")
                || n.equals("iso8859-1") || n.equals("iso_8859-1")) {
            return WINDOWS_1252;
        }
        if (n.equals("utf8")) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(n);
        } catch (RuntimeException unknownOrIllegal) {
            return null;
        }
    }

    private static Charset verify(Charset declared, byte[] body) {
        Utf8Scan utf8 = Utf8Scan.of(body);
        if (declared.equals(StandardCharsets.UTF_8)) {
            // A few stray bytes in a UTF-8 page are common; only a page that is mostly not UTF-8 is re-judged.
            if (utf8.invalid() == 0 || utf8.invalid() * 20 <= utf8.multibyte()) {
                return declared;
            }
            Charset best = bestSingleByte(body);
            return score(body, best) > score(body, StandardCharsets.UTF_8) ? best : declared;
        }
        if (declared.name().startsWith("UTF-16") || declared.name().startsWith("UTF-32")) {
            // HTML markup is ASCII: in UTF-16/32 it is full of NUL bytes. None means the label is wrong.
            return hasNulByte(body) ? declared : guess(body);
        }
        if (!isSingleByte(declared)) {
            // A multi-byte legacy label (gb2312, Shift_JIS, EUC-KR...) over bytes that are
            // flawless UTF-8 with many multi-byte sequences: text in those charsets is never
            // valid UTF-8 that long by chance, so the page was re-encoded and the label kept.
            return utf8.invalid() == 0 && utf8.multibyte() >= MIN_UTF8_EVIDENCE ? StandardCharsets.UTF_8 : declared;
        }
        if (utf8.invalid() == 0 && utf8.multibyte() > 0) {
            return StandardCharsets.UTF_8;
        }
        if (declared.equals(WINDOWS_1252)) {
            int latin = score(body, WINDOWS_1252);
            int arabic = score(body, WINDOWS_1256);
            if (arabic > 0 && arabic > latin + 5) {
                return WINDOWS_1256;
            }
        }
        return declared;
    }

    private static boolean hasNulByte(byte[] body) {
        int n = Math.min(body.length, META_WINDOW);
        for (int i = 0; i < n; i++) {
            if (body[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSingleByte(Charset cs) {
        try {
            return cs.newEncoder().maxBytesPerChar() <= 1.0f;
        } catch (UnsupportedOperationException decodeOnly) {
            return false;
        }
    }

    private static Charset guess(byte[] body) {
        Utf8Scan utf8 = Utf8Scan.of(body);
        if (utf8.invalid() == 0) {
            return StandardCharsets.UTF_8;
        }
        return bestSingleByte(body);
    }

    private static Charset bestSingleByte(byte[] body) {
        Charset best = SINGLE_BYTE_CANDIDATES.get(0);
        int bestScore = Integer.MIN_VALUE;
        for (Charset candidate : SINGLE_BYTE_CANDIDATES) {
            int s = score(body, candidate);
            if (s > bestScore) {
                best = candidate;
                bestScore = s;
            }
        }
        return best;
    }

    /**
     * How plausible the text is when decoded with {@code cs}: non-ASCII letters in coherent
     * words count for, letters in incoherent words and junk characters count against.
     */
    static int score(byte[] body, Charset cs) {
        String text = new String(body, 0, Math.min(body.length, SCORE_WINDOW), cs);
        int good = 0;
        int bad = 0;
        int arabic = 0;
        int ascii = 0;
        int otherLetters = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                if (c < 128) {
                    ascii++;
                } else if (TextNormalizer.isArabicLetter(c)) {
                    arabic++;
                } else {
                    otherLetters++;
                }
                continue;
            }
            if (TextNormalizer.isArabicDiacritic(c) || c == '\u0640') {
                continue; // inside an Arabic word
            }
            int nonAscii = arabic + otherLetters;
            if (nonAscii > 0) {
                boolean pureArabic = otherLetters == 0 && ascii == 0;
                boolean plausibleLatin = arabic == 0 && otherLetters <= ascii + 1 && otherLetters <= 3;
                if (pureArabic || plausibleLatin) {
                    good += nonAscii;
                } else {
                    bad += nonAscii;
                }
            }
            arabic = 0;
            ascii = 0;
            otherLetters = 0;
            if (c == '\uFFFD' || (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || (c >= 0x7F && c <= 0x9F)) {
                bad++;
            }
        }
        return good - bad;
    }

    /** Counts of well-formed multi-byte sequences and of malformed ones in a UTF-8 reading. */
    record Utf8Scan(int multibyte, int invalid) {
        private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
        private static final long ASCII_MASK = 0x8080808080808080L;

        static Utf8Scan of(byte[] b) {
            int multibyte = 0;
            int invalid = 0;
            int i = 0;
            while (i < b.length) {
                // Markup is mostly ASCII: skip it eight bytes at a time.
                while (i + Long.BYTES <= b.length && ((long) LONGS.get(b, i) & ASCII_MASK) == 0) {
                    i += Long.BYTES;
                }
                if (i >= b.length) {
                    break;
                }
                int c = b[i] & 0xFF;
                int extra;
                if (c < 0x80) {
                    i++;
                    continue;
                } else if (c >= 0xC2 && c <= 0xDF) {
                    extra = 1;
                } else if (c >= 0xE0 && c <= 0xEF) {
                    extra = 2;
                } else if (c >= 0xF0 && c <= 0xF4) {
                    extra = 3;
                } else {
                    invalid++;
                    i++;
                    continue;
                }
                int j = 1;
                while (j <= extra && i + j < b.length && (b[i + j] & 0xC0) == 0x80) {
                    j++;
                }
                if (j == extra + 1) {
                    multibyte++;
                    i += j;
                } else if (i + j >= b.length) {
                    i = b.length; // a sequence cut by truncation is not evidence against UTF-8
                } else {
                    invalid++;
                    i += j;
                }
            }
            return new Utf8Scan(multibyte, invalid);
        }
    }
}
