package org.akhbar.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Chooses the article title from the metadata headlines and the visible h1s.
 *
 * <p>Headlines are cleaned of site-name prefixes and suffixes (" - الصحراء 24", "| Site", "site –
 * "). When a cleaned headline and a visible h1 agree (equal after normalisation, or the h1 is
 * one part of the headline) the h1 is returned, as readers saw it, unless both have the same
 * words: then the headline, without the h1's decoration (quotes, marks). Otherwise the first cleaned
 * headline, else the first h1 that is not a site name. Returns null when the page has no title.
 */
final class TitleChooser {

    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—:«»•·/]+\\s+|\\s*[|–—•·]\\s*|\\s+::\\s+");
    /** A segment this short after a separator in {@code <title>} is a site name more often than not. */
    private static final int MAX_UNKNOWN_SITE_NAME_WORDS = 3;

    private TitleChooser() {}

    static String choose(PageMetadata meta) {
        List<String> siteKeys = new ArrayList<>();
        for (String name : meta.siteNames()) {
            siteKeys.add(TextNormalizer.forComparison(name));
        }
        List<String> h1s = new ArrayList<>();
        for (String h1 : meta.h1s()) {
            if (!siteKeys.contains(TextNormalizer.forComparison(h1))) {
                h1s.add(h1);
            }
        }
        List<String> cleaned = new ArrayList<>();
        for (int i = 0; i < meta.headlines().size(); i++) {
            boolean lastIsHtmlTitle = i == meta.headlines().size() - 1;
            String headline = meta.headlines().get(i);
            for (String h1 : h1s) {
                if (agrees(headline, h1)) {
                    // Same words: the headline, written for sharing, is free of the h1's
                    // decoration (quotes, emphasis marks); else the h1 is the headline's
                    // part without the site name.
                    return sameWords(headline, h1) ? TextNormalizer.cleanWhitespace(headline) : h1;
                }
            }
            String clean = stripSiteName(headline, siteKeys, lastIsHtmlTitle && siteKeys.isEmpty());
            if (!clean.isEmpty()) {
                cleaned.add(clean);
            }
        }
        if (!cleaned.isEmpty()) {
            return cleaned.get(0);
        }
        return h1s.isEmpty() ? null : h1s.get(0);
    }

    /**
     * "مدونة الساحل: عنوان" has its separator glued to the site name, which the spaced
     * separators miss: compare the headline's first (or last) words with each site name.
     * Null when the headline neither starts nor ends with a site name.
     */
    static String withoutGluedSiteName(String headline, List<String> siteKeys) {
        String[] words = headline.split(" ");
        for (String key : siteKeys) {
            int k = key.isEmpty() ? 0 : key.split(" ").length;
            if (k == 0 || words.length <= k) {
                continue;
            }
            String head = String.join(" ", Arrays.copyOfRange(words, 0, k));
            if (TextNormalizer.forComparison(head).equals(key) && isSeparator(head.charAt(head.length() - 1))) {
                return String.join(" ", Arrays.copyOfRange(words, k, words.length)).strip();
            }
            String tail = String.join(" ", Arrays.copyOfRange(words, words.length - k, words.length));
            String before = words[words.length - k - 1];
            if (TextNormalizer.forComparison(tail).equals(key) && isSeparator(before.charAt(before.length() - 1))) {
                String rest = String.join(" ", Arrays.copyOfRange(words, 0, words.length - k)).strip();
                return rest.substring(0, rest.length() - 1).strip();
            }
        }
        return null;
    }

    private static boolean isSeparator(char c) {
        return c == ':' || c == '|' || c == '-' || c == '–' || c == '—' || c == '»' || c == '«';
    }

    private static boolean sameWords(String headline, String h1) {
        return TextNormalizer.forComparison(headline).equals(TextNormalizer.forComparison(h1));
    }

    /** Whether the h1 is the headline, or one of its separator-delimited parts. */
    static boolean agrees(String headline, String h1) {
        String h = TextNormalizer.forComparison(h1);
        if (h.isEmpty()) {
            return false;
        }
        if (TextNormalizer.forComparison(headline).equals(h)) {
            return true;
        }
        for (String part : SEPARATOR.split(headline)) {
            if (TextNormalizer.forComparison(part).equals(h)) {
                return true;
            }
        }
        return false;
    }

    /** The headline without separator-delimited parts that are a site name. */
    static String stripSiteName(String headline, List<String> siteKeys, boolean guessUnknownSiteName) {
        String glued = withoutGluedSiteName(TextNormalizer.cleanWhitespace(headline), siteKeys);
        if (glued != null) {
            return glued;
        }
        String[] parts = SEPARATOR.split(headline);
        if (parts.length < 2) {
            return TextNormalizer.cleanWhitespace(headline);
        }
        List<String> kept = new ArrayList<>();
        for (String part : parts) {
            String key = TextNormalizer.forComparison(part);
            if (!key.isEmpty() && !siteKeys.contains(key)) {
                kept.add(part.strip());
            }
        }
        if (kept.size() == parts.length && guessUnknownSiteName) {
            String last = kept.get(kept.size() - 1);
            if (TextNormalizer.cleanWhitespace(last).split(" ").length <= MAX_UNKNOWN_SITE_NAME_WORDS) {
                kept.remove(kept.size() - 1);
            }
        }
        if (kept.size() == parts.length) {
            return TextNormalizer.cleanWhitespace(headline); // nothing was a site name: the separator belongs to the title
        }
        return TextNormalizer.cleanWhitespace(String.join(" - ", kept));
    }
}
