package org.akhbar.store.testing;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A database created for one test (or test class) and removed by {@link #close()}: the
 * connection details, and the Micronaut properties that point the default datasource at it.
 */
public interface TestDatabase extends AutoCloseable {

    String jdbcUrl();

    /** Null when the URL carries the credentials. */
    String username();

    /** Null when the URL carries the credentials or none are needed. */
    String password();

    /** The Micronaut Data dialect name: {@code H2} or {@code POSTGRES}. */
    String dialect();

    String driverClassName();

    /**
     * The properties a service sets for this database: the {@code datasources.default.*}
     * entries and Flyway enabled on the default datasource.
     */
    default Map<String, Object> properties() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("datasources.default.url", jdbcUrl());
        p.put("datasources.default.driver-class-name", driverClassName());
        p.put("datasources.default.dialect", dialect());
        if (username() != null) {
            p.put("datasources.default.username", username());
        }
        if (password() != null) {
            p.put("datasources.default.password", password());
        }
        p.put("flyway.datasources.default.enabled", true);
        return p;
    }

    /** Drops what {@link #jdbcUrl()} points at; never throws for an already dropped database. */
    @Override
    void close();
}
