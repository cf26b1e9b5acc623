package org.akhbar.store;

import java.nio.file.Path;
import org.akhbar.store.testing.PostgresTestDatabase;
import org.akhbar.store.testing.TestDatabase;

/**
 * The store's behaviour on PostgreSQL, each test in a schema of its own. Fails, rather than
 * skips, when no PostgreSQL is available (see {@link PostgresTestDatabase}).
 */
class PostgresStoreIT extends StoreBehaviour {
    @Override
    TestDatabase newDatabase(Path tempDir) {
        return PostgresTestDatabase.create();
    }
}
