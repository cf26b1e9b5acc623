package org.akhbar.store;

/** What an upsert did, and the article's place in the change feed afterwards. */
public record UpsertResult(Status status, long seq) {
    /** INSERTED and UPDATED took a new seq; UNCHANGED kept the old one. */
    public enum Status { INSERTED, UPDATED, UNCHANGED }
}
