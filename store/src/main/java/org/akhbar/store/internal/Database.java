package org.akhbar.store.internal;

import io.micronaut.data.connection.ConnectionDefinition;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
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
    private final ConnectionOperations<Connection> connections;
    private volatile Vendor vendor;
    /** The pool's H2 connections whose lock timeout is set; weak, so closed ones go. */
    private final Map<Connection, Boolean> h2LockTimeoutSet = Collections.synchronizedMap(new WeakHashMap<>());

    public Database(TransactionOperations<Connection> transactions, ConnectionOperations<Connection> connections) {
        this.transactions = transactions;
        this.connections = connections;
    }

    /** One unit of JDBC work. */
    @FunctionalInterface
    public interface Work<R> {
        R run(Connection connection, Vendor vendor) throws SQLException;
    }

    /** Runs {@code work} in a read-only transaction (or the caller's transaction). */
    public <R> R read(String what, Work<R> work) {
        return run(TransactionDefinition.READ_ONLY, what, work, false, false);
    }

    /** Runs {@code work} in a read-write transaction (or the caller's transaction). */
    public <R> R write(String what, Work<R> work) {
        return run(TransactionDefinition.DEFAULT, what, work, true, false);
    }

    /**
     * Runs {@code work} in a read-write transaction whose loss in a database crash is harmless
     * because the caller redoes it anyway: on PostgreSQL its commit does not wait for the WAL
     * flush ({@code synchronous_commit = off}, set for this transaction only). Such a commit is
     * visible to other sessions at once and never half-applied; a server crash can only forget
     * the last few hundred milliseconds of them, in commit order. Only when this call opens
     * the transaction: joined to a caller's transaction it must not weaken the caller's writes.
     */
    public <R> R writeRedoable(String what, Work<R> work) {
        return run(TransactionDefinition.DEFAULT, what, work, true, true);
    }

    /**
     * Runs {@code work} on a connection of its own in auto-commit mode, outside any
     * transaction: for the statements PostgreSQL refuses inside one ({@code VACUUM}).
     */
    public void runOutsideTransaction(String what, Work<?> work) {
        connections.execute(ConnectionDefinition.REQUIRES_NEW, status -> {
            Connection connection = status.getConnection();
            try {
                boolean autoCommit = connection.getAutoCommit();
                connection.setAutoCommit(true);
                try {
                    work.run(connection, vendorOf(connection));
                } finally {
                    connection.setAutoCommit(autoCommit);
                }
                return null;
            } catch (SQLException e) {
                throw new StoreException(what + " failed: " + e.getMessage(), e);
            }
        });
    }

    /** True when this thread is inside a transaction that a call here would join. */
    public boolean inCallerTransaction() {
        return transactions.findTransactionStatus().isPresent();
    }

    /** The product of the configured database, asked of the driver once. */
    public Vendor vendor() {
        Vendor v = vendor;
        return v != null ? v : read("detecting the database", (c, detected) -> detected);
    }

    private <R> R run(TransactionDefinition definition, String what, Work<R> work, boolean writes,
            boolean redoable) {
        return transactions.execute(definition, status -> {
            Connection connection = status.getConnection();
            try {
                Vendor v = vendorOf(connection);
                if (writes && v == Vendor.H2) {
                    setH2LockTimeoutOnce(connection);
                }
                if (redoable && v == Vendor.POSTGRES && status.isNewTransaction()) {
                    try (Statement s = connection.createStatement()) {
                        s.execute("SET LOCAL synchronous_commit TO OFF");
                    }
                }
                return work.run(connection, v);
            } catch (SQLException e) {
                throw new StoreException(what + " failed: " + e.getMessage(), e);
            }
        });
    }

    /**
     * Sets {@link #H2_LOCK_TIMEOUT_MILLIS} on the pooled connection behind {@code connection},
     * the first time it writes. Once only, and not per transaction: every SET statement in H2
     * empties the parsed-statement cache of every session, so each statement of the next
     * transactions was parsed again (a third of the embedded database's time in a crawl).
     */
    private void setH2LockTimeoutOnce(Connection connection) throws SQLException {
        // The pool and the transaction manager each wrap it; a fresh wrapper per transaction.
        Connection physical = connection.unwrap(org.h2.jdbc.JdbcConnection.class);
        if (h2LockTimeoutSet.containsKey(physical)) {
            return;
        }
        // Session setting, does not commit.
        try (Statement s = connection.createStatement()) {
            s.execute("SET LOCK_TIMEOUT " + H2_LOCK_TIMEOUT_MILLIS);
        }
        h2LockTimeoutSet.put(physical, Boolean.TRUE);
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
