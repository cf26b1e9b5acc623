package org.akhbar.scraper.discover;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Follows a sitemap index down to its page links, with bounds: at most {@code maxDepth}
 * levels of indexes, {@code maxSitemaps} files read and {@code maxLinks} links kept. A child
 * listed twice, or an index that lists itself, is read once. Fetching and parsing one file
 * is the caller's function, so this stays free of I/O and easy to test.
 */
public final class SitemapWalker {
    private final int maxDepth;
    private final int maxSitemaps;
    private final int maxLinks;

    /** A walker with the given bounds; {@code maxDepth} 0 reads only the root file. */
    public SitemapWalker(int maxDepth, int maxSitemaps, int maxLinks) {
        if (maxDepth < 0 || maxSitemaps < 1 || maxLinks < 1) {
            throw new IllegalArgumentException("sitemap bounds must be positive");
        }
        this.maxDepth = maxDepth;
        this.maxSitemaps = maxSitemaps;
        this.maxLinks = maxLinks;
    }

    /** Bounds that fit news sites: indexes three deep, 200 files, 100,000 links. */
    public static SitemapWalker withDefaults() {
        return new SitemapWalker(3, 200, 100_000);
    }

    /**
     * Walks from {@code root}. {@code read} fetches and parses one sitemap URL.
     *
     * @return the links found, plus one failure reason per file that could not be read
     */
    public Result walk(URI root, Function<URI, Discovery> read) {
        Map<URI, DiscoveredLink> links = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        Set<URI> seen = new HashSet<>();
        List<URI> level = List.of(root);
        for (int depth = 0; !level.isEmpty(); depth++) {
            List<URI> next = new ArrayList<>();
            for (URI sitemap : level) {
                if (!seen.add(sitemap)) {
                    continue;
                }
                if (seen.size() > maxSitemaps) {
                    failures.add(sitemap + ": more than " + maxSitemaps + " sitemaps, rest ignored");
                    return new Result(List.copyOf(links.values()), failures);
                }
                Discovery d = read.apply(sitemap);
                if (d.isFailure()) {
                    failures.add(sitemap + ": " + d.failure());
                    continue;
                }
                for (DiscoveredLink link : d.links()) {
                    if (links.size() >= maxLinks) {
                        break;
                    }
                    links.putIfAbsent(link.url(), link);
                }
                if (!d.sitemaps().isEmpty()) {
                    if (depth >= maxDepth) {
                        failures.add(sitemap + ": sitemap index nested deeper than " + maxDepth);
                    } else {
                        next.addAll(d.sitemaps());
                    }
                }
            }
            level = next;
        }
        return new Result(List.copyOf(links.values()), List.copyOf(failures));
    }

    /** The links a walk found and the files it could not read (with why). */
    public record Result(List<DiscoveredLink> links, List<String> failures) {}
}
