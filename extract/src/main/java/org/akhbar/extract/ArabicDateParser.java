package org.akhbar.extract;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.chrono.HijrahDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads publication dates as Arabic news pages write them.
 *
 * <p>{@link #parseMetadataDate} reads the machine dates of page metadata: ISO-8601 with or
 * without offset (without, the source's zone applies), RFC 1123, epoch seconds/milliseconds,
 * falling back to the text forms. {@link #findDate} finds the first date in running text:
 * day + month name (Standard/Egyptian, Maghrebi, Algerian/Tunisian and Levantine/Iraqi month
 * names, "كانون 2" and "ك2" forms, "6 كانون الأول/ديسمبر") + optional year, optional weekday and
 * time (with ص/م, صباحا/مساء, ظهرا, عصرا, ليلا, فجرا, and a zone named after it: "بتوقيت غرينتش",
 * "ت.غ", "GMT+3", "بتوقيت مكة"); numeric forms d/m/y and y-m-d; Hijri dates as Gulf pages print
 * them, when no Gregorian date is written; and relative forms ("منذ 3 ساعات", "منذ يومين",
 * "قبل يومين" as a label, "أمس", "اليوم") resolved against the reference instant. Arabic-Indic and Persian
 * digits, tatweel, diacritics and bidi marks are ignored. A date without a year takes the year
 * that puts it nearest before (or at) the reference. Without a reference, dates that need one
 * are not found. Results carry the offset the text gave, else the zone's offset at that date.
 * Stateless and thread-safe; never throws.
 */
public final class ArabicDateParser {

    // Every pattern below runs on TextNormalizer.fold output, so its Arabic words are written
    // folded too: على is "علي", دقائق is "دقايق", ساعة is "ساعه".
    private static final Map<String, Integer> MONTHS = monthTable();
    private static final String MONTH_ALTERNATION = alternation(MONTHS.keySet());
    private static final Map<String, Integer> MONTHS_WITHOUT_SPACES = withoutSpaces(MONTHS);
    private static final String NOT_LETTER_BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String NOT_LETTER_AFTER = "(?![\\p{L}\\p{N}])";
    /** The era mark after a Hijri year: "هـ" (folded "ه"); a Gregorian year's "م" is read by DAY_MONTH_YEAR. */
    private static final Pattern HIJRI_ERA = Pattern.compile("\\s*ه(?!\\p{L})\\.?");

    /** Words that say which half of the day a 12-hour clock means: ص/صباحا, م/مساء, ظهرا, عصرا, ليلا, فجرا. */
    private static final String DAY_HALF = "(صباحا|مساءا|مساء|ظهرا|ظهر|عصرا|عصر|ليلا|فجرا|فجر|ص|م|am|pm|a\\.m\\.|p\\.m\\.)?";
    private static final Map<String, Integer> HIJRI_MONTHS = hijriMonthTable();
    private static final Map<String, Integer> HIJRI_MONTHS_WITHOUT_SPACES = withoutSpaces(HIJRI_MONTHS);
    /** A Hijri date as Gulf pages print it beside (or instead of) the Gregorian one: "15 جمادى الأولى 1445 هـ". */
    private static final Pattern HIJRI_DAY_MONTH_YEAR = Pattern.compile(NOT_LETTER_BEFORE
            + "(\\d{1,2})\\s*(?:من\\s+)?(" + alternation(HIJRI_MONTHS.keySet()) + ")" + NOT_LETTER_AFTER
            + "\\s*[,،]?\\s*(1[34]\\d{2})(?!\\d)");
    /**
     * A time zone named right after a time: "بتوقيت غرينتش", "ت.غ", "GMT+3", "(UTC +03:00)",
     * "بتوقيت مكة المكرمة". Group 1 is a place word, groups 2-5 an explicit offset from GMT.
     */
    private static final Pattern ZONE_HINT = Pattern.compile(
            "^\\s*[(\\[]?\\s*(?:ب?توقيت\\s+(\\p{L}+)(?:\\s+(?:المكرمه|المنوره))?|(gmt|utc|ت\\s*\\.?\\s*غ)\\.?(?:\\s*([+-])\\s*(\\d{1,2})(?::?(\\d{2}))?)?)"
            + "(?![\\p{L}\\d])");
    private static final Map<String, String> ZONE_PLACES = zonePlaces();
    private static final Pattern HIJRI_WITH_ERA = Pattern.compile(HIJRI_DAY_MONTH_YEAR.pattern() + "(?:\\s*ه(?!\\p{L})\\.?)?");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(NOT_LETTER_BEFORE
            + "(\\d{1,2})\\s*(?:من\\s+)?(?:شهر\\s+)?(" + MONTH_ALTERNATION + ")" + NOT_LETTER_AFTER
            + "(?:\\s*[/(]\\s*(?:" + MONTH_ALTERNATION + ")\\s*\\)?)?"
            + "(?:\\s*[,،]?\\s*(?:سنه\\s+|عام\\s+)?(\\d{4})(?!\\d)(?:\\s*م(?![\\p{L}\\d]))?)?");
    /** "November 18, 2019", "Nov. 18, 2019", "Nov 18 2019": an abbreviated month may carry its full stop. */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(NOT_LETTER_BEFORE
            + "(" + MONTH_ALTERNATION + ")" + NOT_LETTER_AFTER + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*[,،]?\\s*(\\d{4})(?!\\d)");
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile(
            "(?<![\\d/.-])(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?![\\d/.])");
    private static final Pattern DAY_MONTH_YEAR_NUMERIC = Pattern.compile(
            "(?<![\\d/.-])(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})(?![\\d/.])");
    private static final Pattern TIME_AFTER = Pattern.compile(
            "^\\s*(?:[-–—|,،t@]\\s*)?(?:(?:علي\\s+|في\\s+)?(?:ال)?ساعه\\s*)?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?"
            + "\\s*" + DAY_HALF + "(?![\\p{L}\\d])");
    private static final Pattern TIME_ANYWHERE = Pattern.compile(
            NOT_LETTER_BEFORE + "(\\d{1,2}):(\\d{2})(?::(\\d{2}))?"
            + "\\s*" + DAY_HALF + "(?![\\p{L}\\d])");
    /** What may stand between a time and the date after it: separators and at most a weekday. */
    private static final Pattern BETWEEN_TIME_AND_DATE = Pattern.compile("[-–—|,،\\s]*(?:\\p{L}+\\s*[,،]?\\s*)?");
    /** A weekday name (folded, after "ال"/"ا") right before a day number: "الاثنين 17", "يوم الخميس، 6". */
    private static final Pattern WEEKDAY_BEFORE = Pattern.compile(
            "(?:^|[^\\p{L}])ال?ا?(حد|ثنين|ثلاثاء?|ربعاء?|خميس|جمعه|سبت)\\s*[,،]?\\s*$");
    private static final Pattern SINCE = Pattern.compile(NOT_LETTER_BEFORE
            + "(منذ|قبل)\\s+(?:(\\d+)\\s*)?(ثانيه|ثوان|ثواني|دقيقه|دقيقتين|دقايق|ساعه|ساعتين|ساعات|يوم|يومين|ايام"
            + "|اسبوع|اسبوعين|اسابيع|شهر|شهرين|اشهر|شهور)" + NOT_LETTER_AFTER);
    private static final Pattern DAY_WORD = Pattern.compile(NOT_LETTER_BEFORE
            + "(اول\\s+امس|امس|البارحه|اليوم)" + NOT_LETTER_AFTER);
    private static final Pattern ISO = Pattern.compile(
            "^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:(?:t|\\s+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?)?"
            + "\\s*(z|utc|gmt|[+-]\\d{2}(?::?\\d{2})?)?$");
    private static final Pattern EPOCH = Pattern.compile("^\\d{10}(\\d{3})?$");
    /** "اليوم"/"أمس" are everyday words; only a short date label is taken to mean the publication day. */
    private static final int MAX_DAY_WORD_LABEL = 40;

    private ArabicDateParser() {}

    /** A machine-readable date from page metadata, or empty. */
    public static Optional<OffsetDateTime> parseMetadataDate(String value, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            ZoneId z = zone == null ? ZoneOffset.UTC : zone;
            String v = TextNormalizer.fold(value).strip();
            Matcher m = ISO.matcher(v);
            if (m.matches()) {
                return isoDate(m, z);
            }
            if (EPOCH.matcher(v).matches()) {
                long n = Long.parseLong(v);
                Instant instant = v.length() == 13 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
                return Optional.of(instant.atZone(z).toOffsetDateTime());
            }
            try {
                return Optional.of(OffsetDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME));
            } catch (DateTimeException notRfc1123) {
                return findDate(value, z, null);
            }
        } catch (RuntimeException unexpected) {
            return Optional.empty();
        }
    }

    /**
     * The first date written in {@code text}, or empty.
     *
     * @param reference "now" for relative dates and dates without a year; may be null
     */
    public static Optional<OffsetDateTime> findDate(String text, ZoneId zone, Instant reference) {
        return find(text, zone, reference).map(Found::value);
    }

    /** A date found in text, with where it was in the {@link TextNormalizer#fold folded} text. */
    record Found(OffsetDateTime value, int start, int end, String foldedText) {
        /**
         * The folded text without the date: what else a "date line" says. A Hijri date printed
         * beside the Gregorian one ("12 ذو القعدة 1445 هـ - 19 مايو 2024 م") is the same date
         * in the other calendar, so it goes too.
         */
        String rest() {
            String rest = (foldedText.substring(0, start) + " " + foldedText.substring(end)).strip();
            return HIJRI_WITH_ERA.matcher(rest).replaceAll(" ").replaceAll("\\s+", " ").strip();
        }
    }

    static Optional<Found> find(String text, ZoneId zone, Instant reference) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            ZoneId z = zone == null ? ZoneOffset.UTC : zone;
            String t = TextNormalizer.fold(text);
            // Every written date has a digit (the patterns' \d is ASCII, and folding made the
            // Arabic-Indic digits ASCII), and all but "day month" a four-digit year: a text
            // without them, most paragraphs, is not searched for them.
            int digitRun = longestDigitRun(t, YEAR_DIGITS);
            List<Found> explicit = new ArrayList<>();
            if (digitRun > 0) {
                firstDayMonth(t, z, reference).ifPresent(explicit::add);
            }
            if (digitRun >= YEAR_DIGITS) {
                firstMonthDay(t, z).ifPresent(explicit::add);
                firstNumeric(t, z, YEAR_MONTH_DAY, true).ifPresent(explicit::add);
                firstNumeric(t, z, DAY_MONTH_YEAR_NUMERIC, false).ifPresent(explicit::add);
            }
            Optional<Found> earliest = explicit.stream().min(Comparator.comparingInt(Found::start));
            if (earliest.isPresent()) {
                return earliest;
            }
            // A Gregorian date printed beside the Hijri one wins: it needs no calendar conversion.
            Optional<Found> hijri = digitRun >= YEAR_DIGITS ? firstHijri(t, z) : Optional.empty();
            if (hijri.isPresent()) {
                return hijri;
            }
            if (reference == null) {
                return Optional.empty();
            }
            Optional<Found> since = since(t, z, reference);
            return since.isPresent() ? since : dayWord(t, z, reference);
        } catch (RuntimeException unexpected) {
            return Optional.empty();
        }
    }

    /** The digits of a year, the fewest {@link #find} needs for every form but "day month". */
    private static final int YEAR_DIGITS = 4;

    /** The longest run of ASCII digits in {@code t}, counted up to {@code enough}. */
    static int longestDigitRun(String t, int enough) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < t.length() && longest < enough; i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                run++;
                longest = Math.max(longest, run);
            } else {
                run = 0;
            }
        }
        return longest;
    }

    private static Optional<Found> firstDayMonth(String t, ZoneId z, Instant reference) {
        Matcher m = DAY_MONTH_YEAR.matcher(t);
        while (m.find()) {
            int day = Integer.parseInt(m.group(1));
            int month = month(m.group(2));
            LocalDate date;
            if (m.group(3) != null) {
                date = dateOrNull(Integer.parseInt(m.group(3)), month, day);
            } else {
                date = reference == null ? null
                        : inYearBefore(month, day, reference, z, weekdayBefore(t, m.start(1)));
            }
            if (date != null) {
                return Optional.of(withTime(t, m.start(), m.end(), date, z));
            }
        }
        return Optional.empty();
    }

    private static Optional<Found> firstMonthDay(String t, ZoneId z) {
        Matcher m = MONTH_DAY_YEAR.matcher(t);
        while (m.find()) {
            LocalDate date = dateOrNull(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
            if (date != null) {
                return Optional.of(withTime(t, m.start(), m.end(), date, z));
            }
        }
        return Optional.empty();
    }

    private static Optional<Found> firstNumeric(String t, ZoneId z, Pattern pattern, boolean yearFirst) {
        Matcher m = pattern.matcher(t);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            int c = Integer.parseInt(m.group(3));
            LocalDate date;
            if (yearFirst) {
                date = dateOrNull(a, b, c);
            } else {
                // The Arab world writes day/month/year; a month above 12 shows an American order.
                date = b > 12 && a <= 12 ? dateOrNull(c, a, b) : dateOrNull(c, b, a);
            }
            if (date != null) {
                return Optional.of(withTime(t, m.start(), m.end(), date, z));
            }
        }
        return Optional.empty();
    }

    /** The first Hijri date, converted with the Umm al-Qura calendar the Gulf states publish. */
    private static Optional<Found> firstHijri(String t, ZoneId z) {
        Matcher m = HIJRI_DAY_MONTH_YEAR.matcher(t);
        while (m.find()) {
            LocalDate date = hijriOrNull(Integer.parseInt(m.group(3)), HIJRI_MONTHS_WITHOUT_SPACES.get(withoutWhitespace(m.group(2))),
                    Integer.parseInt(m.group(1)));
            if (date != null) {
                int end = m.end();
                Matcher era = HIJRI_ERA.matcher(t);
                era.region(end, t.length());
                if (era.lookingAt()) {
                    end = era.end();
                }
                return Optional.of(withTime(t, m.start(), end, date, z));
            }
        }
        return Optional.empty();
    }

    private static LocalDate hijriOrNull(int year, Integer month, int day) {
        if (month == null) {
            return null;
        }
        try {
            return LocalDate.from(HijrahDate.of(year, month, day));
        } catch (DateTimeException outOfRange) {
            return null;
        }
    }

    /**
     * "منذ 3 ساعات" anywhere; "قبل يومين" only as a short label, because "قبل" (before) also
     * opens ordinary clauses of a story ("قبل أسبوع أعلنت الوزارة ...").
     */
    private static Optional<Found> since(String t, ZoneId z, Instant reference) {
        if (!t.contains("منذ") && !t.contains("قبل")) {
            return Optional.empty(); // the words SINCE opens with: no search without them
        }
        Matcher m = SINCE.matcher(t);
        if (!m.find() || (m.group(1).equals("قبل") && t.length() > MAX_DAY_WORD_LABEL)) {
            return Optional.empty();
        }
        String unit = m.group(3);
        boolean dual = unit.endsWith("ين");
        int amount = m.group(2) != null ? Integer.parseInt(m.group(2)) : dual ? 2 : 1;
        ZonedDateTime ref = reference.atZone(z);
        ZonedDateTime when = switch (unit) {
            case "ثانيه", "ثوان", "ثواني" -> ref.minusSeconds(amount);
            case "دقيقه", "دقيقتين", "دقايق" -> ref.minusMinutes(amount);
            case "ساعه", "ساعتين", "ساعات" -> ref.minusHours(amount);
            case "يوم", "يومين", "ايام" -> ref.minusDays(amount);
            case "اسبوع", "اسبوعين", "اسابيع" -> ref.minusWeeks(amount);
            default -> ref.minusMonths(amount);
        };
        return Optional.of(new Found(when.truncatedTo(ChronoUnit.MINUTES).toOffsetDateTime(), m.start(), m.end(), t));
    }

    private static Optional<Found> dayWord(String t, ZoneId z, Instant reference) {
        if (t.length() > MAX_DAY_WORD_LABEL) {
            return Optional.empty();
        }
        Matcher m = DAY_WORD.matcher(t);
        if (!m.find()) {
            return Optional.empty();
        }
        String word = m.group(1);
        int daysBack = word.startsWith("اول") ? 2 : word.equals("اليوم") ? 0 : 1;
        LocalDate date = reference.atZone(z).toLocalDate().minus(Period.ofDays(daysBack));
        Found found = withTime(t, m.start(), m.end(), date, z);
        if (found.end() == m.end()) {
            Matcher time = TIME_ANYWHERE.matcher(t);
            if (time.find()) {
                LocalTime lt = timeOrNull(time);
                if (lt != null) {
                    return Optional.of(new Found(ZonedDateTime.of(date, lt, z).toOffsetDateTime(), m.start(), Math.max(m.end(), time.end()), t));
                }
            }
        }
        return Optional.of(found);
    }

    /** Attaches a time written right after the date (or just before it) to the date. */
    private static Found withTime(String t, int start, int end, LocalDate date, ZoneId z) {
        Matcher after = TIME_AFTER.matcher(t);
        after.region(end, t.length());
        if (after.find()) {
            LocalTime lt = timeOrNull(after);
            if (lt != null) {
                Matcher hint = ZONE_HINT.matcher(t);
                hint.region(after.end(), t.length());
                if (hint.lookingAt()) {
                    OffsetDateTime hinted = inHintedZone(hint, LocalDateTime.of(date, lt));
                    if (hinted != null) {
                        return new Found(hinted, start, hint.end(), t);
                    }
                }
                return new Found(ZonedDateTime.of(date, lt, z).toOffsetDateTime(), start, after.end(), t);
            }
        }
        int windowStart = Math.max(0, start - 25);
        Matcher before = TIME_ANYWHERE.matcher(t);
        before.region(windowStart, start);
        LocalTime lastBefore = null;
        int beforeStart = start;
        while (before.find()) {
            LocalTime lt = timeOrNull(before);
            if (lt != null && BETWEEN_TIME_AND_DATE.matcher(t.substring(before.end(), start).strip()).matches()) {
                lastBefore = lt;
                beforeStart = before.start();
            }
        }
        if (lastBefore != null) {
            return new Found(ZonedDateTime.of(date, lastBefore, z).toOffsetDateTime(), beforeStart, end, t);
        }
        return new Found(ZonedDateTime.of(date, LocalTime.MIDNIGHT, z).toOffsetDateTime(), start, end, t);
    }

    /** The local time read in the zone the text names, or null when the place is not a known one. */
    private static OffsetDateTime inHintedZone(Matcher hint, LocalDateTime local) {
        if (hint.group(1) != null) {
            String zone = ZONE_PLACES.get(hint.group(1).startsWith("ال") && !ZONE_PLACES.containsKey(hint.group(1))
                    ? hint.group(1).substring(2) : hint.group(1));
            return zone == null ? null : ZonedDateTime.of(local, ZoneId.of(zone)).toOffsetDateTime();
        }
        if (hint.group(3) == null) {
            return OffsetDateTime.of(local, ZoneOffset.UTC);
        }
        int hours = Integer.parseInt(hint.group(4));
        int minutes = hint.group(5) == null ? 0 : Integer.parseInt(hint.group(5));
        if (hours > 14 || minutes > 59) {
            return null;
        }
        int sign = hint.group(3).equals("-") ? -1 : 1;
        return OffsetDateTime.of(local, ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
    }

    private static LocalTime timeOrNull(Matcher m) {
        int hour = Integer.parseInt(m.group(1));
        int minute = Integer.parseInt(m.group(2));
        int second = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        String half = m.group(4);
        if (half != null && hour >= 1 && hour <= 12) {
            hour = onTwentyFourHourClock(hour, half);
        }
        if (hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        return LocalTime.of(hour, minute, second);
    }

    /**
     * A 12-hour clock reading (1-12) on the 24-hour clock. ص/صباحا/فجرا are before noon;
     * م/مساء/عصرا after; ظهرا (around noon) is after noon from 1 o'clock on; ليلا (at night)
     * is evening until 12, which is midnight, and the small hours after it stay small.
     */
    private static int onTwentyFourHourClock(int hour, String half) {
        if (half.startsWith("ظهر")) {
            return hour <= 10 ? hour + 12 : hour;
        }
        if (half.startsWith("ليل")) {
            return hour == 12 ? 0 : hour <= 4 ? hour : hour + 12;
        }
        boolean pm = half.startsWith("م") || half.startsWith("p") || half.startsWith("عصر");
        return pm ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour);
    }

    private static LocalDate dateOrNull(int year, int month, int day) {
        if (year < 1900 || year > 2200) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException invalid) {
            return null;
        }
    }

    /**
     * The latest date with this month and day that is not after the reference's day. When the
     * text names the weekday ("الاثنين 17 نونبر الجاري") and the nearest such date falls on
     * another weekday, the page is older than the reference (an archive page fetched late):
     * the latest earlier year whose date falls on that weekday is taken instead, within the
     * 11 years after which every weekday has come round again.
     */
    private static LocalDate inYearBefore(int month, int day, Instant reference, ZoneId z, DayOfWeek weekday) {
        LocalDate today = reference.atZone(z).toLocalDate();
        LocalDate nearest = null;
        for (int year = today.getYear(); year >= today.getYear() - 11; year--) {
            LocalDate candidate = dateOrNull(year, month, day);
            if (candidate == null || candidate.isAfter(today)) {
                continue;
            }
            if (weekday == null || candidate.getDayOfWeek() == weekday) {
                return candidate;
            }
            if (nearest == null) {
                nearest = candidate;
            }
        }
        return nearest;
    }

    /** The weekday named just before the day number at {@code dayStart} ("يوم الاثنين 17"), or null. */
    private static DayOfWeek weekdayBefore(String foldedText, int dayStart) {
        Matcher m = WEEKDAY_BEFORE.matcher(foldedText.substring(Math.max(0, dayStart - 24), dayStart));
        if (!m.find()) {
            return null;
        }
        String name = m.group(1);
        return switch (name.charAt(0)) {
            case 'ح' -> DayOfWeek.SUNDAY;
            case 'خ' -> DayOfWeek.THURSDAY;
            case 'ج' -> DayOfWeek.FRIDAY;
            case 'س' -> DayOfWeek.SATURDAY;
            case 'ر' -> DayOfWeek.WEDNESDAY;
            case 'ث' -> name.startsWith("ثن") ? DayOfWeek.MONDAY : DayOfWeek.TUESDAY;
            default -> null;
        };
    }

    private static Optional<OffsetDateTime> isoDate(Matcher m, ZoneId z) {
        LocalDate date = dateOrNull(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        if (date == null) {
            return Optional.empty();
        }
        LocalTime time = LocalTime.MIDNIGHT;
        if (m.group(4) != null) {
            int h = Integer.parseInt(m.group(4));
            int min = Integer.parseInt(m.group(5));
            int s = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
            if (h > 23 || min > 59 || s > 59) {
                return Optional.empty();
            }
            time = LocalTime.of(h, min, s);
        }
        LocalDateTime local = LocalDateTime.of(date, time);
        String offset = m.group(7);
        if (offset == null) {
            return Optional.of(ZonedDateTime.of(local, z).toOffsetDateTime());
        }
        if (offset.equals("z") || offset.equals("utc") || offset.equals("gmt")) {
            return Optional.of(OffsetDateTime.of(local, ZoneOffset.UTC));
        }
        String digits = offset.replace(":", "");
        int hours = Integer.parseInt(digits.substring(1, 3));
        int minutes = digits.length() >= 5 ? Integer.parseInt(digits.substring(3, 5)) : 0;
        int sign = digits.charAt(0) == '-' ? -1 : 1;
        return Optional.of(OffsetDateTime.of(local, ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes)));
    }

    private static Map<String, Integer> monthTable() {
        Map<String, Integer> m = new LinkedHashMap<>();
        String[][] names = {
            {"يناير", "جانفي", "كانون الثاني", "كانون ثاني", "كانون 2", "ك 2", "january", "jan", "janvier", "janv"},
            {"فبراير", "فيفري", "فبرير", "شباط", "february", "feb", "fevrier", "février", "févr", "fevr"},
            {"مارس", "آذار", "march", "mar", "mars"},
            {"أبريل", "إبريل", "أفريل", "نيسان", "april", "apr", "avril", "avr"},
            {"مايو", "ماي", "أيار", "may", "mai"},
            {"يونيو", "يونيه", "جوان", "حزيران", "june", "jun", "juin"},
            {"يوليو", "يوليه", "يوليوز", "جويلية", "تموز", "july", "jul", "juillet", "juil"},
            {"أغسطس", "غشت", "أوت", "آب", "august", "aug", "aout", "août"},
            {"سبتمبر", "شتنبر", "أيلول", "september", "sep", "sept", "septembre"},
            {"أكتوبر", "تشرين الأول", "تشرين أول", "تشرين 1", "ت 1", "october", "oct", "octobre"},
            {"نوفمبر", "نونبر", "تشرين الثاني", "تشرين ثاني", "تشرين 2", "ت 2", "november", "nov", "novembre"},
            {"ديسمبر", "دجنبر", "كانون الأول", "كانون أول", "كانون 1", "ك 1", "december", "dec", "decembre", "décembre", "déc"},
        };
        for (int i = 0; i < names.length; i++) {
            for (String name : names[i]) {
                m.put(TextNormalizer.fold(name), i + 1);
            }
        }
        return m;
    }

    private static Map<String, Integer> hijriMonthTable() {
        Map<String, Integer> m = new LinkedHashMap<>();
        String[][] names = {
            {"محرم"}, {"صفر"},
            {"ربيع الأول", "ربيع أول"},
            {"ربيع الثاني", "ربيع الآخر", "ربيع ثاني", "ربيع آخر"},
            {"جمادى الأولى", "جمادى الأول", "جمادى أولى"},
            {"جمادى الآخرة", "جمادى الثانية", "جمادى الآخر", "جمادى الثاني", "جمادى ثانية"},
            {"رجب"}, {"شعبان"}, {"رمضان"}, {"شوال"},
            {"ذو القعدة", "ذي القعدة"},
            {"ذو الحجة", "ذي الحجة"},
        };
        for (int i = 0; i < names.length; i++) {
            for (String name : names[i]) {
                m.put(TextNormalizer.fold(name), i + 1);
            }
        }
        return m;
    }

    /** Capitals and countries (folded, without "ال") whose clock a page may name: "بتوقيت مكة". */
    private static Map<String, String> zonePlaces() {
        Map<String, String> m = new LinkedHashMap<>();
        String[][] places = {
            {"UTC", "غرينتش", "غرينيتش", "جرينتش", "جرينيتش", "غرنتش", "قرينتش"},
            {"Asia/Riyadh", "مكة", "رياض", "سعودية"},
            {"Africa/Cairo", "قاهرة", "مصر"},
            {"Asia/Beirut", "بيروت", "لبنان"},
            {"Asia/Damascus", "دمشق", "سوريا"},
            {"Asia/Hebron", "قدس", "فلسطين"},
            {"Asia/Amman", "أردن"},
            {"Asia/Baghdad", "بغداد", "عراق"},
            {"Asia/Kuwait", "كويت"},
            {"Asia/Qatar", "دوحة", "قطر"},
            {"Asia/Bahrain", "منامة", "بحرين"},
            {"Asia/Dubai", "إمارات", "أبوظبي", "دبي"},
            {"Asia/Muscat", "مسقط"},
            {"Asia/Aden", "صنعاء", "يمن"},
            {"Africa/Khartoum", "خرطوم", "سودان"},
            {"Africa/Tripoli", "ليبيا"},
            {"Africa/Tunis", "تونس"},
            {"Africa/Algiers", "جزائر"},
            {"Africa/Casablanca", "رباط", "مغرب"},
            {"Africa/Nouakchott", "نواكشوط", "موريتانيا"},
        };
        for (String[] row : places) {
            for (int i = 1; i < row.length; i++) {
                m.put(TextNormalizer.fold(row[i]), row[0]);
            }
        }
        return m;
    }

    private static Map<String, Integer> withoutSpaces(Map<String, Integer> names) {
        Map<String, Integer> m = new LinkedHashMap<>();
        names.forEach((name, number) -> m.put(name.replace(" ", ""), number));
        return m;
    }

    private static String alternation(java.util.Collection<String> words) {
        List<String> sorted = new ArrayList<>(words);
        // Longest first, so "كانون الثاني" wins over a shorter name and "مايو" over "ماي".
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder sb = new StringBuilder();
        for (String w : sorted) {
            if (sb.length() > 0) {
                sb.append('|');
            }
            sb.append(Pattern.quote(w).replace(" ", "\\E\\s*\\Q"));
        }
        return sb.toString();
    }

    /** Whether a folded word is a month name of the table ("nov", "نونبر", "juillet"). */
    static boolean isMonthName(String folded) {
        return MONTHS_WITHOUT_SPACES.containsKey(folded);
    }

    private static int month(String matched) {
        return MONTHS_WITHOUT_SPACES.get(withoutWhitespace(matched));
    }

    private static String withoutWhitespace(String matched) {
        StringBuilder key = new StringBuilder(matched.length());
        for (int i = 0; i < matched.length(); i++) {
            if (!Character.isWhitespace(matched.charAt(i))) {
                key.append(matched.charAt(i));
            }
        }
        return key.toString();
    }
}
