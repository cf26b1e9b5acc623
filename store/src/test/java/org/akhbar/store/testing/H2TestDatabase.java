package org.akhbar.store.testing;

import java.nio.file.Path;

/**
 * An H2 file database in a directory the test owns (typically a JUnit {@code @TempDir}), laid
 * out as the services lay out the embedded default: {@code <dir>/db/akhbar}. Closing it does
 * nothing: the directory goes with the test.
 */
public record H2TestDatabase(Path directory) implements TestDatabase {

    public static H2TestDatabase in(Path directory) {
        return new H2TestDatabase(directory);
    }

    @Override
    public String jdbcUrl() {
        return "jdbc:h2:file:" + directory.resolve("db").resolve("akhbar").toAbsolutePath();
    }

    @Override
    public String username() {
        return "sa";
    }

    @Override
    public String password() {
        return "";
    }

    @Override
    public String dialect() {
        return "H2";
    }

    @Override
    public String driverClassName() {
        return "org.h2.Driver";
    }

    @Override
    public void close() {}
}
