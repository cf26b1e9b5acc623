package org.akhbar.store;

import jakarta.inject.Singleton;
import java.util.Objects;
import java.util.function.Supplier;
import org.akhbar.store.internal.Database;

/**
 * Several store calls in one transaction: every store method called inside {@link #write}
 * joins it, so their writes commit together, once, or not at all.
 *
 * <p>Why: a crawled page leaves an archived page, maybe an article, and the end of its lease;
 * written as one transaction for many pages, they cost one commit (one log flush) instead of
 * several per page.
 */
@Singleton
public class Transactions {
    private final Database db;

    public Transactions(Database db) {
        this.db = db;
    }

    /** Runs {@code work} in one read-write transaction, committed when it returns and rolled back if it throws. */
    public <R> R write(String what, Supplier<R> work) {
        Objects.requireNonNull(work, "work");
        return db.write(what, (connection, vendor) -> work.get());
    }
}
