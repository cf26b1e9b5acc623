package org.akhbar.tools.bench.pipeline.api;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.akhbar.tools.bench.search.Latencies;

/**
 * A closed-loop load generator: {@code n} clients, each sending its next request as soon as
 * the previous one is answered, the requests taken round-robin from one list, each client
 * from its own offset. It runs for a warm-up, whose calls are dropped, and then for a
 * measured window; a call counts when it both started and ended in the window. Every call's
 * time is kept. Clients run on virtual threads when they wait on the network, on platform
 * threads when they compute.
 */
public final class ClosedLoopLoad {
    private static final long ONE_SECOND = 1_000_000_000L;

    /** One client's way of making a call; used by one thread. */
    public interface Client extends AutoCloseable {
        Reply call(String request) throws IOException;

        @Override
        void close();
    }

    /**
     * What a call got back.
     *
     * @param retryAfter whether the answer said when to come back
     * @param problemJson whether its body was {@code application/problem+json}
     */
    public record Reply(int status, boolean retryAfter, boolean problemJson) {
        public static final Reply OK = new Reply(200, false, false);
    }

    private final List<String> requests;
    private final Duration warmUp;
    private final Duration window;
    private final boolean virtualThreads;

    public ClosedLoopLoad(List<String> requests, Duration warmUp, Duration window, boolean virtualThreads) {
        if (requests.isEmpty()) {
            throw new IllegalArgumentException("no requests to send");
        }
        this.requests = List.copyOf(requests);
        this.warmUp = warmUp;
        this.window = window;
        this.virtualThreads = virtualThreads;
    }

    private volatile long windowStart = Long.MAX_VALUE;
    private volatile long windowEnd = Long.MAX_VALUE;
    private volatile boolean stopping;

    /** Runs {@code clients} clients made by {@code clientFactory} and returns what the window saw. */
    public LoadResult run(String label, int clients, Supplier<Client> clientFactory) throws InterruptedException {
        windowStart = Long.MAX_VALUE;
        windowEnd = Long.MAX_VALUE;
        stopping = false;
        List<Tally> tallies = new ArrayList<>(clients);
        List<Thread> threads = new ArrayList<>(clients);
        Thread.Builder builder = virtualThreads ? Thread.ofVirtual() : Thread.ofPlatform().daemon(true);
        for (int c = 0; c < clients; c++) {
            Tally tally = new Tally();
            tallies.add(tally);
            int offset = (int) ((long) c * requests.size() / clients);
            threads.add(builder.name("load-" + c).start(() -> loop(clientFactory, offset, tally)));
        }
        Thread.sleep(warmUp);
        long start = System.nanoTime();
        windowStart = start;
        Thread.sleep(window);
        long end = System.nanoTime();
        windowEnd = end;
        stopping = true;
        for (Thread t : threads) {
            t.join();
        }
        Tally all = new Tally();
        tallies.forEach(all::add);
        return all.result(label, clients, (end - start) / 1e9);
    }

    private void loop(Supplier<Client> clientFactory, int offset, Tally tally) {
        try (Client client = clientFactory.get()) {
            for (int i = offset; !stopping; i = (i + 1) % requests.size()) {
                long t0 = System.nanoTime();
                Reply reply = null;
                String error = null;
                try {
                    reply = client.call(requests.get(i));
                } catch (IOException | RuntimeException e) {
                    error = e.getClass().getSimpleName();
                }
                long t1 = System.nanoTime();
                if (t0 >= windowStart && t1 <= windowEnd) {
                    tally.count(reply, error, t1 - t0);
                }
                if (error != null) {
                    pauseAfterError();
                }
            }
        }
    }

    // A refused or broken connection fails at once; without a pause the client would spin.
    private static void pauseAfterError() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One client's counts, merged at the end. */
    private static final class Tally {
        final Latencies accepted = new Latencies();
        final Map<Integer, Long> statuses = new TreeMap<>();
        final Map<String, Long> errors = new TreeMap<>();
        long calls;
        long overOneSecond;
        long longestNanos;
        long shed;
        long shedWithRetryAfter;
        long shedAsProblem;

        void count(Reply reply, String error, long nanos) {
            calls++;
            longestNanos = Math.max(longestNanos, nanos);
            if (nanos > ONE_SECOND) {
                overOneSecond++;
            }
            if (error != null) {
                errors.merge(error, 1L, Long::sum);
                return;
            }
            statuses.merge(reply.status(), 1L, Long::sum);
            if (reply.status() >= 200 && reply.status() < 300) {
                accepted.add(nanos);
            } else if (reply.status() == 503) {
                shed++;
                shedWithRetryAfter += reply.retryAfter() ? 1 : 0;
                shedAsProblem += reply.problemJson() ? 1 : 0;
            }
        }

        void add(Tally t) {
            accepted.addAll(t.accepted);
            t.statuses.forEach((k, v) -> statuses.merge(k, v, Long::sum));
            t.errors.forEach((k, v) -> errors.merge(k, v, Long::sum));
            calls += t.calls;
            overOneSecond += t.overOneSecond;
            longestNanos = Math.max(longestNanos, t.longestNanos);
            shed += t.shed;
            shedWithRetryAfter += t.shedWithRetryAfter;
            shedAsProblem += t.shedAsProblem;
        }

        LoadResult result(String label, int clients, double seconds) {
            return new LoadResult(label, clients, seconds, calls, accepted, Map.copyOf(statuses), Map.copyOf(errors),
                    overOneSecond, longestNanos / 1e6, shed, shedWithRetryAfter, shedAsProblem);
        }
    }
}
