package org.akhbar.tools.bench.pipeline.site;

import java.util.ArrayList;
import java.util.List;

/**
 * One article of a news corpus in JSON Lines ({@code {id, url, source, date_extracted, title,
 * author, text}}, the shape of {@code bench/corpus/saudinewsnet.jsonl.gz}).
 *
 * @param id the corpus's id, unique in the file
 * @param source the site it came from: the news site built from the corpus serves one host per source
 * @param dateExtracted {@code yyyy-MM-dd HH:mm:ss}, taken as the publication time; may be null
 * @param author may be empty
 * @param text paragraphs separated by line breaks; may be empty
 */
public record CorpusArticle(String id, String source, String dateExtracted, String title, String author, String text) {

    /** The text's paragraphs: its non-blank lines, stripped. */
    public List<String> paragraphs() {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String line : text.split("\n")) {
            String p = line.strip();
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * Whether the corpus gives this article any text (a letter or a digit; a text of no-break
     * spaces is empty): the pages a crawl must store.
     */
    public boolean hasText() {
        return text != null && text.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
