package org.akhbar.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    @Test
    void aLoneWriterWritesItsItemAtOnceInABatchOfOne() {
        List<List<String>> batches = new ArrayList<>();
        GroupCommit<String, Integer> commit = new GroupCommit<>(8, items -> {
            batches.add(items);
            return items.stream().map(String::length).toList();
        });

        assertThat(commit.submit("خبر")).isEqualTo(3);
        assertThat(batches).containsExactly(List.of("خبر"));
    }

    /**
     * While the first batch is being written, the other writers queue; the next holder of the
     * lock writes all of them together, and every writer gets its own item's result.
     */
    @Test
    void writersThatArriveDuringAWriteShareTheNextBatch() throws Exception {
        int writers = 6;
        FirstBatchHeld<Integer> held = new FirstBatchHeld<>();
        GroupCommit<Integer, Integer> commit = new GroupCommit<>(64,
                held.around(items -> items.stream().map(i -> i * 10).toList()));
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            Future<Integer> first = pool.submit(() -> commit.submit(0));
            held.started.await();
            List<Future<Integer>> rest = new ArrayList<>();
            for (int i = 1; i < writers; i++) {
                int item = i;
                rest.add(pool.submit(() -> commit.submit(item)));
            }
            // Every other writer has queued its item before the first batch ends.
            while (commit.queued() < writers - 1) {
                Thread.onSpinWait();
            }
            held.release.countDown();

            assertThat(first.get()).isZero();
            for (int i = 1; i < writers; i++) {
                assertThat(rest.get(i - 1).get()).isEqualTo(i * 10);
            }
            assertThat(held.batches).hasSize(2);
            assertThat(held.batches.get(0)).containsExactly(0);
            assertThat(held.batches.get(1)).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aBatchIsNeverLargerThanTheLimit() throws Exception {
        int writers = 10;
        CountDownLatch release = new CountDownLatch(1);
        List<Integer> sizes = Collections.synchronizedList(new ArrayList<>());
        GroupCommit<Integer, Integer> commit = new GroupCommit<>(3, items -> {
            sizes.add(items.size());
            await(release);
            return items;
        });
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Integer>> all = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                int item = i;
                all.add(pool.submit(() -> commit.submit(item)));
            }
            while (sizes.isEmpty() || commit.queued() < writers - sizes.get(0)) {
                Thread.onSpinWait();
            }
            release.countDown();
            for (int i = 0; i < writers; i++) {
                assertThat(all.get(i).get()).isEqualTo(i);
            }
            assertThat(sizes).allSatisfy(size -> assertThat(size).isBetween(1, 3));
            assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(writers);
        } finally {
            pool.shutdownNow();
        }
    }

    /** One bad item must not fail the items that happened to share its transaction. */
    @Test
    void aFailedBatchIsRetriedItemByItemSoOnlyTheBadItemFails() throws Exception {
        FirstBatchHeld<String> held = new FirstBatchHeld<>();
        GroupCommit<String, String> commit = new GroupCommit<>(64, held.around(items -> {
            if (items.contains("سيئ")) {
                throw new IllegalStateException("rejected: سيئ");
            }
            return items.stream().map(s -> s + "!").toList();
        }));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Future<String> first = pool.submit(() -> commit.submit("أول"));
            held.started.await();
            Future<String> good = pool.submit(() -> commit.submit("جيد"));
            Future<String> bad = pool.submit(() -> commit.submit("سيئ"));
            Future<String> alsoGood = pool.submit(() -> commit.submit("حسن"));
            while (commit.queued() < 3) {
                Thread.onSpinWait();
            }
            held.release.countDown();

            assertThat(first.get()).isEqualTo("أول!");
            assertThat(good.get()).isEqualTo("جيد!");
            assertThat(alsoGood.get()).isEqualTo("حسن!");
            assertThatThrownBy(bad::get).hasCauseInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("rejected: سيئ");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aWriterGetsItsOwnItemsFailure() {
        GroupCommit<String, String> commit = new GroupCommit<>(4, items -> {
            throw new IllegalArgumentException("no");
        });
        assertThatThrownBy(() -> commit.submit("x")).isInstanceOf(IllegalArgumentException.class).hasMessage("no");
    }

    /**
     * Wraps a batch writer so that the first batch, once started, waits until the test
     * releases it: the other writers queue meanwhile. Records every batch written.
     */
    private static final class FirstBatchHeld<T> {
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final List<List<T>> batches = Collections.synchronizedList(new ArrayList<>());

        <R> Function<List<T>, List<R>> around(Function<List<T>, List<R>> write) {
            return items -> {
                batches.add(items);
                if (batches.size() == 1) {
                    started.countDown();
                    await(release);
                }
                return write.apply(items);
            };
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
