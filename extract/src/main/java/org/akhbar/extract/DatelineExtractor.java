package org.akhbar.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dateline that opens an article and takes it out of the body.
 *
 * <p>Two forms are recognised on the first paragraph: "&lt;site name&gt; : &lt;place&gt;"
 * (the site name known from configuration or metadata) and "&lt;place&gt; - ..." or
 * "&lt;place&gt; (وكالات) - ...". The place has its tatweel removed (العيـــــون becomes العيون).
 * A paragraph that is only the dateline is removed; otherwise the prefix is cut from it.
 * Conservative: the place is one to three words of letters, and the agency form requires the
 * parenthesis or a spaced dash, so an ordinary first sentence is left alone. Letters may carry
 * diacritics (عمّان).
 */
final class DatelineExtractor {

    /** The place (or null) and the paragraphs without the dateline. */
    record Result(String place, List<Paragraph> paragraphs) {}

    private static final Pattern SEPARATOR_START = Pattern.compile("^\\s*[:\\-–—|]\\s*");
    private static final Pattern PLACE_THEN_REST = Pattern.compile(
            "^([\\p{L}\\p{M}]+(?:\\s+[\\p{L}\\p{M}]+){0,2})\\s*((?:\\([^()]{1,40}\\)\\s*)?)(?:\\s[-–—]|[–—])\\s*((?:\\([^()]{1,40}\\)\\s*[-–—:]?\\s*)?)(.+)$");
    private static final Pattern PLACE_AGENCY_COLON = Pattern.compile(
            "^([\\p{L}\\p{M}]+(?:\\s+[\\p{L}\\p{M}]+){0,2})\\s*\\([^()]{1,40}\\)\\s*:\\s*(.+)$");
    private static final Pattern PLACE_ONLY = Pattern.compile("^([\\p{L}\\p{M}]+(?:\\s+[\\p{L}\\p{M}]+){0,2})\\s*[.:،,\\-–—]?$");
    private static final Pattern PLACE_UP_TO_SEPARATOR = Pattern.compile(
            "^([\\p{L}\\p{M}]+(?:\\s+[\\p{L}\\p{M}]+){0,2})\\s*(?:\\([^()]{1,40}\\)\\s*)?[-–—:]\\s*(.+)$");

    private DatelineExtractor() {}

    static Result extract(List<Paragraph> paragraphs, List<String> siteNames) {
        if (paragraphs.isEmpty()) {
            return new Result(null, paragraphs);
        }
        Paragraph first = paragraphs.get(0);
        String text = TextNormalizer.stripTatweel(first.text());

        String afterSite = afterSiteName(text, siteNames);
        if (afterSite != null) {
            Matcher only = PLACE_ONLY.matcher(afterSite);
            if (only.matches()) {
                return new Result(only.group(1), without(paragraphs, 0, null));
            }
            Matcher upTo = PLACE_UP_TO_SEPARATOR.matcher(afterSite);
            if (upTo.matches()) {
                return new Result(upTo.group(1), without(paragraphs, 0, upTo.group(2)));
            }
            return new Result(null, paragraphs);
        }
        Matcher m = PLACE_THEN_REST.matcher(text);
        if (m.matches() && m.group(4).length() > m.group(1).length()) {
            return new Result(m.group(1), without(paragraphs, 0, m.group(4)));
        }
        Matcher colon = PLACE_AGENCY_COLON.matcher(text);
        if (colon.matches()) {
            return new Result(colon.group(1), without(paragraphs, 0, colon.group(2)));
        }
        return new Result(null, paragraphs);
    }

    /** What follows "&lt;site name&gt; :" at the start of {@code text}, or null when it does not start so. */
    static String afterSiteName(String text, List<String> siteNames) {
        String[] words = text.split(" ");
        for (String name : siteNames) {
            String key = TextNormalizer.forComparison(name);
            if (key.isEmpty()) {
                continue;
            }
            int k = key.split(" ").length;
            if (words.length <= k) {
                continue;
            }
            String head = String.join(" ", java.util.Arrays.copyOfRange(words, 0, k));
            if (!TextNormalizer.forComparison(head).equals(key)) {
                continue;
            }
            String rest = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
            Matcher sep = SEPARATOR_START.matcher(rest);
            if (sep.find() && sep.end() > 0) {
                String after = rest.substring(sep.end()).strip();
                if (!after.isEmpty()) {
                    return after;
                }
            }
        }
        return null;
    }

    private static List<Paragraph> without(List<Paragraph> paragraphs, int index, String replacement) {
        List<Paragraph> out = new ArrayList<>(paragraphs);
        if (replacement == null || replacement.isBlank()) {
            out.remove(index);
        } else {
            Paragraph p = paragraphs.get(index);
            out.set(index, p.withText(originalSuffix(p.text(), replacement).strip()));
        }
        return out;
    }

    /**
     * The end of {@code original} that corresponds to {@code strippedSuffix}, a suffix of its
     * tatweel-free form: the body keeps the site's own spelling, only the place is cleaned.
     */
    static String originalSuffix(String original, String strippedSuffix) {
        int remaining = strippedSuffix.length();
        int i = original.length();
        while (i > 0 && remaining > 0) {
            i--;
            if (original.charAt(i) != '\u0640') {
                remaining--;
            }
        }
        return original.substring(i);
    }
}
