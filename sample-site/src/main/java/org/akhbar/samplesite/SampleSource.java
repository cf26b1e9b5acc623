package org.akhbar.samplesite;

import java.time.ZoneId;
import java.util.List;

/**
 * The three news sources of the sample site, each a different site template under its own
 * path prefix. Discovery paths are relative to the server's base URL.
 */
public enum SampleSource {
    /** A WordPress-style regional news theme; discovered through its RSS 2.0 feed. */
    WADI("wadi", "وادي بريس", ZoneId.of("Africa/Casablanca"),
            List.of("/wadi/feed.xml"), List.of(), List.of()),
    /** A portal with JSON-LD and OpenGraph; discovered through a sitemap index. */
    BAWABA("bawaba", "بوابة المشرق", ZoneId.of("Asia/Riyadh"),
            List.of(), List.of("/bawaba/sitemap.xml"), List.of()),
    /** A legacy table layout in windows-1256; discovered through Atom and a section page. */
    QADIM("qadim", "جريدة القديم", ZoneId.of("Africa/Casablanca"),
            List.of("/qadim/atom.xml"), List.of(), List.of("/qadim/section/local.html"));

    private final String id;
    private final String siteName;
    private final ZoneId timezone;
    private final List<String> feedPaths;
    private final List<String> sitemapPaths;
    private final List<String> startPaths;

    SampleSource(String id, String siteName, ZoneId timezone,
                 List<String> feedPaths, List<String> sitemapPaths, List<String> startPaths) {
        this.id = id;
        this.siteName = siteName;
        this.timezone = timezone;
        this.feedPaths = feedPaths;
        this.sitemapPaths = sitemapPaths;
        this.startPaths = startPaths;
    }

    /** The source id used in sources.yml and in {@link SamplePage#sourceId()}. */
    public String id() {
        return id;
    }

    /** The site's display name; wadi's datelines open with it. */
    public String siteName() {
        return siteName;
    }

    /** The zone in which the site writes dates that carry no offset. */
    public ZoneId timezone() {
        return timezone;
    }

    /** The home page path, e.g. "/wadi/". */
    public String homePath() {
        return "/" + id + "/";
    }

    /** RSS or Atom feed paths. */
    public List<String> feedPaths() {
        return feedPaths;
    }

    /** Sitemap (index) paths. */
    public List<String> sitemapPaths() {
        return sitemapPaths;
    }

    /** Section pages whose article links are to be followed. */
    public List<String> startPaths() {
        return startPaths;
    }

    /** The source with this id; throws {@link IllegalArgumentException} for an unknown one. */
    public static SampleSource byId(String id) {
        for (SampleSource s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no sample source " + id);
    }
}
