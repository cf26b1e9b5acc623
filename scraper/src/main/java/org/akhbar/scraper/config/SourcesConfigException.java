package org.akhbar.scraper.config;

/**
 * A sources file that cannot be used. The message always names the file, and where it can,
 * the source and the key at fault, so an operator can fix the file without reading code.
 */
public final class SourcesConfigException extends RuntimeException {
    public SourcesConfigException(String message) {
        super(message);
    }

    public SourcesConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
