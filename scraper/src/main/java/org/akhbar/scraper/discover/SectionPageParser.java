package org.akhbar.scraper.discover;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the links on a section page (a {@code startUrl}) that look like articles.
 *
 * <p>A link qualifies when it is on the section's host and port, below the section when the
 * section is a folder ({@code /news/} yields {@code /news/...}), inside the same top-level
 * area when the section is a page ({@code /qadim/section/local.html} yields
 * {@code /qadim/...}), not the section or the home page itself, not an asset (images, styles, scripts, archives, feeds), and not another
 * listing (tag, category, author, search, pagination pages). The extractor has the last
 * word; this only keeps the frontier free of obvious non-articles.
 */
public final class SectionPageParser {
    private static final Pattern ASSET = Pattern.compile(
            ".*\\.(?:jpe?g|png|gif|webp|svg|ico|css|js|json|xml|gz|zip|rar|pdf|mp3|mp4|webm|avi|woff2?|ttf|txt)$",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> LISTING_SEGMENTS = Set.of(
            "tag", "tags", "category", "categories", "section", "sections", "author", "authors",
            "search", "page", "feed", "rss", "login", "register", "wp-admin", "wp-login.php", "cdn-cgi");

    /** Parses the HTML {@code body} served at {@code sectionUrl} with the given Content-Type (or null). */
    public Discovery parse(byte[] body, String contentType, URI sectionUrl) {
        if (body == null || body.length == 0) {
            return Discovery.failed("empty section page");
        }
        Document doc;
        try {
            // jsoup reads the charset from the header value we pass, else from BOM or <meta>.
            doc = Jsoup.parse(new ByteArrayInputStream(body), charsetOf(contentType), sectionUrl.toString());
        } catch (IOException | RuntimeException e) {
            return Discovery.failed("unreadable section page: " + e.getMessage());
        }
        URI section = UrlNormalizer.normalize(sectionUrl).orElse(sectionUrl);
        Map<URI, DiscoveredLink> links = new LinkedHashMap<>();
        for (Element a : doc.select("a[href]")) {
            UrlNormalizer.resolve(section, a.attr("href"))
                    .filter(u -> looksLikeArticle(section, u))
                    .ifPresent(u -> links.putIfAbsent(u, new DiscoveredLink(u, null)));
        }
        return Discovery.of(new ArrayList<>(links.values()));
    }

    /** The rule described on the class, for one candidate link. */
    static boolean looksLikeArticle(URI section, URI link) {
        if (!UrlNormalizer.sameHost(section, link) || section.getPort() != link.getPort()) {
            return false;
        }
        String path = link.getPath() == null ? "/" : link.getPath();
        String sectionPath = section.getPath() == null ? "/" : section.getPath();
        if (path.equals(sectionPath) || path.equals("/") || ASSET.matcher(path).matches()) {
            return false;
        }
        List<String> segments = segments(path);
        List<String> sectionSegments = segments(sectionPath);
        if (sectionPath.endsWith("/")) {
            // A folder section ("/news/") lists its own articles: they live below it.
            if (!path.startsWith(sectionPath) || path.length() == sectionPath.length()) {
                return false;
            }
        } else if (sectionSegments.size() > 1) {
            // A page section ("/qadim/section/local.html") links to its site area ("/qadim/...").
            if (segments.size() < 2 || !segments.get(0).equals(sectionSegments.get(0))) {
                return false;
            }
        }
        if (path.endsWith("/") && segments.size() <= 1) {
            return false;
        }
        for (String seg : segments) {
            if (LISTING_SEGMENTS.contains(seg.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        String last = segments.isEmpty() ? "" : segments.get(segments.size() - 1).toLowerCase(Locale.ROOT);
        return !last.startsWith("index.");
    }

    private static List<String> segments(String path) {
        List<String> out = new ArrayList<>();
        for (String s : path.split("/")) {
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    private static String charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String cs = p.substring(8).replace("\"", "").strip();
                try {
                    return java.nio.charset.Charset.isSupported(cs) ? cs : null;
                } catch (java.nio.charset.IllegalCharsetNameException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
