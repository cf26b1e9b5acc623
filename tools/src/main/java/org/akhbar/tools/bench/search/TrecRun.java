package org.akhbar.tools.bench.search;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes rankings in the TREC run format read by trec_eval: {@code qid Q0 docid rank score tag}. */
final class TrecRun {
    private TrecRun() {}

    /** One line per retrieved document, queries in the map's order, ranks from 1. */
    static void write(Writer out, Map<String, List<RankedDoc>> runs, String tag) throws IOException {
        if (tag.isBlank() || tag.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("a run tag is one non-blank word: '" + tag + "'");
        }
        for (Map.Entry<String, List<RankedDoc>> e : runs.entrySet()) {
            int rank = 1;
            for (RankedDoc d : e.getValue()) {
                out.write(e.getKey() + " Q0 " + d.docId() + " " + rank++ + " "
                        + String.format(Locale.ROOT, "%.6f", d.score()) + " " + tag + "\n");
            }
        }
        out.flush();
    }
}
