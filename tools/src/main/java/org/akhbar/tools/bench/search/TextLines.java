package org.akhbar.tools.bench.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the benchmark's small UTF-8 text files line by line, skipping blank lines. */
final class TextLines {
    /** Called with each non-blank line and its 1-based number, for error messages. */
    @FunctionalInterface
    interface LineHandler {
        void line(int lineNo, String line) throws IOException;
    }

    private TextLines() {
    }

    static void forEachNonBlank(Path file, LineHandler handler) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (!line.isBlank()) {
                    handler.line(lineNo, line);
                }
            }
        }
    }
}
