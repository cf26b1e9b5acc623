package org.akhbar.store.testing;

import io.micronaut.context.ApplicationContext;
import java.util.Map;

/**
 * Starts a Micronaut context whose default datasource is a {@link TestDatabase}, with the
 * Flyway migrations applied, so that the store's beans (and any others on the class path)
 * are ready to use. Close the context before the database.
 */
public final class StoreTestContext {
    private StoreTestContext() {}

    /**
     * A started context on {@code database}, with {@code beans} registered as singletons (for
     * instance a {@link MutableClock}).
     */
    public static ApplicationContext start(TestDatabase database, Object... beans) {
        return start(database, Map.of(), beans);
    }

    /** As {@link #start(TestDatabase, Object...)}, with extra properties. */
    public static ApplicationContext start(TestDatabase database, Map<String, Object> extraProperties,
            Object... beans) {
        Map<String, Object> props = new java.util.LinkedHashMap<>(database.properties());
        props.putAll(extraProperties);
        return ApplicationContext.builder()
                .properties(props)
                .singletons(beans)
                .start();
    }
}
