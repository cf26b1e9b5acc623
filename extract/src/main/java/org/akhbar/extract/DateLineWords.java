package org.akhbar.extract;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a date line says besides its date: "Updated", "Published on", a weekday, a clock time, a
 * zone's abbreviation, a second date ("Last modified on ..."), in Arabic, French and English.
 * {@link #remainder} takes all of that away, so what is left is what the line says that is not
 * about when: empty or a source's name for a date line, a sentence for prose that mentions a date.
 */
final class DateLineWords {

    /** Folded (lower-case, Arabic letters folded) words that only label or qualify a date. */
    private static final Set<String> LABELS = folded(
            "updated", "update", "published", "posted", "last", "modified", "first", "on", "at", "date", "time",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "am", "pm", "a", "p", "m", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "et", "ct", "pt", "mt",
            "gmt", "utc", "bst", "cet", "cest", "ist",
            "publié", "mis", "jour", "modifié", "le", "à", "h",
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
            "نشر", "في", "آخر", "تحديث", "بتاريخ", "التاريخ", "تاريخ", "النشر", "الساعة", "محدث",
            "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "يوم");
    private static final Set<String> BYLINE_MARKERS = folded("by", "par", "بقلم", "كتب", "كتبت", "كتبه", "إعداد");
    /** A clock time in any of its spellings: "10:07", "18.54", "4h30". */
    private static final Pattern CLOCK = Pattern.compile("\\d{1,2}[:.h]\\d{2}(?::\\d{2})?");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[:.h]\\d{2}(?::\\d{2})?)?");

    private DateLineWords() {}

    /**
     * The words of a date line's rest (already {@link TextNormalizer#fold folded}, its date taken
     * out) that are no date vocabulary, joined by single spaces: "updated 1:39 am est, wednesday,"
     * leaves "", "updated on: / 10:07 am / cbs news" leaves "cbs news".
     */
    static String remainder(String foldedRest) {
        StringBuilder out = new StringBuilder();
        var m = WORD.matcher(foldedRest);
        while (m.find()) {
            String word = m.group();
            if (LABELS.contains(word) || CLOCK.matcher(word).matches() || isNumber(word)
                    || ArabicDateParser.isMonthName(word)) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(word);
        }
        return out.toString();
    }

    /**
     * Whether a short line is a clock time with date words only ("Updated at 1:23 p.m.", "آخر
     * تحديث: 18:40"): nothing remains once date vocabulary is taken away, and a clock is there.
     */
    static boolean isTimeStampOnly(String text) {
        if (text.length() > MAX_TIME_STAMP_CHARS) {
            return false;
        }
        String folded = TextNormalizer.fold(text);
        return CLOCK.matcher(folded).find() && remainder(folded).isEmpty();
    }

    private static final int MAX_TIME_STAMP_CHARS = 60;

    /**
     * Whether the remainder opens with a byline marker ("by Jane Roe", "par", "بقلم"): the line
     * names the author beside the date, and the byline reader must see it.
     */
    static boolean namesAuthor(String remainder) {
        int space = remainder.indexOf(' ');
        String first = space < 0 ? remainder : remainder.substring(0, space);
        return BYLINE_MARKERS.contains(first);
    }

    private static Set<String> folded(String... words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(TextNormalizer.fold(w));
        }
        return Set.copyOf(out);
    }

    private static boolean isNumber(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
