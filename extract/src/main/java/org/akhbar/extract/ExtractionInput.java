package org.akhbar.extract;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Everything the extractor may look at for one page.
 *
 * @param url the page's URL (after redirects)
 * @param body the undecoded response bytes
 * @param contentType the HTTP Content-Type header, or null
 * @param siteName the source's configured name (opens datelines, never an author), or null
 * @param zone the zone in which the source writes dates that carry no offset
 * @param fetchedAt when the page was fetched: the reference for "أمس", "منذ 3 ساعات" and
 *     dates without a year
 */
public record ExtractionInput(URI url, byte[] body, String contentType, String siteName, ZoneId zone, Instant fetchedAt) {}
