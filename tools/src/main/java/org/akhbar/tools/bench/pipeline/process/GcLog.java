package org.akhbar.tools.bench.pipeline.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a unified JVM GC log ({@code -Xlog:gc,gc+exit*:file=...}) for how much heap a process
 * used at most. Each collection logs its heap before and after ("Pause Young ... 142M->22M(208M)"
 * for G1, Serial and Parallel; "120M(6%)->38M(2%)" for ZGC); the exit summary logs the heap in
 * use when the JVM stopped ("garbage-first heap total ..., used 24721K"), which is the only
 * reading of a process that never collected.
 */
public final class GcLog {
    private static final Pattern COLLECTION = Pattern.compile("(\\d+)([KMG])(?:\\(\\d+%\\))?->(\\d+)([KMG])");
    private static final Pattern USED = Pattern.compile("\\bused (\\d+)([KMG])");

    private GcLog() {}

    /**
     * What the log says about the heap, in KiB.
     *
     * @param maxBeforeGcKb the largest heap in use before a collection: the peak, garbage included
     * @param maxAfterGcKb the largest heap still in use after a collection: the most the program kept live
     * @param usedAtExitKb the heap in use at exit, or -1 when the log has no exit summary
     * @param collections the collections logged
     */
    public record Heap(long maxBeforeGcKb, long maxAfterGcKb, long usedAtExitKb, int collections) {
        /** The peak heap: the largest before a collection, or the heap at exit if that is larger (or none ran). */
        public long peakKb() {
            return Math.max(maxBeforeGcKb, usedAtExitKb);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "peak heap %s (largest before a GC, or at exit), most kept after a GC %s, %d GCs",
                    mb(peakKb()), mb(maxAfterGcKb), collections);
        }
    }

    /** Reads {@code file}; an absent file reads as no collections and no exit summary. */
    public static Heap read(Path file) throws IOException {
        return Files.exists(file) ? parse(Files.readAllLines(file, StandardCharsets.UTF_8)) : parse(List.of());
    }

    /** Parses the lines of a GC log. */
    public static Heap parse(List<String> lines) {
        long before = 0;
        long after = 0;
        long exit = -1;
        int collections = 0;
        for (String line : lines) {
            if (isExitSummary(line)) {
                Matcher used = USED.matcher(line);
                if (used.find() && countsTowardHeap(line)) {
                    exit = Math.max(exit, 0) + kb(used.group(1), used.group(2));
                }
                continue;
            }
            if (!line.contains("GC(")) {
                continue;
            }
            Matcher m = COLLECTION.matcher(line);
            if (m.find()) {
                collections++;
                before = Math.max(before, kb(m.group(1), m.group(2)));
                after = Math.max(after, kb(m.group(3), m.group(4)));
            }
        }
        return new Heap(before, after, exit, collections);
    }

    // The exit summary's lines carry the exit tag ("[gc,exit]" on JDK 25, "[gc,heap,exit]" on 21).
    private static boolean isExitSummary(String line) {
        int tags = line.indexOf("][gc");
        int end = tags < 0 ? -1 : line.indexOf(']', tags + 2);
        return end > 0 && line.substring(tags, end).contains("exit");
    }

    /**
     * The lines of the summary that count heap: G1's and ZGC's one heap line, or the
     * generations of Serial and Parallel (summed); never Metaspace or class space.
     */
    private static boolean countsTowardHeap(String line) {
        String l = line.toLowerCase(Locale.ROOT);
        if (l.contains("metaspace") || l.contains("class space")) {
            return false;
        }
        return l.contains("heap") || l.contains("generation") || l.contains("psyounggen") || l.contains("paroldgen");
    }

    private static long kb(String value, String unit) {
        long v = Long.parseLong(value);
        return switch (unit) {
            case "G" -> v * 1024 * 1024;
            case "M" -> v * 1024;
            default -> v;
        };
    }

    /** KiB as MiB for people ("412 MiB"), or "-" when unknown. */
    public static String mb(long kb) {
        return kb < 0 ? "-" : String.format(Locale.ROOT, "%d MiB", Math.round(kb / 1024.0));
    }
}
