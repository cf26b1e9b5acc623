package org.akhbar.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, tolerant JSON reader for JSON-LD blocks found in pages.
 *
 * <p>Objects become {@link LinkedHashMap}, arrays {@link ArrayList}, strings {@link String},
 * numbers {@link Double}, literals {@link Boolean} or null. It accepts what pages really
 * contain: raw line breaks inside strings, trailing commas, single-quoted strings, HTML comment
 * or CDATA wrappers and a trailing semicolon. Anything it cannot read gives {@code null}, never
 * an exception; nesting deeper than {@link #MAX_DEPTH} is treated as unreadable.
 */
final class JsonReader {

    static final int MAX_DEPTH = 64;

    private final String s;
    private int pos;

    private JsonReader(String s) {
        this.s = s;
    }

    /** The value in {@code text}, or null when it is not readable JSON. */
    static Object parse(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = unwrap(text.strip());
        if (trimmed.isEmpty()) {
            return null;
        }
        try {
            JsonReader reader = new JsonReader(trimmed);
            Object value = reader.value(0);
            reader.skipSpace();
            return value;
        } catch (Malformed | StackOverflowError e) {
            return null;
        }
    }

    private static String unwrap(String t) {
        String r = t;
        for (String prefix : new String[] {"<!--", "//<![CDATA[", "<![CDATA["}) {
            if (r.startsWith(prefix)) {
                r = r.substring(prefix.length()).strip();
            }
        }
        for (String suffix : new String[] {"-->", "//]]>", "]]>", ";"}) {
            if (r.endsWith(suffix)) {
                r = r.substring(0, r.length() - suffix.length()).strip();
            }
        }
        return r;
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            throw new Malformed();
        }
        skipSpace();
        if (pos >= s.length()) {
            throw new Malformed();
        }
        char c = s.charAt(pos);
        return switch (c) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"', '\'' -> string();
            default -> literal();
        };
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> map = new LinkedHashMap<>();
        pos++;
        while (true) {
            skipSpace();
            if (pos >= s.length()) {
                throw new Malformed();
            }
            char c = s.charAt(pos);
            if (c == '}') {
                pos++;
                return map;
            }
            if (c == ',') {
                pos++;
                continue;
            }
            String key = (c == '"' || c == '\'') ? string() : bareWord();
            skipSpace();
            expect(':');
            map.put(key, value(depth + 1));
        }
    }

    private List<Object> array(int depth) {
        List<Object> list = new ArrayList<>();
        pos++;
        while (true) {
            skipSpace();
            if (pos >= s.length()) {
                throw new Malformed();
            }
            char c = s.charAt(pos);
            if (c == ']') {
                pos++;
                return list;
            }
            if (c == ',') {
                pos++;
                continue;
            }
            list.add(value(depth + 1));
        }
    }

    private String string() {
        char quote = s.charAt(pos++);
        StringBuilder out = new StringBuilder();
        while (pos < s.length()) {
            char c = s.charAt(pos++);
            if (c == quote) {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (pos >= s.length()) {
                break;
            }
            char e = s.charAt(pos++);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    if (pos + 4 > s.length()) {
                        throw new Malformed();
                    }
                    try {
                        out.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                    } catch (NumberFormatException bad) {
                        throw new Malformed();
                    }
                    pos += 4;
                }
                default -> out.append(e); // \" \\ \/ and lenient escapes of anything else
            }
        }
        throw new Malformed();
    }

    private Object literal() {
        String word = bareWord();
        switch (word) {
            case "true" -> { return Boolean.TRUE; }
            case "false" -> { return Boolean.FALSE; }
            case "null" -> { return null; }
            default -> { }
        }
        try {
            return Double.valueOf(word);
        } catch (NumberFormatException notANumber) {
            throw new Malformed();
        }
    }

    private String bareWord() {
        int start = pos;
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (Character.isLetterOrDigit(c) || c == '-' || c == '+' || c == '.' || c == '_' || c == '@' || c == '$') {
                pos++;
            } else {
                break;
            }
        }
        if (start == pos) {
            throw new Malformed();
        }
        return s.substring(start, pos);
    }

    private void expect(char c) {
        if (pos >= s.length() || s.charAt(pos) != c) {
            throw new Malformed();
        }
        pos++;
    }

    private void skipSpace() {
        while (pos < s.length() && (Character.isWhitespace(s.charAt(pos)) || s.charAt(pos) == '\u00A0')) {
            pos++;
        }
    }

    /** Internal signal; never leaves {@link #parse}. Stackless because it is control flow. */
    private static final class Malformed extends RuntimeException {
        Malformed() {
            super(null, null, false, false);
        }
    }
}
