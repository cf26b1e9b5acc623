package org.akhbar.tools.bench.pipeline.crawl;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The counts a {@code crawl --once} prints when it ends: {@code stored N, unchanged N,
 * skipped N (reason: n, ...), failed N (reason: n, ...)}.
 */
public record CrawlCounts(long stored, long unchanged, long skipped, Map<String, Long> skipReasons, long failed,
        Map<String, Long> failReasons) {
    private static final Pattern LINE = Pattern.compile(
            "^stored (\\d+), unchanged (\\d+), skipped (\\d+)(?: \\((.*)\\))?, failed (\\d+)(?: \\((.*)\\))?$");

    /** The last counts line of a crawl's standard output, if it printed one. */
    public static Optional<CrawlCounts> find(String stdout) {
        CrawlCounts found = null;
        for (String line : stdout.lines().toList()) {
            Optional<CrawlCounts> c = parse(line.strip());
            if (c.isPresent()) {
                found = c.get();
            }
        }
        return Optional.ofNullable(found);
    }

    /** One counts line. */
    public static Optional<CrawlCounts> parse(String line) {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new CrawlCounts(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)),
                Long.parseLong(m.group(3)), reasons(m.group(4)), Long.parseLong(m.group(5)), reasons(m.group(6))));
    }

    // "not an article: 6, robots.txt: 1": a reason may itself hold ": " ("feed: http 500: 2"), its count is after the last.
    private static Map<String, Long> reasons(String list) {
        Map<String, Long> out = new LinkedHashMap<>();
        if (list == null || list.isBlank()) {
            return Collections.unmodifiableMap(out);
        }
        for (String item : list.split(", (?=[^,]*: \\d+(?:,|$))")) {
            int colon = item.lastIndexOf(": ");
            if (colon > 0) {
                try {
                    out.merge(item.substring(0, colon), Long.parseLong(item.substring(colon + 2).strip()), Long::sum);
                } catch (NumberFormatException e) {
                    out.merge(item, 0L, Long::sum);
                }
            }
        }
        return Collections.unmodifiableMap(out);
    }

    @Override
    public String toString() {
        return "stored " + stored + ", unchanged " + unchanged + ", skipped " + skipped + list(skipReasons)
                + ", failed " + failed + list(failReasons);
    }

    private static String list(Map<String, Long> reasons) {
        if (reasons.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(" (");
        reasons.forEach((k, v) -> sb.append(sb.length() > 2 ? ", " : "").append(k).append(": ").append(v));
        return sb.append(')').toString();
    }
}
