package org.akhbar.api;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.nio.file.Path;

/**
 * The {@code akhbar.*} settings of the API service.
 *
 * <p>{@code akhbar.index-dir} is the Lucene index the API reads (it never reads the
 * database); it defaults to {@code ${akhbar.data-dir}/index}. Blank values stop the service at
 * start-up with a message naming the key, rather than failing on the first request.
 *
 * @param dataDir the platform's data directory ({@code akhbar.data-dir})
 * @param indexDir the index directory ({@code akhbar.index-dir})
 */
@ConfigurationProperties("akhbar")
public record ApiSettings(String dataDir, String indexDir) {

    public ApiSettings {
        if (indexDir == null || indexDir.isBlank()) {
            throw new IllegalArgumentException("akhbar.index-dir must name a directory");
        }
    }

    /** The index directory as an absolute, normalised path. */
    public Path indexPath() {
        return Path.of(indexDir).toAbsolutePath().normalize();
    }
}
