package org.akhbar.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the article's authors and removes the byline from the body.
 *
 * <p>Authors come from JSON-LD/meta first, else from byline elements (class/itemprop author
 * or byline), else from a short byline paragraph near the top or bottom ("بقلم: ...",
 * "كتب: ...", "حرر بواسطة ...", "By ...", "Par ..."). Names are cleaned of those markers,
 * split on commas and a standalone "و"/"and"/"et"; URLs and the site's own names are never
 * authors. Byline paragraphs, short paragraphs that only name an author, and an emphasised name
 * that closes the article ({@link #isSignature}) are removed.
 */
final class BylineExtractor {

    /** The authors found and the paragraphs without the byline. */
    record Result(List<String> authors, List<Paragraph> paragraphs) {}

    private static final List<String> MARKERS = List.of(
            "حرر بواسطه", "بواسطه", "بقلم", "كتبت", "كتب", "اعداد وترجمه", "اعداد", "ترجمه", "تحرير", "المحرر", "الكاتب", "by", "par", "written by",
            "auteur", "author");
    private static final List<String> UNAMBIGUOUS_MARKERS = List.of("بقلم", "حرر بواسطه", "written by");
    private static final List<String> LATIN_SHORT_MARKERS = List.of("by", "par");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[:\\-–—\\s]+|[.:،,\\-–—\\s]+$");
    private static final Pattern LEADING_SEPARATORS = Pattern.compile("^[\\s:/\\-–—]+");
    private static final Pattern NAME_SPLIT = Pattern.compile("\\s*[,،؛;]\\s*|\\s+(?:و|and|et|&)\\s+");
    private static final Pattern TRAILER = Pattern.compile("\\s+[-–—|/]\\s+.*$|\\s*\\d.*$");
    /**
     * What joins a marker to the name: "كتب: فلان", "بقلم/ فلان", "كتب - فلان". A sentence may
     * open with "كتب" (wrote) but never puts one of these straight after it.
     */
    private static final String BYLINE_SEPARATORS = ":/-–—";
    private static final int MAX_BYLINE_CHARS = 80;
    private static final int MAX_NAME_WORDS = 6;
    private static final int MAX_SIGNATURE_WORDS = 4;
    private static final int MIN_PARAGRAPHS_BEFORE_SIGNATURE = 2;
    private static final int HEAD = 3;
    private static final int TAIL = 2;

    private BylineExtractor() {}

    static Result extract(List<Paragraph> paragraphs, PageMetadata meta) {
        List<String> siteKeys = new ArrayList<>();
        for (String name : meta.siteNames()) {
            siteKeys.add(TextNormalizer.forComparison(name));
        }
        List<String> authors = names(meta.authors(), siteKeys, false);
        if (authors.isEmpty()) {
            authors = names(meta.bylines(), siteKeys, false);
        }
        List<String> known = new ArrayList<>();
        for (String a : authors) {
            known.add(TextNormalizer.forComparison(a));
        }
        for (String b : meta.bylines()) {
            known.add(TextNormalizer.forComparison(b));
        }

        List<Paragraph> out = new ArrayList<>(paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            boolean nearEdge = i < HEAD || i >= paragraphs.size() - TAIL;
            if (nearEdge && p.text().length() <= MAX_BYLINE_CHARS) {
                String key = p.key();
                if (isByline(TextNormalizer.fold(p.text()))) {
                    if (authors.isEmpty()) {
                        authors = names(List.of(p.text()), siteKeys, true);
                    }
                    continue;
                }
                if (!key.isEmpty() && known.contains(key)) {
                    continue;
                }
                if (i == paragraphs.size() - 1 && i >= MIN_PARAGRAPHS_BEFORE_SIGNATURE && isSignature(p)) {
                    if (authors.isEmpty()) {
                        authors = names(List.of(p.text()), siteKeys, false);
                    }
                    continue;
                }
            }
            out.add(p);
        }
        return new Result(List.copyOf(authors), out);
    }

    /**
     * A signature closing the article: the last line, set apart in emphasis, two to four
     * Arabic words and nothing else (no digit, no punctuation). Papers that sign at the foot
     * write the reporter's name so; a subheading never closes an article.
     */
    static boolean isSignature(Paragraph p) {
        if (!p.emphasised() || p.kind() != Paragraph.Kind.TEXT || p.linkChars() > 0) {
            return false;
        }
        String text = TextNormalizer.stripTatweel(p.text()).strip();
        int words = text.split(" ").length;
        if (words < 2 || words > MAX_SIGNATURE_WORDS) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && !TextNormalizer.isArabicLetter(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a short paragraph (in {@link TextNormalizer#fold} form) is a byline. "بقلم" and
     * "حرر بواسطة" are only ever bylines; "كتب" (also "wrote") and the like need a colon, a
     * slash or a dash after them;
     * "By"/"Par" open ordinary sentences too, so they need a colon or a name-length line.
     */
    static boolean isByline(String folded) {
        for (String marker : UNAMBIGUOUS_MARKERS) {
            if (folded.startsWith(marker) && folded.length() > marker.length()
                    && (folded.charAt(marker.length()) == ' ' || folded.charAt(marker.length()) == ':'
                            || folded.charAt(marker.length()) == '/')) {
                return true;
            }
        }
        for (String marker : MARKERS) {
            if (folded.startsWith(marker)) {
                String rest = folded.substring(marker.length()).stripLeading();
                if (rest.length() > 1 && BYLINE_SEPARATORS.indexOf(rest.charAt(0)) >= 0) {
                    return true;
                }
            }
        }
        for (String marker : LATIN_SHORT_MARKERS) {
            if (folded.startsWith(marker + " ") && folded.split(" ").length <= 5 && folded.indexOf('.') < 0
                    && folded.indexOf(',') < 0) {
                return true;
            }
        }
        return false;
    }

    /** Clean names from raw author strings. */
    static List<String> names(List<String> raw, List<String> siteKeys, boolean markerRequired) {
        List<String> out = new ArrayList<>();
        for (String value : raw) {
            String v = TextNormalizer.stripTatweel(value);
            if (v.startsWith("http://") || v.startsWith("https://") || v.startsWith("www.")) {
                continue;
            }
            String stripped = stripMarker(v);
            if (markerRequired && stripped.equals(v)) {
                continue;
            }
            stripped = TRAILER.matcher(stripped).replaceFirst("");
            for (String name : NAME_SPLIT.split(stripped)) {
                String n = EDGE_PUNCTUATION.matcher(name.strip()).replaceAll("");
                String key = TextNormalizer.forComparison(n);
                if (key.length() < 2 || n.split(" ").length > MAX_NAME_WORDS || isSiteName(key, siteKeys)
                        || MARKERS.contains(TextNormalizer.fold(n).toLowerCase(java.util.Locale.ROOT))) {
                    continue;
                }
                if (out.stream().noneMatch(existing -> TextNormalizer.forComparison(existing).equals(key))) {
                    out.add(n);
                }
            }
        }
        return out;
    }

    /** The site's name, or its name cut before a number ("الصحراء 24" loses "24" with a trailing date). */
    private static boolean isSiteName(String key, List<String> siteKeys) {
        for (String site : siteKeys) {
            if (site.equals(key) || site.startsWith(key + " ")) {
                return true;
            }
        }
        return false;
    }

    /** The text after a leading byline marker ("بقلم:", "By"), or the text itself. */
    private static String stripMarker(String v) {
        String folded = TextNormalizer.fold(v);
        for (String marker : MARKERS) {
            if (folded.startsWith(marker) && folded.length() > marker.length()) {
                char next = folded.charAt(marker.length());
                if (next == ' ' || next == ':' || next == '/' || next == '-') {
                    return LEADING_SEPARATORS.matcher(stripPrefixWords(v, marker.split(" ").length)).replaceFirst("");
                }
            }
        }
        return v;
    }

    private static String stripPrefixWords(String v, int words) {
        String s = v.strip();
        for (int i = 0; i < words; i++) {
            int cut = 0;
            while (cut < s.length() && !Character.isWhitespace(s.charAt(cut)) && s.charAt(cut) != ':') {
                cut++;
            }
            s = s.substring(cut).strip();
            if (s.startsWith(":")) {
                s = s.substring(1).strip();
            }
        }
        return s;
    }
}
