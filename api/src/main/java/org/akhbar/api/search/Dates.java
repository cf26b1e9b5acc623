package org.akhbar.api.search;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** How the API writes publication dates: ISO-8601 to the second, always with a numeric offset. */
final class Dates {
    // "xxx" writes +00:00 rather than Z, so every date has the same shape for clients.
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private Dates() {}

    static String format(OffsetDateTime when) {
        return when == null ? null : FORMAT.format(when);
    }
}
