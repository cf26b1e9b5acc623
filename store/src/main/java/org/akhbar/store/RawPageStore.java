package org.akhbar.store;

import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.function.Consumer;
import org.akhbar.domain.RawPage;

/** Placeholder contract; implemented by the store module. */
@Singleton
public class RawPageStore {
    public long archive(RawPage page) { throw new UnsupportedOperationException(); }
    public Optional<RawPage> latest(String url) { throw new UnsupportedOperationException(); }
    public void forEachLatest(Consumer<RawPage> consumer) { throw new UnsupportedOperationException(); }
}
