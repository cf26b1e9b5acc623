package org.akhbar.store;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Placeholder contract; implemented by the store module. */
@Singleton
public class FrontierStore {
    public boolean enqueue(String sourceId, String url, String kind) { throw new UnsupportedOperationException(); }
    public List<FrontierEntry> lease(int max, Duration leaseFor) { throw new UnsupportedOperationException(); }
    public void complete(String url, String outcome) { throw new UnsupportedOperationException(); }
    public void retryLater(String url, Instant at, String reason) { throw new UnsupportedOperationException(); }
    public long pending() { throw new UnsupportedOperationException(); }
}
