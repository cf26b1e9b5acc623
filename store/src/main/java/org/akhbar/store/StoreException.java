package org.akhbar.store;

/**
 * A database operation of the store failed. The transaction it ran in has been rolled back;
 * the cause is the driver's {@link java.sql.SQLException}.
 */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
