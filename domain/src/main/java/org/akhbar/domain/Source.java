package org.akhbar.domain;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A news site the scraper collects from, as configured in {@code sources.yml}.
 *
 * @param id short stable key, lower-case letters, digits and dashes ("sahara24")
 * @param name the site's display name, which is also the name that opens its datelines
 * @param homepage the site's home page; its host bounds what the scraper follows
 * @param feeds RSS or Atom feed URLs
 * @param sitemaps XML sitemap (or sitemap index) URLs
 * @param startUrls section pages whose article links are followed
 * @param timezone the zone in which the site writes dates that carry no offset
 */
public record Source(
        String id,
        String name,
        URI homepage,
        List<URI> feeds,
        List<URI> sitemaps,
        List<URI> startUrls,
        ZoneId timezone) {

    /** Where most of the sites this project started from are: Morocco. */
    public static final ZoneId DEFAULT_TIMEZONE = ZoneId.of("Africa/Casablanca");

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    public Source {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "source id must be lower-case letters, digits and dashes: " + id);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("source " + id + ": name must not be blank");
        }
        Objects.requireNonNull(homepage, "homepage");
        if (!homepage.isAbsolute() || homepage.getHost() == null) {
            throw new IllegalArgumentException("source " + id + ": homepage must be an absolute URL");
        }
        feeds = feeds == null ? List.of() : List.copyOf(feeds);
        sitemaps = sitemaps == null ? List.of() : List.copyOf(sitemaps);
        startUrls = startUrls == null ? List.of() : List.copyOf(startUrls);
        timezone = timezone == null ? DEFAULT_TIMEZONE : timezone;
    }
}
