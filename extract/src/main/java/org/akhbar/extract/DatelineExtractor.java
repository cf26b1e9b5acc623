package org.akhbar.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dateline that opens an article and takes it out of the body.
 *
 * <p>Forms recognised on the first paragraph: "&lt;site name&gt; : &lt;place&gt;" (the site
 * name known from configuration or metadata); "&lt;place&gt; - ..." or "&lt;place&gt; (وكالات) -
 * ..."; on a line of its own, "&lt;place&gt; - &lt;site name or short source credit&gt;" and
 * "&lt;place&gt;:". The place has its tatweel removed (العيـــــون becomes العيون).
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
    /** "أزيلال:" on its own line: the separator is required, a bare word could be anything. */
    private static final Pattern PLACE_WITH_SEPARATOR_ONLY = Pattern.compile(
            "^([\\p{L}\\p{M}]+(?:\\s+[\\p{L}\\p{M}]+){0,2})\\s*[:\\-–—]$");
    private static final int MAX_CREDIT_CHARS = 30;
    private static final int MAX_CREDIT_WORDS = 3;
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
        // Each pattern below needs a certain character; a paragraph without it (most first
        // paragraphs) is not run through the pattern.
        Matcher m = PLACE_THEN_REST.matcher(text);
        if (hasAnyOf(text, "-–—") && m.matches()) {
            String rest = m.group(4).strip();
            if (paragraphs.size() > 1 && (isSiteName(rest, siteNames) || isSourceCredit(rest))) {
                // "ورزازات - جريدة القديم" on its own line: place, then who reports; no body text.
                return new Result(m.group(1), without(paragraphs, 0, null));
            }
            if (rest.length() > m.group(1).length()) {
                return new Result(m.group(1), without(paragraphs, 0, m.group(4)));
            }
        }
        if (paragraphs.size() > 1) {
            Matcher alone = PLACE_WITH_SEPARATOR_ONLY.matcher(text);
            if (!text.isEmpty() && ":-–—".indexOf(text.charAt(text.length() - 1)) >= 0 && alone.matches()) {
                return new Result(alone.group(1), without(paragraphs, 0, null));
            }
        }
        Matcher colon = PLACE_AGENCY_COLON.matcher(text);
        if (text.indexOf('(') >= 0 && text.indexOf(':') >= 0 && colon.matches()) {
            return new Result(colon.group(1), without(paragraphs, 0, colon.group(2)));
        }
        return new Result(null, paragraphs);
    }

    /** Whether {@code text} holds one of the characters of {@code chars}. */
    private static boolean hasAnyOf(String text, String chars) {
        for (int i = 0; i < chars.length(); i++) {
            if (text.indexOf(chars.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text} is one of the site's names. */
    static boolean isSiteName(String text, List<String> siteNames) {
        String key = TextNormalizer.forComparison(text);
        if (key.isEmpty()) {
            return false;
        }
        for (String name : siteNames) {
            if (key.equals(TextNormalizer.forComparison(name))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether what follows "&lt;place&gt; -" on a line of its own credits a source rather than
     * starting the story: a name of at most three words and no sentence punctuation ("جريدة
     * القديم", "و م ع", "رويترز"). A sentence would go on.
     */
    static boolean isSourceCredit(String rest) {
        if (rest.isEmpty() || rest.length() > MAX_CREDIT_CHARS || rest.split(" ").length > MAX_CREDIT_WORDS) {
            return false;
        }
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (!Character.isLetter(c) && !Character.isDigit(c) && Character.getType(c) != Character.NON_SPACING_MARK
                    && c != ' ' && c != '\u0640') {
                return false;
            }
        }
        return true;
    }

    /** What follows "&lt;site name&gt; :" at the start of {@code text}, or null when it does not start so. */
    static String afterSiteName(String text, List<String> siteNames) {
        for (String name : siteNames) {
            String key = TextNormalizer.forComparison(name);
            if (key.isEmpty()) {
                continue;
            }
            int k = key.split(" ").length;
            // The name's k words and the rest of the paragraph in one piece: a long first
            // paragraph is not cut into all its words for the few the name has.
            String[] words = text.split(" ", k + 1);
            if (words.length <= k) {
                continue;
            }
            String head = String.join(" ", java.util.Arrays.copyOfRange(words, 0, k));
            if (!TextNormalizer.forComparison(head).equals(key)) {
                continue;
            }
            String rest = words[k];
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
