package org.akhbar.store.internal;

import java.util.Arrays;
import java.util.List;

/**
 * Stores a list of single-line strings in one text column, one entry per line. Entries that
 * contain a line break, or are empty, are rejected rather than silently split in two or lost
 * on the way back.
 */
public final class Lines {
    private Lines() {}

    /** The entries joined by {@code \n}; throws if an entry is empty or holds a line break. */
    public static String join(List<String> entries, String what) {
        for (String e : entries) {
            if (e.isEmpty()) {
                throw new IllegalArgumentException(what + " must not be empty");
            }
            if (e.indexOf('\n') >= 0 || e.indexOf('\r') >= 0) {
                throw new IllegalArgumentException(what + " must not contain a line break: " + e);
            }
        }
        return String.join("\n", entries);
    }

    /** The entries of a column written by {@link #join}; the empty text is the empty list. */
    public static List<String> split(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return Arrays.asList(text.split("\n", -1));
    }
}
