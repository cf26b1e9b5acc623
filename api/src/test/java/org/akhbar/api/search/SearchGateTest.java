package org.akhbar.api.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.akhbar.api.error.ProblemType;
import org.akhbar.api.error.SearchOverloadedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The gate's rules, driven by searches that block until the test lets them finish: no test
 * depends on how fast anything runs, only on who got in, in which order, and who was turned away.
 */
class SearchGateTest {
    private static final Duration LONG_WAIT = Duration.ofMinutes(10);
    private static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    private final List<Thread> threads = new ArrayList<>();
    private SearchGate gate;

    @AfterEach
    void stop() throws InterruptedException {
        for (Thread t : threads) {
            t.interrupt();
            t.join();
        }
        if (gate != null) {
            gate.close();
        }
    }

    /** A search that records its name, then holds its slot until released. */
    private static final class HeldSearch implements SearchGate.Search<String> {
        final String name;
        final List<String> log;
        final CountDownLatch release = new CountDownLatch(1);
        final CountDownLatch started = new CountDownLatch(1);

        HeldSearch(String name, List<String> log) {
            this.name = name;
            this.log = log;
        }

        @Override
        public String run() throws IOException {
            log.add(name);
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted");
            }
            return name;
        }
    }

    private Thread submit(SearchGate.Search<String> search, AtomicReference<Object> outcome) {
        Thread t = Thread.ofPlatform().start(() -> {
            try {
                outcome.set(gate.run(search));
            } catch (IOException | RuntimeException e) {
                outcome.set(e);
            }
        });
        threads.add(t);
        return t;
    }

    private static void awaitThat(BooleanSupplier condition) throws InterruptedException {
        while (!condition.getAsBoolean()) {
            Thread.sleep(1);
        }
    }

    @ParameterizedTest(name = "own threads: {0}")
    @ValueSource(booleans = {true, false})
    void waitingSearchesGetTheSlotInTheOrderTheyArrived(boolean ownThreads) throws Exception {
        gate = new SearchGate(1, 10, LONG_WAIT, RETRY_AFTER, ownThreads);
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        HeldSearch first = new HeldSearch("first", log);
        submit(first, new AtomicReference<>());
        first.started.await();
        List<HeldSearch> waiting = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            HeldSearch s = new HeldSearch("waiter-" + i, log);
            s.release.countDown(); // each finishes as soon as it runs
            waiting.add(s);
            submit(s, new AtomicReference<>());
            int expected = i;
            awaitThat(() -> gate.waiting() == expected);
        }

        first.release.countDown();
        for (Thread t : threads) {
            t.join();
        }

        assertThat(log).containsExactly("first", "waiter-1", "waiter-2", "waiter-3", "waiter-4", "waiter-5",
                "waiter-6");
    }

    @Test
    void noMoreThanConcurrencySearchesRunAtOnce() throws Exception {
        gate = new SearchGate(2, 10, LONG_WAIT, RETRY_AFTER, true);
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        List<HeldSearch> searches = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            HeldSearch s = new HeldSearch("s" + i, log);
            searches.add(s);
            submit(s, new AtomicReference<>());
        }
        // The gate counts a search as running just before its body logs it: wait for both.
        awaitThat(() -> gate.running() == 2 && gate.waiting() == 1 && log.size() == 2);

        assertThat(gate.running()).isEqualTo(2);
        assertThat(log).hasSize(2);
        searches.forEach(s -> s.release.countDown());
        for (Thread t : threads) {
            t.join();
        }
        assertThat(log).hasSize(3);
        assertThat(gate.running()).isZero();
    }

    @Test
    void aSearchBeyondAFullLineIsTurnedAwayAtOnceWithRetryAfter() throws Exception {
        gate = new SearchGate(1, 1, LONG_WAIT, RETRY_AFTER, true);
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        HeldSearch running = new HeldSearch("running", log);
        submit(running, new AtomicReference<>());
        running.started.await();
        AtomicReference<Object> queued = new AtomicReference<>();
        HeldSearch inLine = new HeldSearch("in line", log);
        inLine.release.countDown();
        submit(inLine, queued);
        awaitThat(() -> gate.waiting() == 1);

        assertThatThrownBy(() -> gate.run(() -> "one too many"))
                .isInstanceOfSatisfying(SearchOverloadedException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.SEARCH_OVERLOADED);
                    assertThat(e.type().status().getCode()).isEqualTo(503);
                    assertThat(e.retryAfter()).contains(RETRY_AFTER);
                });
        assertThat(gate.turnedAwayFull()).isEqualTo(1);

        running.release.countDown();
        for (Thread t : threads) {
            t.join();
        }
        assertThat(queued.get()).isEqualTo("in line");
    }

    @Test
    void aSearchThatWaitedTheMaximumIsTurnedAwayAndLeavesTheLine() throws Exception {
        gate = new SearchGate(1, 10, Duration.ZERO, RETRY_AFTER, true);
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        HeldSearch running = new HeldSearch("running", log);
        submit(running, new AtomicReference<>());
        running.started.await();

        assertThatThrownBy(() -> gate.run(() -> "too late")).isInstanceOf(SearchOverloadedException.class);
        assertThat(gate.turnedAwayWaited()).isEqualTo(1);
        assertThat(gate.waiting()).isZero();

        running.release.countDown();
        threads.getFirst().join();
        assertThat(gate.run(() -> "after")).isEqualTo("after");
    }

    @Test
    void aLineOfZeroStillAdmitsWhileASlotIsFree() throws IOException {
        gate = new SearchGate(1, 0, Duration.ZERO, RETRY_AFTER, true);

        assertThat(gate.run(() -> "alone")).isEqualTo("alone");
        assertThat(gate.run(() -> "next")).isEqualTo("next");
    }

    @ParameterizedTest(name = "own threads: {0}")
    @ValueSource(booleans = {true, false})
    void aFailingSearchThrowsItsOwnExceptionAndFreesItsSlot(boolean ownThreads) throws IOException {
        gate = new SearchGate(1, 0, Duration.ZERO, RETRY_AFTER, ownThreads);

        assertThatThrownBy(() -> gate.run(() -> {
            throw new IOException("disk");
        })).isInstanceOf(IOException.class).hasMessage("disk");
        assertThatThrownBy(() -> gate.run(() -> {
            throw new IllegalStateException("bug");
        })).isInstanceOf(IllegalStateException.class).hasMessage("bug");

        assertThat(gate.run(() -> "still open")).isEqualTo("still open");
        assertThat(gate.running()).isZero();
    }

    @Test
    void searchesRunOnTheGatesOwnPlatformThreadsWhenAskedTo() throws IOException {
        gate = new SearchGate(1, 0, Duration.ZERO, RETRY_AFTER, true);

        Thread worker = gate.run(Thread::currentThread);

        assertThat(worker).isNotSameAs(Thread.currentThread());
        assertThat(worker.isVirtual()).isFalse();
        assertThat(worker.getName()).startsWith("search-");
        assertThat(gate.run(Thread::currentThread)).as("the same worker is reused").isSameAs(worker);
    }

    @Test
    void invalidSettingsAreRefused() {
        assertThatThrownBy(() -> new SearchGate(0, 1, LONG_WAIT, RETRY_AFTER, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("concurrency");
        assertThatThrownBy(() -> new SearchGate(1, -1, LONG_WAIT, RETRY_AFTER, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("queue");
        assertThatThrownBy(() -> new SearchGate(1, 1, Duration.ofMillis(-1), RETRY_AFTER, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxWait");
    }
}
