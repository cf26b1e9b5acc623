package org.akhbar.api.index;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The {@code akhbar.replica.*} settings: where the API gets its index from.
 *
 * <p>With {@code from} empty (the default) the API reads the index directory the indexer
 * writes ({@code akhbar.index-dir}, a local or shared disk). With {@code from} the indexer's
 * base URL ({@code http://indexer:8090}) the API is a replica: it copies each revision the
 * indexer publishes into {@code dir}, a directory of its own, and serves the latest copy. An
 * invalid value stops the service at start-up with a message naming the key.
 *
 * @param from the indexer's base URL; empty for the local mode
 * @param dir where the replica keeps its copies
 * @param interval how often the replica asks the indexer for a newer revision
 * @param maxBytesPerSecond the most the replica reads from the indexer per second, so that
 *     copying a large revision leaves bandwidth for searches; 0 for no limit
 */
@ConfigurationProperties("akhbar.replica")
public record ReplicaSettings(String from, String dir, Duration interval, long maxBytesPerSecond) {

    public ReplicaSettings {
        from = from == null ? "" : from.strip();
        if (!from.isEmpty()) {
            URI uri;
            try {
                uri = URI.create(from);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("akhbar.replica.from must be the indexer's http(s) URL; got " + from);
            }
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException("akhbar.replica.from must be the indexer's http(s) URL; got " + from);
            }
            if (dir == null || dir.isBlank()) {
                throw new IllegalArgumentException("akhbar.replica.dir must name a directory");
            }
        }
        if (maxBytesPerSecond < 0) {
            throw new IllegalArgumentException("akhbar.replica.max-bytes-per-second must be 0 (no limit) or more; got "
                    + maxBytesPerSecond);
        }
        if (interval == null || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("akhbar.replica.interval must be positive; got " + interval);
        }
    }

    /** True when the API copies its index from an indexer. */
    public boolean enabled() {
        return !from.isEmpty();
    }

    /** The indexer's base URL, without a trailing slash. */
    public URI indexer() {
        return URI.create(from.endsWith("/") ? from.substring(0, from.length() - 1) : from);
    }

    /** The replica's directory as an absolute, normalised path. */
    public Path dirPath() {
        return Path.of(dir).toAbsolutePath().normalize();
    }
}
