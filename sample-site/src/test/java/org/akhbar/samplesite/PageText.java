package org.akhbar.samplesite;

import java.nio.charset.Charset;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Test helper: the visible text of a sample page, decoded the way its author meant. */
final class PageText {

    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]*charset=[\"']?([A-Za-z0-9_-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_CHARSET = Pattern.compile("charset=([A-Za-z0-9_-]+)");
    private static final Pattern INVISIBLE = Pattern.compile(
            "<script\\b.*?</script>|<style\\b.*?</style>|<!--.*?(-->|\\z)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);");
    private static final Map<String, String> NAMED = Map.of(
            "nbsp", "\u00A0", "amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "raquo", "»", "laquo", "«", "copy", "©", "hellip", "…");

    private PageText() {}

    /**
     * Decodes with the charset the page itself declares in a meta tag, which is the truth for
     * every sample page (the mislabelled trap's header lies on purpose), else the header's.
     */
    static String decode(byte[] bytes, String contentType) {
        String ascii = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        Matcher meta = META_CHARSET.matcher(ascii);
        if (meta.find()) {
            return new String(bytes, Charset.forName(meta.group(1)));
        }
        Matcher header = HEADER_CHARSET.matcher(contentType == null ? "" : contentType);
        return new String(bytes, header.find() ? Charset.forName(header.group(1)) : java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Visible text: scripts, styles and comments dropped, tags made spaces, entities decoded, whitespace collapsed. */
    static String visible(String html) {
        String text = TAG.matcher(INVISIBLE.matcher(html).replaceAll(" ")).replaceAll(" ");
        return collapse(decodeEntities(text));
    }

    /** The text inside {@code <a>} elements, collapsed the same way. */
    static String linkText(String html) {
        StringBuilder out = new StringBuilder();
        Matcher m = Pattern.compile("<a\\b[^>]*>(.*?)</a>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE)
                .matcher(INVISIBLE.matcher(html).replaceAll(" "));
        while (m.find()) {
            out.append(' ').append(m.group(1));
        }
        return visible(out.toString());
    }

    static String collapse(String text) {
        return text.replace('\u00A0', ' ').replaceAll("\\s+", " ").trim();
    }

    static String decodeEntities(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String replacement;
            if (name.startsWith("#x") || name.startsWith("#X")) {
                replacement = Character.toString(Integer.parseInt(name.substring(2), 16));
            } else if (name.startsWith("#")) {
                replacement = Character.toString(Integer.parseInt(name.substring(1)));
            } else {
                replacement = NAMED.getOrDefault(name, m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
