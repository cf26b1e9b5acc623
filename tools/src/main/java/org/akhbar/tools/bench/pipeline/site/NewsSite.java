package org.akhbar.tools.bench.pipeline.site;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A news site built from a corpus: one source (served as its own host) per corpus source, one
 * article page per corpus article and copy, section pages, a sitemap index per source with
 * sitemaps of at most {@link #URLS_PER_SITEMAP} URLs, an RSS feed and robots.txt. Pages are
 * rendered on request by {@link NewsTemplate}, so a site of several copies of a large corpus
 * costs the corpus's text in memory and no more.
 *
 * <p>Copy {@code k > 0} of an article is the same story filed {@code k} years earlier under
 * another URL, its first paragraph opening with a dateline: distinct URLs and lightly varied
 * text, as a site's archive holds them. Immutable and thread-safe.
 */
public final class NewsSite {
    /** Sitemaps of real news sites are split well below the protocol's 50,000 URLs. */
    public static final int URLS_PER_SITEMAP = 5_000;
    /** The hour the corpus's times are read in: the Saudi sources' own (+03:00). */
    static final ZoneOffset CORPUS_OFFSET = ZoneOffset.ofHours(3);
    private static final DateTimeFormatter CORPUS_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private final List<CorpusArticle> corpus;
    private final Map<String, SiteSource> sources = new LinkedHashMap<>();

    /** One article page: which corpus article, which copy, where and when. */
    public record ArticlePage(int article, int copy, String path, OffsetDateTime published, Section section) {}

    /**
     * One host of the site. {@code pages} are newest first, as sitemaps and feeds list them;
     * {@code positions} gives a page's place in that list by its path.
     */
    public record SiteSource(String id, List<ArticlePage> pages, Map<String, Integer> positions) {
        /** The section pages of this source, as paths. */
        public List<String> sectionPaths() {
            return java.util.Arrays.stream(Section.values()).map(Section::path).toList();
        }

        /** The number of sitemap files the index lists for the articles. */
        public int articleSitemaps() {
            return Math.max(1, (pages.size() + URLS_PER_SITEMAP - 1) / URLS_PER_SITEMAP);
        }
    }

    /** The sections every source has; an article's section follows from its id. */
    public enum Section {
        LOCAL("local", "محليات"),
        ECONOMY("economy", "اقتصاد"),
        WORLD("world", "دوليات"),
        SPORTS("sports", "رياضة"),
        CULTURE("culture", "ثقافة وفنون"),
        OPINION("opinion", "آراء");

        private final String slug;
        private final String label;

        Section(String slug, String label) {
            this.slug = slug;
            this.label = label;
        }

        public String slug() {
            return slug;
        }

        public String label() {
            return label;
        }

        public String path() {
            return "/section/" + slug;
        }
    }

    private NewsSite(List<CorpusArticle> corpus) {
        this.corpus = corpus;
    }

    /** A site of {@code copies} copies of every article of {@code corpus}. */
    public static NewsSite of(List<CorpusArticle> corpus, int copies) {
        if (copies < 1) {
            throw new IllegalArgumentException("copies must be at least 1, got " + copies);
        }
        NewsSite site = new NewsSite(List.copyOf(corpus));
        Map<String, List<ArticlePage>> bySource = new LinkedHashMap<>();
        for (int i = 0; i < corpus.size(); i++) {
            CorpusArticle a = corpus.get(i);
            OffsetDateTime published = publishedAt(a, i);
            Section section = Section.values()[Math.floorMod(a.id().hashCode(), Section.values().length)];
            for (int k = 0; k < copies; k++) {
                OffsetDateTime when = published.minusYears(k);
                String path = "/" + section.slug() + "/" + when.format(DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ROOT))
                        + "/" + slug(a.id()) + (k == 0 ? "" : "-" + k) + ".html";
                bySource.computeIfAbsent(sourceId(a.source()), s -> new ArrayList<>())
                        .add(new ArticlePage(i, k, path, when, section));
            }
        }
        bySource.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            List<ArticlePage> pages = e.getValue();
            pages.sort(Comparator.comparing(ArticlePage::published).reversed().thenComparing(ArticlePage::path));
            Map<String, Integer> positions = new HashMap<>(pages.size() * 2);
            for (int at = 0; at < pages.size(); at++) {
                if (positions.put(pages.get(at).path(), at) != null) {
                    throw new IllegalArgumentException("two pages at " + e.getKey() + pages.get(at).path());
                }
            }
            site.sources.put(e.getKey(), new SiteSource(e.getKey(), List.copyOf(pages), positions));
        });
        return site;
    }

    /** The sources, by id. */
    public List<SiteSource> sources() {
        return List.copyOf(sources.values());
    }

    public SiteSource source(String id) {
        SiteSource s = sources.get(id);
        if (s == null) {
            throw new IllegalArgumentException("no source " + id);
        }
        return s;
    }

    public CorpusArticle article(ArticlePage page) {
        return corpus.get(page.article());
    }

    /** Every article page of the site. */
    public int articlePages() {
        return sources.values().stream().mapToInt(s -> s.pages().size()).sum();
    }

    /** The article pages whose corpus text is not empty: what a crawl must store. */
    public int articlePagesWithText() {
        int n = 0;
        for (SiteSource s : sources.values()) {
            for (ArticlePage p : s.pages()) {
                if (corpus.get(p.article()).hasText()) {
                    n++;
                }
            }
        }
        return n;
    }

    /** The place of the article page at {@code path} in {@code source}'s pages, if there is one. */
    public Optional<Integer> articleAt(String source, String path) {
        SiteSource s = sources.get(source);
        return s == null ? Optional.empty() : Optional.ofNullable(s.positions().get(path));
    }

    /**
     * A source id the scraper accepts (lower-case letters, digits, dashes) made from the
     * corpus's source name.
     */
    static String sourceId(String corpusSource) {
        String id = corpusSource.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("^-+|-+$", "");
        return id.isEmpty() ? "source" : id;
    }

    private static String slug(String id) {
        return id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
    }

    /** The corpus's time at +03:00, or a time spread over 2015 by position when it has none. */
    private static OffsetDateTime publishedAt(CorpusArticle a, int index) {
        if (a.dateExtracted() != null) {
            try {
                return LocalDateTime.parse(a.dateExtracted().strip(), CORPUS_TIME).atOffset(CORPUS_OFFSET);
            } catch (DateTimeParseException e) {
                // fall through to the made-up time
            }
        }
        return OffsetDateTime.of(2015, 1, 1, 8, 0, 0, 0, CORPUS_OFFSET).plusMinutes(37L * index);
    }
}
