package org.akhbar.scraper.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The robots.txt rules of each host, fetched once and kept for a while.
 *
 * <p>Policy (the usual one, as in RFC 9309): a 2xx robots.txt is parsed for our robot name;
 * a 4xx (no robots.txt) allows everything; a 5xx or no answer at all disallows the host
 * for {@link #UNREACHABLE_TTL}, because a server in trouble should not get more traffic and
 * its rules are unknown. Fetching the file is the caller's function.
 */
public final class RobotsCache {
    /** How long fetched rules are trusted. */
    public static final Duration TTL = Duration.ofHours(1);
    /** How long a host whose robots.txt could not be read stays closed. */
    public static final Duration UNREACHABLE_TTL = Duration.ofMinutes(5);

    /** A robots.txt response: status 0 when none arrived. */
    public record RobotsResponse(int status, byte[] body, String contentType) {}

    private record Entry(BaseRobotRules rules, Instant expires) {}

    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final String robotName;
    private final Function<URI, RobotsResponse> fetch;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    /**
     * @param robotName the lower-case product token groups are matched against
     * @param fetch fetches a robots.txt URL; never throws
     */
    public RobotsCache(String robotName, Function<URI, RobotsResponse> fetch) {
        this.robotName = robotName;
        this.fetch = fetch;
    }

    /** The rules for the host of {@code url}, fetching robots.txt if not cached. */
    public BaseRobotRules rulesFor(URI url) {
        String key = hostKey(url);
        Entry e = cache.get(key);
        if (e != null && Instant.now().isBefore(e.expires())) {
            return e.rules();
        }
        // Two workers may fetch the same robots.txt once each at start-up; harmless, and it
        // keeps a slow robots.txt on one host from blocking workers bound elsewhere.
        Entry fresh = load(url);
        cache.put(key, fresh);
        return fresh.rules();
    }

    /** "scheme://host:port", the scope robots.txt rules apply to. */
    public static String hostKey(URI url) {
        int port = url.getPort() >= 0 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
        return url.getScheme().toLowerCase() + "://" + url.getHost().toLowerCase() + ":" + port;
    }

    private Entry load(URI url) {
        URI robotsUrl = URI.create(hostKey(url) + "/robots.txt");
        RobotsResponse r = fetch.apply(robotsUrl);
        Instant now = Instant.now();
        if (r.status() >= 200 && r.status() < 300) {
            BaseRobotRules rules = parser.parseContent(robotsUrl.toString(), r.body(),
                    r.contentType() == null ? "text/plain" : r.contentType(), List.of(robotName));
            return new Entry(rules, now.plus(TTL));
        }
        if (r.status() >= 400 && r.status() < 500) {
            return new Entry(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL), now.plus(TTL));
        }
        SimpleRobotRules closed = new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE);
        closed.setDeferVisits(true);
        return new Entry(closed, now.plus(UNREACHABLE_TTL));
    }
}
