package org.akhbar.store;

import java.nio.file.Path;
import org.akhbar.store.testing.H2TestDatabase;
import org.akhbar.store.testing.TestDatabase;

/** The store's behaviour on H2, the embedded default: a file database in a temp directory. */
class H2StoreTest extends StoreBehaviour {
    @Override
    TestDatabase newDatabase(Path tempDir) {
        return H2TestDatabase.in(tempDir);
    }
}
