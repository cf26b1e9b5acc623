package org.akhbar.scraper.crawl;

import org.akhbar.domain.RawPage;

/**
 * Where fetched pages are kept, as sent, before anything is extracted from them
 * ({@link org.akhbar.store.RawPageStore#archive} in production).
 */
@FunctionalInterface
public interface PageArchive {
    /** Keeps {@code page}; returns the archive's id for it. */
    long archive(RawPage page);
}
