package org.akhbar.indexer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.akhbar.domain.Article;

/**
 * Threads that apply articles to the index without waiting for each other between batches.
 *
 * <p>Why: splitting each batch over the threads and waiting for all of them before the next
 * left every thread idle whenever its share ran shorter than another's, a tenth of the
 * indexing time on two cores. Here each thread works through a queue of its own, and the
 * threads only meet when the indexer needs everything applied: at a commit ({@link #await}).
 *
 * <p>Contract: the articles of one id always go to the same thread, in the order submitted,
 * so the last change of an article is applied last. {@link #submit} blocks while that thread
 * has {@code capacity} articles waiting. A failure of {@code apply} on any thread is thrown
 * from the next {@link #submit} or {@link #await}; the threads then stop applying. Not
 * thread-safe: one thread submits and awaits.
 */
final class Appliers implements AutoCloseable {
    /** What a thread takes from its queue: an article, or a meeting point. */
    private sealed interface Task permits Apply, Meet {}

    private record Apply(Article article) implements Task {}

    private record Meet(Runnable beforeArriving, CountDownLatch arrived) implements Task {}

    private final List<BlockingQueue<Task>> queues = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

    /**
     * @param apply applies one article; a {@link RuntimeException} it throws stops the threads
     */
    Appliers(int count, int capacity, Consumer<Article> apply) {
        for (int i = 0; i < count; i++) {
            BlockingQueue<Task> queue = new ArrayBlockingQueue<>(capacity);
            queues.add(queue);
            Thread t = Thread.ofPlatform().name("index-applier-" + i).daemon().unstarted(() -> work(queue, apply));
            threads.add(t);
            t.start();
        }
    }

    private void work(BlockingQueue<Task> queue, Consumer<Article> apply) {
        try {
            while (true) {
                switch (queue.take()) {
                    case Apply a -> {
                        if (failure.get() == null) {
                            try {
                                apply.accept(a.article());
                            } catch (RuntimeException e) {
                                failure.compareAndSet(null, e);
                            }
                        }
                    }
                    case Meet m -> {
                        try {
                            if (failure.get() == null) {
                                m.beforeArriving().run();
                            }
                        } catch (RuntimeException e) {
                            failure.compareAndSet(null, e);
                        } finally {
                            m.arrived().countDown();
                        }
                    }
                }
            }
        } catch (InterruptedException e) {
            // Closed.
        }
    }

    /** Hands the articles to their threads, by id. */
    void submit(List<Article> articles) throws InterruptedException {
        throwIfFailed();
        for (Article a : articles) {
            queues.get(Math.floorMod(a.id().value().hashCode(), queues.size())).put(new Apply(a));
        }
    }

    /**
     * Waits until every thread has applied everything submitted before, each then running
     * {@code onEachThread} (on its own thread, at the same time as the others).
     */
    void await(Runnable onEachThread) throws InterruptedException {
        CountDownLatch arrived = new CountDownLatch(queues.size());
        for (BlockingQueue<Task> q : queues) {
            q.put(new Meet(onEachThread, arrived));
        }
        arrived.await();
        throwIfFailed();
    }

    private void throwIfFailed() {
        RuntimeException e = failure.get();
        if (e != null) {
            throw e;
        }
    }

    /** Stops the threads; what they had not applied yet is dropped. */
    @Override
    public void close() {
        threads.forEach(Thread::interrupt);
        boolean interrupted = false;
        for (Thread t : threads) {
            while (t.isAlive()) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
