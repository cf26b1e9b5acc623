package org.akhbar.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The public id of an article: the first 16 hex digits of the SHA-256 of its canonical URL.
 *
 * <p>Derived, not allocated, so the same article gets the same id in every database and in
 * every rebuild of the index, and the API can hand it out as a stable permalink.
 */
public record ArticleId(String value) {
    private static final Pattern FORM = Pattern.compile("[0-9a-f]{16}");

    public ArticleId {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("an article id is 16 lower-case hex digits: " + value);
        }
    }

    /** The id of the article whose canonical URL is {@code canonicalUrl}. */
    public static ArticleId ofCanonicalUrl(String canonicalUrl) {
        return new ArticleId(Hashes.sha256Hex(canonicalUrl).substring(0, 16));
    }

    /** True when {@code text} has the form of an id (so a lookup is worth trying). */
    public static boolean isWellFormed(String text) {
        return text != null && FORM.matcher(text).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
