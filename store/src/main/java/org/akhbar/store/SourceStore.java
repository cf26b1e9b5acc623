package org.akhbar.store;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.akhbar.domain.Source;

/** Placeholder contract; implemented by the store module. */
@Singleton
public class SourceStore {
    public void save(Source source) { throw new UnsupportedOperationException(); }
    public Optional<Source> find(String id) { throw new UnsupportedOperationException(); }
    public List<Source> all() { throw new UnsupportedOperationException(); }
}
