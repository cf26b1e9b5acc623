package org.akhbar.store.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes response headers as {@code name: value} lines, one line per value, in map order, and
 * reads them back. Readable in a SQL console, and exact: a backslash, a line break or (in a
 * name) a colon is escaped, so any header map round-trips, even one a broken server sent.
 */
public final class HeaderCodec {
    private HeaderCodec() {}

    public static String encode(Map<String, List<String>> headers) {
        StringBuilder sb = new StringBuilder();
        headers.forEach((name, values) -> {
            for (String value : values) {
                if (!sb.isEmpty()) {
                    sb.append('\n');
                }
                sb.append(escape(name, true)).append(": ").append(escape(value, false));
            }
        });
        return sb.toString();
    }

    public static Map<String, List<String>> decode(String text) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return headers;
        }
        for (String line : text.split("\n", -1)) {
            int colon = line.indexOf(": ");
            if (colon < 0) {
                throw new IllegalArgumentException("not a header line: " + line);
            }
            headers.computeIfAbsent(unescape(line.substring(0, colon)), k -> new ArrayList<>())
                    .add(unescape(line.substring(colon + 2)));
        }
        return headers;
    }

    private static String escape(String s, boolean isName) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case ':' -> sb.append(isName ? "\\c" : ":");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                sb.append(c);
                continue;
            }
            char next = s.charAt(++i);
            switch (next) {
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 'c' -> sb.append(':');
                default -> sb.append(next);
            }
        }
        return sb.toString();
    }
}
