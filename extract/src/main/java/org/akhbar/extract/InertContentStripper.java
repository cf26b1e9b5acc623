package org.akhbar.extract;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Decodes a page without the parts the extractor never reads: the bodies of {@code <script>}
 * (except JSON-LD), {@code <style>} and {@code <svg>} elements (icons, drawn as hundreds of
 * path elements) and HTML comments. On news pages these are
 * often half of the bytes, and handing them to the parser only to prune them afterwards is the
 * single largest waste of an extraction. The elements themselves stay (empty), so the tree has
 * the same shape; JSON-LD scripts keep their text for {@link MetadataReader}.
 *
 * <p>The scan works on the undecoded bytes, so the skipped parts are never decoded either. It
 * follows the HTML tokenizer where it matters: a tag's quoted attribute values may hold {@code
 * <} and {@code >}; script and style bodies end only at their own end tag ({@code </script}
 * followed by a space, {@code /} or {@code >}, any case); the text of {@code <title>}, {@code
 * <textarea>} and the other raw-text elements is skipped over unread, so a "&lt;script" written
 * in a title is not mistaken for a tag; a comment ends at {@code -->} or {@code --!>}, or at once
 * for {@code <!-->} and {@code <!--->}. Anything unterminated is left as it is, for the parser
 * to handle. Only charsets in which those ASCII bytes always mean themselves are scanned: UTF-8
 * and the single-byte charsets; a page in any other charset is decoded whole.
 */
final class InertContentStripper {

    private static final byte[] SCRIPT = ascii("script");
    private static final byte[] STYLE = ascii("style");
    private static final byte[] SVG = ascii("svg");
    private static final byte[] JSON_LD = ascii("ld+json");
    /** Elements whose text the tokenizer reads raw until their end tag: skipped over, kept. */
    private static final byte[] TITLE = ascii("title");
    private static final byte[][] RAW_TEXT = {
        TITLE, ascii("textarea"), ascii("xmp"), ascii("iframe"), ascii("noembed"), ascii("noframes")};
    private static final int MAX_TAG_NAME = 16;
    private static final byte[] PLAINTEXT = ascii("plaintext");
    private static final byte[][] KEEPS_ALL_ATTRIBUTES = {
        ascii("link"), ascii("base"), ascii("meta"),
        ascii("b"), ascii("big"), ascii("code"), ascii("em"), ascii("font"), ascii("i"), ascii("nobr"),
        ascii("s"), ascii("small"), ascii("strike"), ascii("strong"), ascii("tt"), ascii("u")};
    private static final byte[][] UNREAD_ATTRIBUTES = {
        ascii("href"), ascii("src"), ascii("srcset"), ascii("sizes"), ascii("alt"), ascii("title"), ascii("target"),
        ascii("width"), ascii("height"), ascii("loading"), ascii("decoding"), ascii("role"), ascii("tabindex"),
        ascii("value")};
    private static final byte[] DATA_PREFIX = ascii("data-");
    private static final byte[] ARIA_PREFIX = ascii("aria-");
    /** Attribute cuts one start tag may make; tags with more keep the rest. */
    private static final int MAX_CUTS_PER_TAG = 32;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** Charsets judged so far; there are only ever a handful. */
    private static final Map<Charset, Boolean> ASCII_COMPATIBLE = new ConcurrentHashMap<>();
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    private InertContentStripper() {}

    /**
     * Parses the page without script and style bodies and comments (when the charset allows
     * the byte scan). The kept bytes are decoded as the parser reads them, so no copy of the
     * whole page as one string is made.
     */
    static Document parse(byte[] body, Charset charset, String baseUri) {
        return parse(body, charset, baseUri, true, new ClassVerdicts());
    }

    /**
     * {@link #parse}, with the content of furniture regions ({@link FurnitureRegions}) cut or
     * kept; the classes judged on the way go into {@code verdicts}.
     */
    static Document parse(byte[] body, Charset charset, String baseUri, boolean cutFurniture, ClassVerdicts verdicts) {
        Reader reader;
        if (isAsciiCompatible(charset)) {
            Stripped s = strip(body, cutFurniture, verdicts);
            reader = new InputStreamReader(new ByteArrayInputStream(s.bytes(), 0, s.length()), charset);
        } else {
            reader = new StringReader(new String(body, charset));
        }
        return Parser.htmlParser().parseInput(reader, baseUri);
    }

    /** The page's text without script and style bodies and comments, when the charset allows a byte scan. */
    static String decode(byte[] body, Charset charset) {
        return decode(body, charset, true);
    }

    /** {@link #decode}, with the content of furniture regions cut or kept. */
    static String decode(byte[] body, Charset charset, boolean cutFurniture) {
        if (!isAsciiCompatible(charset)) {
            return new String(body, charset);
        }
        Stripped s = strip(body, cutFurniture);
        return new String(s.bytes(), 0, s.length(), charset);
    }

    /** The kept bytes: {@code bytes[0, length)}; the input array itself when nothing was dropped. */
    record Stripped(byte[] bytes, int length) {}

    static Stripped strip(byte[] b) {
        return strip(b, true);
    }

    /**
     * The kept bytes; with {@code cutFurniture} false the content of furniture regions stays
     * too (the tests compare the two).
     */
    static Stripped strip(byte[] b, boolean cutFurniture) {
        return strip(b, cutFurniture, new ClassVerdicts());
    }

    static Stripped strip(byte[] b, boolean cutFurniture, ClassVerdicts verdicts) {
        int n = b.length;
        FurnitureRegions.Context context = new FurnitureRegions.Context(verdicts);
        boolean cutAny = false;
        byte[] out = null;
        int outLength = 0;
        int keptFrom = 0; // start of the bytes not yet copied to out
        int[] cut = new int[2 * MAX_CUTS_PER_TAG];
        int[] cutCount = new int[1];
        int i = 0;
        while (true) {
            int lt = indexOf(b, (byte) '<', i, n);
            if (lt < 0 || lt + 1 >= n) {
                break;
            }
            byte next = b[lt + 1];
            int dropFrom;
            int dropTo;
            if (next == '!' && startsWith(b, lt + 2, n, (byte) '-', (byte) '-')) {
                dropFrom = lt;
                dropTo = commentEnd(b, lt + 4, n);
            } else if (isAsciiLetter(next)) {
                int nameEnd = lt + 1;
                while (nameEnd < n && nameEnd - lt <= MAX_TAG_NAME && !endsTagName(b[nameEnd])) {
                    nameEnd++;
                }
                if (nameEnd >= n) {
                    break; // an unterminated tag: leave the rest to the parser
                }
                byte[] special = specialName(b, lt + 1, nameEnd);
                if (special == null && endsTagName(b[nameEnd])) {
                    // The common case, an ordinary start tag: one scan finds its end and the
                    // attributes to cut; a tag the scan is unsure of takes the two-step way.
                    int tagEnd = scanOrdinaryTag(b, nameEnd, n, cut, cutCount);
                    int cuts = cutCount[0];
                    if (tagEnd < 0) {
                        tagEnd = startTagEnd(b, nameEnd, n);
                        if (tagEnd < 0) {
                            break;
                        }
                        cuts = unreadAttributes(b, nameEnd, tagEnd, cut);
                    }
                    for (int k = 0; k < cuts; k += 2) {
                        if (out == null) {
                            out = new byte[n];
                        }
                        System.arraycopy(b, keptFrom, out, outLength, cut[k] - keptFrom);
                        outLength += cut[k] - keptFrom;
                        keptFrom = cut[k + 1];
                    }
                    i = tagEnd + 1;
                    int regionEnd = cutFurniture ? furnitureRegionEnd(b, lt + 1, nameEnd, tagEnd, n, context) : -1;
                    if (regionEnd <= tagEnd + 1) {
                        continue;
                    }
                    dropFrom = tagEnd + 1;
                    dropTo = regionEnd;
                    cutAny = true;
                } else {
                    int tagEnd = startTagEnd(b, nameEnd, n);
                    if (tagEnd < 0) {
                        break; // an unterminated tag: leave the rest to the parser
                    }
                    context.startTag(b, lt + 1, nameEnd, tagEnd, n);
                    if (special == SVG) {
                        if (b[tagEnd - 1] == '/') {
                            i = tagEnd + 1; // <svg/>: self-closing in foreign content, nothing inside
                            continue;
                        }
                        int close = svgEnd(b, tagEnd + 1, n);
                        if (close < 0) {
                            break;
                        }
                        if (close == tagEnd + 1) {
                            i = close + 2;
                            continue;
                        }
                        dropFrom = tagEnd + 1;
                        dropTo = close;
                    } else {
                        boolean script = special == SCRIPT;
                        byte[] rawName = script || special == STYLE || isRawText(special) ? special : null;
                        if (rawName == null) {
                            if (special == PLAINTEXT) {
                                break; // everything after it is text, tags included
                            }
                            // A tag that keeps all its attributes, or whose name is too long to be read.
                            i = tagEnd + 1;
                            continue;
                        }
                        int close = closingTag(b, tagEnd + 1, n, rawName);
                        if (close < 0) {
                            break; // the rest of the page is that element's text, as the parser will read it
                        }
                        if (special == TITLE) {
                            context.title(b, tagEnd + 1, close);
                        }
                        boolean inert = rawName == STYLE || (script && indexOf(b, JSON_LD, lt, tagEnd) < 0);
                        if (!inert || close == tagEnd + 1) {
                            i = close + 2;
                            continue;
                        }
                        dropFrom = tagEnd + 1;
                        dropTo = close;
                    }
                }
            } else if (next == '!' || next == '?') {
                int gt = indexOf(b, (byte) '>', lt + 2, n);
                if (gt < 0) {
                    break;
                }
                i = gt + 1;
                continue;
            } else {
                if (next == '/' && cutFurniture && lt + 2 < n && context.follows(b[lt + 2])) {
                    // End tags only matter to what the furniture cut must know is open.
                    int nameEnd = lt + 2;
                    while (nameEnd < n && nameEnd - lt <= MAX_TAG_NAME && !endsTagName(b[nameEnd])) {
                        nameEnd++;
                    }
                    if (nameEnd < n) {
                        context.endTag(b, lt + 2, nameEnd, lt);
                    }
                }
                i = lt + 1;
                continue;
            }
            if (out == null) {
                out = new byte[n];
            }
            System.arraycopy(b, keptFrom, out, outLength, dropFrom - keptFrom);
            outLength += dropFrom - keptFrom;
            keptFrom = dropTo;
            i = dropTo;
        }
        if (cutAny && context.sawFrameset()) {
            return strip(b, false, verdicts); // a frameset page: its furniture stays (see FurnitureRegions.Context)
        }
        if (out == null) {
            return new Stripped(b, n);
        }
        System.arraycopy(b, keptFrom, out, outLength, n - keptFrom);
        return new Stripped(out, outLength + n - keptFrom);
    }

    /**
     * Where the content of the furniture element whose start tag is {@code b[lt + 1 ..
     * tagEnd]} ends, when it can be cut ({@link FurnitureRegions}); -1 when the tag opens no
     * such element or its content must stay. Every ordinary start tag passes here, so the
     * context learns of the open links and forms on the way.
     */
    private static int furnitureRegionEnd(byte[] b, int nameStart, int nameEnd, int tagEnd, int n,
            FurnitureRegions.Context context) {
        context.startTag(b, nameStart, nameEnd, tagEnd, n);
        byte[] root = FurnitureRegions.furnitureRoot(b, nameStart, nameEnd);
        if (root == null) {
            root = FurnitureRegions.classedRoot(b, nameStart, nameEnd);
            if (root == null || !FurnitureRegions.removedByAttributes(b, nameEnd, tagEnd, context.verdicts())) {
                return -1;
            }
        }
        if (!context.allowsCut() || b[tagEnd - 1] == '/' || !FurnitureRegions.attributesAreInert(b, nameEnd, tagEnd)) {
            return -1;
        }
        return FurnitureRegions.end(b, tagEnd + 1, n, root, context.allowsForms(), context.allowsSvgTitles());
    }

    /**
     * The names the scan treats apart (svg, script, style, the raw-text elements, plaintext and
     * the elements that keep their attributes), by length: most tag names are ruled out by
     * their length and first letter.
     */
    private static final byte[][][] SPECIAL_BY_LENGTH = specialByLength();

    private static byte[][][] specialByLength() {
        List<byte[]> all = new ArrayList<>();
        all.add(SVG);
        all.add(SCRIPT);
        all.add(STYLE);
        all.addAll(Arrays.asList(RAW_TEXT));
        all.add(PLAINTEXT);
        all.addAll(Arrays.asList(KEEPS_ALL_ATTRIBUTES));
        byte[][][] byLength = new byte[MAX_TAG_NAME + 2][][];
        for (int length = 0; length < byLength.length; length++) {
            List<byte[]> same = new ArrayList<>();
            for (byte[] name : all) {
                if (name.length == length) {
                    same.add(name);
                }
            }
            byLength[length] = same.toArray(new byte[0][]);
        }
        return byLength;
    }

    /** The special name (one of the constants above, the same array) that {@code b[from, to)} is, ignoring ASCII case, or null. */
    static byte[] specialName(byte[] b, int from, int to) {
        int length = to - from;
        if (length >= SPECIAL_BY_LENGTH.length) {
            return null;
        }
        for (byte[] name : SPECIAL_BY_LENGTH[length]) {
            if (nameIs(b, from, to, name)) {
                return name;
            }
        }
        return null;
    }

    private static boolean isRawText(byte[] name) {
        for (byte[] raw : RAW_TEXT) {
            if (raw == name) {
                return true;
            }
        }
        return false;
    }

    /**
     * One scan of an ordinary start tag from {@code from}, just after its name: puts into
     * {@code cuts} the spans of the attributes nothing reads, as {@link #unreadAttributes}
     * would, sets {@code count[0]} to the ints written, and returns the index of the {@code >}
     * that ends the tag, the one {@link #startTagEnd} finds. Returns -1 when the tag holds
     * anything on which the two could part (an '=' opening a name or inside an unquoted
     * value, a quote or '<' in a name or an unquoted value, an unclosed quote, no end): the
     * caller then takes those two steps.
     */
    static int scanOrdinaryTag(byte[] b, int from, int n, int[] cuts, int[] count) {
        int written = 0;
        AttributeWalk at = new AttributeWalk(b, from, n);
        while (at.next()) {
            boolean unquoted = at.valueStart > at.nameEnd && b[at.valueStart - 1] != '"' && b[at.valueStart - 1] != '\'';
            if (unquoted && holdsQuoteOrMarkup(b, at.valueStart, at.valueEnd)) {
                return -1;
            }
            if (isSpace(b[at.nameStart - 1]) && isUnreadAttribute(b, at.nameStart, at.nameEnd) && written < cuts.length) {
                cuts[written++] = at.nameStart;
                cuts[written++] = at.attributeEnd();
            }
        }
        if (at.tagEnd < 0) {
            return -1;
        }
        count[0] = written;
        return at.tagEnd;
    }

    /** Whether an unquoted value holds '=', a quote or '<', on which the two-step scan could read the tag otherwise. */
    private static boolean holdsQuoteOrMarkup(byte[] b, int from, int to) {
        for (int k = from; k < to; k++) {
            byte d = b[k];
            if (d == '=' || d == '"' || d == '\'' || d == '<') {
                return true;
            }
        }
        return false;
    }

    /**
     * Elements whose attributes all stay: {@code <link>}, {@code <base>} and {@code <meta>}
     * carry what the metadata reader and the parser read (href, content, charset), and the
     * formatting elements ({@code <b>}, {@code <font>}, ...) are matched by their attributes
     * when the parser reopens misnested ones, so their attributes can change the tree.
     * ({@code <a>} is not among them: the parser never keeps two open links to compare.)
     */
    static boolean keepsAllAttributes(byte[] b, int from, int to) {
        for (byte[] name : KEEPS_ALL_ATTRIBUTES) {
            if (nameIs(b, from, to, name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Finds the attributes of a start tag that nothing downstream reads (see {@link
     * #isUnreadAttribute}) in {@code b[from, tagEnd)}, the part after the tag name, and puts
     * each one's span, name to end of value, into {@code cuts} as start and end pairs;
     * returns how many ints it wrote. The scan follows the tokenizer's attribute states. Each
     * cut attribute follows a space, so what is left still tokenizes to the same other
     * attributes. A tag with anything unusual in an attribute name (a quote, a '<', a name
     * opening with '=') gets no cut at all: there the tokenizer and {@link #startTagEnd} could
     * disagree on where the tag ends.
     */
    static int unreadAttributes(byte[] b, int from, int tagEnd, int[] cuts) {
        int count = 0;
        AttributeWalk at = new AttributeWalk(b, from, tagEnd + 1);
        while (at.next()) {
            if (isSpace(b[at.nameStart - 1]) && isUnreadAttribute(b, at.nameStart, at.nameEnd) && count < cuts.length) {
                cuts[count++] = at.nameStart;
                cuts[count++] = at.attributeEnd();
            }
        }
        return at.tagEnd == tagEnd ? count : 0;
    }

    /**
     * Steps through a start tag's attributes as the tokenizer reads them: each name and value
     * span in turn. A tag with anything the tokenizer could read otherwise (a quote or '<' in a
     * name, a name opening with '=', an unclosed quote) stops the walk with no tag end.
     */
    static final class AttributeWalk {
        private final byte[] b;
        private final int n;
        private int j;
        int nameStart;
        int nameEnd;
        int valueStart;
        int valueEnd;
        /** Where the '>' that ends the tag is, once {@link #next} has reached it; -1 before, or when the walk stopped at anything unusual. */
        int tagEnd = -1;

        /** A cursor over the attributes after a tag name ending at {@code from}, in {@code b[0, n)}. */
        AttributeWalk(byte[] b, int from, int n) {
            this.b = b;
            this.j = from;
            this.n = n;
        }

        /** Steps to the next attribute: false at the tag's end ({@link #tagEnd} then set) or at anything unusual. */
        boolean next() {
            while (j < n && (isSpace(b[j]) || b[j] == '/')) {
                j++;
            }
            if (j >= n) {
                return false; // no end
            }
            if (b[j] == '>') {
                tagEnd = j;
                return false;
            }
            nameStart = j;
            while (j < n) {
                byte d = b[j];
                if (isSpace(d) || d == '/' || d == '=' || d == '>') {
                    break;
                }
                if (d == '"' || d == '\'' || d == '<') {
                    return false;
                }
                j++;
            }
            nameEnd = j;
            if (nameEnd == nameStart) {
                return false; // a name opening with '='
            }
            valueStart = nameEnd;
            valueEnd = nameEnd;
            int k = nameEnd;
            while (k < n && isSpace(b[k])) {
                k++;
            }
            if (k < n && b[k] == '=') {
                k++;
                while (k < n && isSpace(b[k])) {
                    k++;
                }
                if (k < n && (b[k] == '"' || b[k] == '\'')) {
                    int close = indexOf(b, b[k], k + 1, n);
                    if (close < 0) {
                        return false;
                    }
                    valueStart = k + 1;
                    valueEnd = close;
                    j = close + 1;
                } else {
                    valueStart = k;
                    while (k < n && !isSpace(b[k]) && b[k] != '>') {
                        k++;
                    }
                    valueEnd = k;
                    j = k;
                }
            }
            return true;
        }

        boolean nameIs(byte[] name) {
            return InertContentStripper.nameIs(b, nameStart, nameEnd, name);
        }

        /** Where the current attribute ends: after its value's closing quote, its unquoted value, or its name. */
        int attributeEnd() {
            return j;
        }

        /** The value as ISO-8859-1: the ASCII letters the keywords are made of read as themselves. */
        String value() {
            return new String(b, valueStart, valueEnd - valueStart, StandardCharsets.ISO_8859_1);
        }
    }

    /**
     * Attributes no step of the extraction reads, on the elements not kept whole: {@code
     * data-*}, {@code aria-*}, event handlers ({@code on*}), image sources and sizes, link
     * targets, titles, tab order and form values (an ASP.NET page's view state, one hidden
     * input's value, can be a quarter of its bytes). Class, id, style, hidden, itemprop, rel,
     * lang, datetime, content, type and the rest stay.
     */
    static boolean isUnreadAttribute(byte[] b, int from, int to) {
        int length = to - from;
        if (length >= 2 && (b[from] | 0x20) == 'o' && (b[from + 1] | 0x20) == 'n') {
            return true;
        }
        if (length > DATA_PREFIX.length && (startsWithName(b, from, DATA_PREFIX) || startsWithName(b, from, ARIA_PREFIX))) {
            return true;
        }
        for (byte[] name : UNREAD_ATTRIBUTES) {
            if (nameIs(b, from, to, name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithName(byte[] b, int from, byte[] prefix) {
        for (int k = 0; k < prefix.length; k++) {
            if ((b[from + k] | 0x20) != prefix[k]) {
                return false;
            }
        }
        return true;
    }

    /** After {@code <!--}: the index just past the comment's end, or {@code n} when it never ends. */
    static int commentEnd(byte[] b, int from, int n) {
        if (from < n && b[from] == '>') {
            return from + 1; // <!-->
        }
        if (from + 1 < n && b[from] == '-' && b[from + 1] == '>') {
            return from + 2; // <!--->
        }
        for (int j = indexOf(b, (byte) '-', from, n); j >= 0 && j + 2 < n; j = indexOf(b, (byte) '-', j + 1, n)) {
            if (b[j + 1] == '-') {
                if (b[j + 2] == '>') {
                    return j + 3;
                }
                if (b[j + 2] == '!' && j + 3 < n && b[j + 3] == '>') {
                    return j + 4;
                }
            }
        }
        return n;
    }

    /**
     * The index of the {@code >} that ends a start tag whose name ends at {@code from}, or -1.
     * A quote opens a value only right after {@code =} (spaces allowed between), as in the tokenizer.
     */
    static int startTagEnd(byte[] b, int from, int n) {
        int j = from;
        while (j < n) {
            byte c = b[j];
            if (c == '>') {
                return j;
            }
            if (c == '=') {
                j++;
                while (j < n && isSpace(b[j])) {
                    j++;
                }
                if (j < n && (b[j] == '"' || b[j] == '\'')) {
                    int close = indexOf(b, b[j], j + 1, n);
                    if (close < 0) {
                        return -1;
                    }
                    j = close + 1;
                }
                continue;
            }
            j++;
        }
        return -1;
    }

    /**
     * The index of the {@code <} of the {@code </svg} that closes an {@code <svg>} whose
     * content starts at {@code from}, counting nested {@code <svg>} elements, or -1.
     */
    static int svgEnd(byte[] b, int from, int n) {
        int depth = 1;
        int j = from;
        while ((j = indexOf(b, (byte) '<', j, n)) >= 0) {
            boolean end = j + 1 < n && b[j + 1] == '/';
            int nameStart = end ? j + 2 : j + 1;
            int nameEnd = nameStart + SVG.length;
            if (nameEnd < n && nameIs(b, nameStart, nameEnd, SVG) && endsTagName(b[nameEnd])) {
                if (end) {
                    depth--;
                    if (depth == 0) {
                        return j;
                    }
                } else {
                    int tagEnd = startTagEnd(b, nameEnd, n);
                    if (tagEnd < 0) {
                        return -1;
                    }
                    if (b[tagEnd - 1] != '/') {
                        depth++;
                    }
                    j = tagEnd;
                }
            }
            j++;
        }
        return -1;
    }

    /** The index of the {@code <} of the first {@code </name} followed by a space, '/' or '>', or -1. */
    static int closingTag(byte[] b, int from, int n, byte[] name) {
        int j = from;
        while ((j = indexOf(b, (byte) '<', j, n)) >= 0) {
            int nameStart = j + 2;
            int nameEnd = nameStart + name.length;
            if (nameEnd < n && b[j + 1] == '/' && nameIs(b, nameStart, nameEnd, name) && endsTagName(b[nameEnd])) {
                return j;
            }
            j++;
        }
        return -1;
    }

    /** Whether {@code b[from, to)} is {@code name} (lower-case ASCII), ignoring ASCII case. */
    static boolean nameIs(byte[] b, int from, int to, byte[] name) {
        if (to - from != name.length) {
            return false;
        }
        for (int k = 0; k < name.length; k++) {
            if ((b[from + k] | 0x20) != name[k]) {
                return false;
            }
        }
        return true;
    }

    static boolean endsTagName(byte c) {
        return isSpace(c) || c == '/' || c == '>';
    }

    static boolean isSpace(byte c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    static boolean isAsciiLetter(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean startsWith(byte[] b, int at, int n, byte first, byte second) {
        return at + 1 < n && b[at] == first && b[at + 1] == second;
    }

    /** The first {@code value} in {@code b[from, to)}, or -1; eight bytes a step (the pages are long, the tags sparse). */
    static int indexOf(byte[] b, byte value, int from, int to) {
        long pattern = (value & 0xFFL) * ONES;
        int j = from;
        for (; j + Long.BYTES <= to; j += Long.BYTES) {
            long x = (long) LONGS.get(b, j) ^ pattern;
            // A zero byte in x is a match; the lowest flagged byte is the first one in memory.
            long zeroBytes = (x - ONES) & ~x & HIGH_BITS;
            if (zeroBytes != 0) {
                return j + (Long.numberOfTrailingZeros(zeroBytes) >>> 3);
            }
        }
        for (; j < to; j++) {
            if (b[j] == value) {
                return j;
            }
        }
        return -1;
    }

    /** Case-insensitive search of lower-case ASCII {@code needle} in {@code b[from, to)}. */
    static int indexOf(byte[] b, byte[] needle, int from, int to) {
        outer:
        for (int j = from; j + needle.length <= to; j++) {
            for (int k = 0; k < needle.length; k++) {
                byte c = b[j + k];
                if (c != needle[k] && (c | 0x20) != needle[k]) {
                    continue outer;
                }
            }
            return j;
        }
        return -1;
    }

    /** UTF-8 and single-byte charsets: '<', '>', quotes, '-', '/' and ASCII letters are never part of another character. */
    static boolean isAsciiCompatible(Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            return true;
        }
        return ASCII_COMPATIBLE.computeIfAbsent(charset, InertContentStripper::judgeAsciiCompatible);
    }

    private static boolean judgeAsciiCompatible(Charset charset) {
        if (!charset.canEncode()) {
            return false;
        }
        try {
            return charset.newEncoder().maxBytesPerChar() <= 1.0f
                    && new String(new byte[] {'<', 'a', '>'}, charset).equals("<a>");
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
