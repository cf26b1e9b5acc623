package org.akhbar.api.search;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.akhbar.api.error.SearchOverloadedException;

/**
 * Lets at most {@code concurrency} searches run at once. A search that finds every slot busy
 * waits in a first-come, first-served line of at most {@code queue} searches, for at most
 * {@code maxWait}; one that finds the line full, or waits that long, is turned away with a
 * {@link SearchOverloadedException} (503 and {@code Retry-After}).
 *
 * <p>Why: a search is CPU work. Unbounded, fifty searches at once on two cores each take
 * twenty-five times as long as one alone, and with the scheduler picking freely among them
 * some wait for seconds. Running about one search per core and queueing the rest in order of
 * arrival keeps each search as fast as alone; the wait in line is then the only thing that
 * grows with load, and the line's bounds cap it.
 *
 * <p>Admitted searches run on {@code concurrency} platform threads of the gate's own, not on
 * the caller's thread: Lucene's analyzers keep their token streams per thread, so a fresh
 * (virtual) thread per request would rebuild them on every search. Thread-safe.
 */
public final class SearchGate implements AutoCloseable {
    /** One search: the work the gate admits. */
    @FunctionalInterface
    public interface Search<T> {
        T run() throws IOException;
    }

    private final int concurrency;
    private final int queue;
    private final Duration maxWait;
    private final Duration retryAfter;
    // Fair: waiting searches get a slot in the order they asked for one.
    private final Semaphore slots;
    // Searches running or waiting; bounded by concurrency + queue.
    private final AtomicInteger inside = new AtomicInteger();
    private final AtomicLong turnedAwayFull = new AtomicLong();
    private final AtomicLong turnedAwayWaited = new AtomicLong();
    private final ExecutorService workers;

    /**
     * A gate of {@code concurrency} slots and a line of {@code queue}; searches run on its
     * own platform threads when {@code ownThreads}, else on the caller's thread.
     */
    public SearchGate(int concurrency, int queue, Duration maxWait, Duration retryAfter, boolean ownThreads) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1; got " + concurrency);
        }
        if (queue < 0) {
            throw new IllegalArgumentException("queue must not be negative; got " + queue);
        }
        if (maxWait.isNegative()) {
            throw new IllegalArgumentException("maxWait must not be negative; got " + maxWait);
        }
        this.concurrency = concurrency;
        this.queue = queue;
        this.maxWait = maxWait;
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
        this.slots = new Semaphore(concurrency, true);
        AtomicInteger n = new AtomicInteger();
        this.workers = ownThreads
                ? Executors.newFixedThreadPool(concurrency,
                        r -> Thread.ofPlatform().daemon(true).name("search-" + n.incrementAndGet()).unstarted(r))
                : null;
    }

    /**
     * Runs {@code search} once a slot is free and returns its result; throws what it throws.
     *
     * @throws SearchOverloadedException when the line is full or the wait reached {@code maxWait}
     */
    public <T> T run(Search<T> search) throws IOException {
        if (inside.incrementAndGet() > concurrency + queue) {
            inside.decrementAndGet();
            turnedAwayFull.incrementAndGet();
            throw new SearchOverloadedException(retryAfter);
        }
        boolean admitted;
        try {
            // The timed acquire keeps the line's order; the untimed tryAcquire() would jump it.
            admitted = slots.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            inside.decrementAndGet();
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for a search slot");
        }
        if (!admitted) {
            inside.decrementAndGet();
            turnedAwayWaited.incrementAndGet();
            throw new SearchOverloadedException(retryAfter);
        }
        try {
            return workers == null ? search.run() : onWorker(search);
        } finally {
            slots.release();
            inside.decrementAndGet();
        }
    }

    private <T> T onWorker(Search<T> search) throws IOException {
        Future<T> result = workers.submit(search::run);
        try {
            return result.get();
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while searching");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Searches running now. */
    public int running() {
        return concurrency - slots.availablePermits();
    }

    /** Searches waiting in line now (an estimate while threads come and go). */
    public int waiting() {
        return slots.getQueueLength();
    }

    /** Searches turned away because the line was full, since start. */
    public long turnedAwayFull() {
        return turnedAwayFull.get();
    }

    /** Searches turned away after waiting {@code maxWait}, since start. */
    public long turnedAwayWaited() {
        return turnedAwayWaited.get();
    }

    public int concurrency() {
        return concurrency;
    }

    @Override
    public void close() {
        if (workers != null) {
            workers.shutdownNow();
        }
    }
}
