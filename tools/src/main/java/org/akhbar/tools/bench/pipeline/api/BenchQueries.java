package org.akhbar.tools.bench.pipeline.api;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.akhbar.tools.bench.pipeline.site.CorpusArticle;

/**
 * The queries the API is loaded with: made from the corpus with a fixed seed (four in ten a
 * word of a title, three in ten two neighbouring words of a title, three in ten the opening
 * words of a paragraph asked as a question), or read from a file.
 */
public final class BenchQueries {
    /** Question words the made-up questions open with. */
    private static final String[] QUESTION_WORDS = {"ما", "هل", "متى", "أين", "كيف", "لماذا", "من"};
    private static final int MIN_LETTERS = 3;

    private BenchQueries() {}

    /** {@code n} queries from the titles and texts of {@code corpus}, the same for the same corpus and seed. */
    public static List<String> fromCorpus(List<CorpusArticle> corpus, int n, long seed) {
        List<List<String>> titles = new ArrayList<>();
        List<List<String>> openings = new ArrayList<>();
        for (CorpusArticle a : corpus) {
            List<String> t = words(a.title());
            if (!t.isEmpty()) {
                titles.add(t);
            }
            List<String> paragraphs = a.paragraphs();
            if (!paragraphs.isEmpty()) {
                List<String> p = words(paragraphs.getFirst());
                if (p.size() >= 4) {
                    openings.add(p);
                }
            }
        }
        if (titles.isEmpty()) {
            throw new IllegalArgumentException("the corpus has no title with a word of " + MIN_LETTERS + " letters");
        }
        Random random = new Random(seed);
        List<String> out = new ArrayList<>(n);
        while (out.size() < n) {
            int kind = out.size() % 10;
            if (kind < 4 || (kind >= 7 && openings.isEmpty())) {
                List<String> t = titles.get(random.nextInt(titles.size()));
                out.add(t.get(random.nextInt(t.size())));
            } else if (kind < 7) {
                List<String> t = titles.get(random.nextInt(titles.size()));
                int at = random.nextInt(t.size());
                out.add(at + 1 < t.size() ? t.get(at) + " " + t.get(at + 1) : t.get(at));
            } else {
                List<String> p = openings.get(random.nextInt(openings.size()));
                int words = Math.min(p.size(), 4 + random.nextInt(4));
                out.add(QUESTION_WORDS[random.nextInt(QUESTION_WORDS.length)] + " " + String.join(" ", p.subList(0, words))
                        + "؟");
            }
        }
        return out;
    }

    /**
     * The queries of {@code file}: one a line, or {@code id<TAB>question} lines (the retrieval
     * sets' {@code queries.tsv}); blank lines skipped.
     */
    public static List<String> read(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            String q = (tab < 0 ? line : line.substring(tab + 1)).strip();
            if (!q.isEmpty()) {
                out.add(q);
            }
        }
        if (out.isEmpty()) {
            throw new IOException(file + " holds no query");
        }
        return out;
    }

    /** The API's search path for {@code query}. */
    public static String searchPath(String query) {
        return "/api/v1/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    /** The words of {@code text} made of letters only, at least {@link #MIN_LETTERS} of them. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.split("[\\s\\p{Punct}«»،؛؟“”]+")) {
            if (w.length() >= MIN_LETTERS && w.codePoints().allMatch(Character::isLetter)) {
                out.add(w);
            }
        }
        return out;
    }
}
