package org.akhbar.tools.bench.pipeline.index;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code index --once} prints when it ends: {@code indexed N, deleted N, failed N (seq a
 * -> b)}, and, when the indexer says so after the counts (on that line or the next), its own
 * elapsed time ("in 41.2 s", "41200 ms") and rate ("3012 articles/s").
 *
 * @param seconds the run's own elapsed time, if printed
 * @param perSecond the run's own rate, if printed
 */
public record IndexRunLine(long indexed, long deleted, long failed, long fromSeq, long toSeq, OptionalDouble seconds,
        OptionalDouble perSecond) {
    private static final Pattern COUNTS = Pattern.compile(
            "indexed (\\d+), deleted (\\d+), failed (\\d+) \\(seq (\\d+) -> (\\d+)\\)");
    private static final Pattern ELAPSED = Pattern.compile("(\\d+(?:\\.\\d+)?) ?(ms|s)\\b");
    private static final Pattern RATE = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?) ?(?:articles|docs|documents)/s");

    /** The last counts line of an indexer's standard output, with the timing after it. */
    public static Optional<IndexRunLine> find(String stdout) {
        List<String> lines = stdout.lines().toList();
        for (int i = lines.size() - 1; i >= 0; i--) {
            Matcher m = COUNTS.matcher(lines.get(i));
            if (m.find()) {
                String after = lines.get(i).substring(m.end()) + (i + 1 < lines.size() ? "\n" + lines.get(i + 1) : "");
                return Optional.of(new IndexRunLine(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)),
                        Long.parseLong(m.group(3)), Long.parseLong(m.group(4)), Long.parseLong(m.group(5)),
                        elapsed(after), rate(after)));
            }
        }
        return Optional.empty();
    }

    private static OptionalDouble elapsed(String text) {
        // A rate's "/s" is not an elapsed time: look only where no rate is.
        Matcher m = ELAPSED.matcher(RATE.matcher(text).replaceAll(" "));
        if (!m.find()) {
            return OptionalDouble.empty();
        }
        double v = Double.parseDouble(m.group(1));
        return OptionalDouble.of(m.group(2).equals("ms") ? v / 1000 : v);
    }

    private static OptionalDouble rate(String text) {
        Matcher m = RATE.matcher(text);
        return m.find() ? OptionalDouble.of(Double.parseDouble(m.group(1).replace(",", ""))) : OptionalDouble.empty();
    }
}
