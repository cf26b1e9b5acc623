package org.akhbar.scraper.discover;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Puts URLs in one canonical spelling so the same page is known once: lower-case scheme and
 * host, no default port, no fragment, no user info, no tracking parameters ({@code utm_*},
 * {@code fbclid}, {@code gclid}), dot segments resolved, an empty path written {@code /}.
 * Only http and https URLs are accepted. Normalisation is idempotent: normalising a
 * normalised URL gives it back unchanged.
 */
public final class UrlNormalizer {
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "mc_cid", "mc_eid");

    private UrlNormalizer() {}

    /** {@code href} resolved against {@code base} and normalised; empty when not a usable http(s) URL. */
    public static Optional<URI> resolve(URI base, String href) {
        if (href == null || href.isBlank()) {
            return Optional.empty();
        }
        try {
            URI ref = parseLenient(href.strip());
            URI absolute = base == null ? ref : base.resolve(ref);
            return normalize(absolute);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** {@code text} parsed and normalised; empty when not an absolute http(s) URL. */
    public static Optional<URI> normalize(String text) {
        return resolve(null, text);
    }

    /** {@code uri} normalised; empty when it is not an absolute http(s) URL with a host. */
    public static Optional<URI> normalize(URI uri) {
        if (uri == null || !uri.isAbsolute() || uri.getHost() == null) {
            return Optional.empty();
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder(scheme).append("://").append(uri.getHost().toLowerCase(Locale.ROOT));
        int port = uri.getPort();
        boolean defaultPort = (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        if (port >= 0 && !defaultPort) {
            sb.append(':').append(port);
        }
        String path = uri.getRawPath();
        if (path == null || path.isEmpty()) {
            path = "/";
        }
        sb.append(removeDotSegments(path));
        String query = cleanQuery(uri.getRawQuery());
        if (!query.isEmpty()) {
            sb.append('?').append(query);
        }
        try {
            return Optional.of(new URI(sb.toString()));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** True when both URLs name the same host (case-insensitively), ports ignored. */
    public static boolean sameHost(URI a, URI b) {
        return a.getHost() != null && b.getHost() != null && siteHost(a.getHost()).equals(siteHost(b.getHost()));
    }

    /**
     * The host without a leading "www.": a site's feeds and sitemaps often name the other
     * form of its own host (the homepage says example.ma, the feed links www.example.ma).
     */
    private static String siteHost(String host) {
        String h = host.toLowerCase(java.util.Locale.ROOT);
        return h.startsWith("www.") ? h.substring(4) : h;
    }

    private static URI parseLenient(String href) throws URISyntaxException {
        try {
            return new URI(href);
        } catch (URISyntaxException e) {
            // Pages carry hrefs with raw spaces and other characters a browser quietly encodes.
            return new URI(encodeIllegal(href));
        }
    }

    private static String encodeIllegal(String href) {
        StringBuilder sb = new StringBuilder();
        for (char c : href.toCharArray()) {
            switch (c) {
                case ' ' -> sb.append("%20");
                case '"' -> sb.append("%22");
                case '<' -> sb.append("%3C");
                case '>' -> sb.append("%3E");
                case '|' -> sb.append("%7C");
                case '\\' -> sb.append("%5C");
                case '^' -> sb.append("%5E");
                case '`' -> sb.append("%60");
                case '{' -> sb.append("%7B");
                case '}' -> sb.append("%7D");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String cleanQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        StringJoiner kept = new StringJoiner("&");
        for (String param : rawQuery.split("&")) {
            if (param.isEmpty()) {
                continue;
            }
            int eq = param.indexOf('=');
            String name = (eq < 0 ? param : param.substring(0, eq)).toLowerCase(Locale.ROOT);
            if (name.startsWith("utm_") || TRACKING.contains(name)) {
                continue;
            }
            kept.add(param);
        }
        return kept.toString();
    }

    /** RFC 3986 section 5.2.4, so "/a/../b" and "/b" are one page and "/../b" cannot escape the root. */
    static String removeDotSegments(String path) {
        String[] parts = path.split("/", -1);
        java.util.ArrayDeque<String> out = new java.util.ArrayDeque<>();
        for (int i = 1; i < parts.length; i++) {
            String seg = parts[i];
            boolean last = i == parts.length - 1;
            if (seg.equals(".")) {
                if (last) {
                    out.addLast("");
                }
            } else if (seg.equals("..")) {
                out.pollLast();
                if (last) {
                    out.addLast("");
                }
            } else {
                out.addLast(seg);
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String seg : out) {
            sb.append('/').append(seg);
        }
        return sb.length() == 0 ? "/" : sb.toString();
    }
}
