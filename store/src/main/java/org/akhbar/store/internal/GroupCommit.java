package org.akhbar.store.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Lets concurrent writers share one transaction, and so one durable commit, instead of
 * queueing for a commit each.
 *
 * <p>Why: a write that must be durable waits for the database's log flush, and writes that
 * serialise on one row (the change feed's) wait for each other's flushes too, so their rate is
 * one per flush however many threads write. Here a writer queues its item and takes the write
 * lock; whoever holds it writes everything queued so far (up to {@code maxBatch}) in one
 * transaction, so items that arrive while a batch is being written go together in the next.
 * Alone, a writer writes its own item at once: a batch of one costs what a plain write did.
 *
 * <p>Contract: {@link #submit} returns when its item is committed, with that item's result, or
 * throws that item's exception. Items are written in the order they were queued. When a batch
 * fails, each of its items is written again in a transaction of its own, so one bad item fails
 * alone. Thread-safe.
 */
public final class GroupCommit<T, R> {
    private final int maxBatch;
    private final Function<List<T>, List<R>> writeBatch;
    private final ReentrantLock writing = new ReentrantLock();
    private final ConcurrentLinkedQueue<Pending<T, R>> queue = new ConcurrentLinkedQueue<>();

    /**
     * @param writeBatch writes the items in one transaction and returns one result per item, in
     *     order; it is never called by two threads at once
     */
    public GroupCommit(int maxBatch, Function<List<T>, List<R>> writeBatch) {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("maxBatch must be positive: " + maxBatch);
        }
        this.maxBatch = maxBatch;
        this.writeBatch = Objects.requireNonNull(writeBatch, "writeBatch");
    }

    /** Writes {@code item}, in a batch with whatever other threads are writing meanwhile. */
    public R submit(T item) {
        Pending<T, R> mine = new Pending<>(Objects.requireNonNull(item, "item"));
        queue.add(mine);
        writing.lock();
        try {
            // A batch written while this thread waited for the lock may have taken the item;
            // the lock orders that batch's outcome before this read.
            while (!mine.done) {
                write(drain());
            }
        } finally {
            writing.unlock();
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
        return mine.result;
    }

    /** Items queued and not yet taken into a batch. */
    int queued() {
        return queue.size();
    }

    private List<Pending<T, R>> drain() {
        List<Pending<T, R>> batch = new ArrayList<>();
        Pending<T, R> p;
        while (batch.size() < maxBatch && (p = queue.poll()) != null) {
            batch.add(p);
        }
        return batch;
    }

    private void write(List<Pending<T, R>> batch) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            List<R> results = writeBatch.apply(batch.stream().map(p -> p.item).toList());
            if (results.size() != batch.size()) {
                throw new IllegalStateException(results.size() + " results for " + batch.size() + " items");
            }
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).succeed(results.get(i));
            }
        } catch (RuntimeException batchFailure) {
            if (batch.size() == 1) {
                batch.get(0).fail(batchFailure);
                return;
            }
            // Nothing of the batch committed: write each alone, so each gets its own outcome.
            for (Pending<T, R> p : batch) {
                write(List.of(p));
            }
        }
    }

    private static final class Pending<T, R> {
        final T item;
        // Written and read under the write lock only.
        boolean done;
        R result;
        RuntimeException failure;

        Pending(T item) {
            this.item = item;
        }

        void succeed(R r) {
            result = r;
            done = true;
        }

        void fail(RuntimeException e) {
            failure = e;
            done = true;
        }
    }
}
