package org.akhbar.store.internal;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.akhbar.store.StoreException;

/**
 * Runs JDBC work in a transaction of the default datasource, through Micronaut's transaction
 * manager so that a caller's surrounding {@code @Transactional} is joined.
 *
 * <p>A {@link SQLException} becomes a {@link StoreException} inside the transaction: Micronaut
 * rolls back on unchecked exceptions only, and a half-done write must never commit.
 */
@Singleton
public final class Database {
    /** H2's default of one second is shorter than a burst of writers queueing on the feed row. */
    private static final int H2_LOCK_TIMEOUT_MILLIS = 30_000;

    private final TransactionOperations<Connection> transactions;
    private volatile Vendor vendor;

    public Database(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /** One unit of JDBC work. */
    @FunctionalInterface
    public interface Work<R> {
        R run(Connection connection, Vendor vendor) throws SQLException;
    }

    /** Runs {@code work} in a read-only transaction (or the caller's transaction). */
    public <R> R read(String what, Work<R> work) {
        return run(TransactionDefinition.READ_ONLY, what, work, false);
    }

    /** Runs {@code work} in a read-write transaction (or the caller's transaction). */
    public <R> R write(String what, Work<R> work) {
        return run(TransactionDefinition.DEFAULT, what, work, true);
    }

    /** The product of the configured database, asked of the driver once. */
    public Vendor vendor() {
        Vendor v = vendor;
        return v != null ? v : read("detecting the database", (c, detected) -> detected);
    }

    private <R> R run(TransactionDefinition definition, String what, Work<R> work, boolean writes) {
        return transactions.execute(definition, status -> {
            Connection connection = status.getConnection();
            try {
                Vendor v = vendorOf(connection);
                if (writes && v == Vendor.H2) {
                    // Session setting, does not commit; see H2_LOCK_TIMEOUT_MILLIS.
                    try (Statement s = connection.createStatement()) {
                        s.execute("SET LOCK_TIMEOUT " + H2_LOCK_TIMEOUT_MILLIS);
                    }
                }
                return work.run(connection, v);
            } catch (SQLException e) {
                throw new StoreException(what + " failed: " + e.getMessage(), e);
            }
        });
    }

    private Vendor vendorOf(Connection connection) throws SQLException {
        Vendor v = vendor;
        if (v == null) {
            v = Vendor.fromProductName(connection.getMetaData().getDatabaseProductName());
            vendor = v;
        }
        return v;
    }
}
