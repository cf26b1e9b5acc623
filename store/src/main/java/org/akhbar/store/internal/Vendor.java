package org.akhbar.store.internal;

import java.util.Locale;

/**
 * The database products the store supports. The schema and nearly all SQL are shared; the
 * few statements that differ (insert-if-absent, upsert) are chosen by this value, read from
 * the JDBC driver at run time so one build serves whichever database is configured.
 */
public enum Vendor {
    H2,
    POSTGRES;

    /** The vendor for a JDBC {@code DatabaseMetaData.getDatabaseProductName()}. */
    public static Vendor fromProductName(String productName) {
        String name = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
        if (name.contains("postgres")) {
            return POSTGRES;
        }
        if (name.equals("h2")) {
            return H2;
        }
        throw new IllegalStateException("unsupported database: " + productName
                + " (the store supports PostgreSQL and H2)");
    }
}
