package org.akhbar.extract;

/** Placeholder: the real extractor is being written. Thread-safe, never throws. */
public final class Extractor {
    public Extraction extract(ExtractionInput input) {
        return new Extraction(Extraction.Status.UNREADABLE, "extractor not implemented yet", null);
    }
}
