package org.akhbar.tools.bench.pipeline.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ClosedLoopLoadTest {
    @Test
    void countsEveryAnswerByStatusAndTheShedOnesByTheirHeaders() throws Exception {
        HttpServer server = HttpConnectionTest.TestServer.start();
        try {
            int port = server.getAddress().getPort();
            ClosedLoopLoad load = new ClosedLoopLoad(List.of("/fixed", "/shed", "/chunked", "/close"), Duration.ofMillis(50),
                    Duration.ofMillis(400), true);
            LoadResult r = load.run("test", 4, () -> new ApiClient("127.0.0.1", port));

            assertThat(r.errors()).isEmpty();
            assertThat(r.statuses()).containsOnlyKeys(200, 503);
            assertThat((long) r.accepted().count()).isEqualTo(r.statuses().get(200));
            assertThat(r.shed()).isEqualTo(r.statuses().get(503)).isPositive();
            assertThat(r.shedWithRetryAfter()).isEqualTo(r.shed());
            assertThat(r.shedAsProblem()).isEqualTo(r.shed());
            assertThat(r.calls()).isEqualTo(r.accepted().count() + r.shed());
            assertThat(r.perSecond()).isPositive();
        } finally {
            server.stop(0);
        }
    }

    @Test
    void callsWithoutAnAnswerAreErrorsAndTheClientsGoOn() throws InterruptedException {
        AtomicInteger calls = new AtomicInteger();
        ClosedLoopLoad load = new ClosedLoopLoad(List.of("a", "b"), Duration.ZERO, Duration.ofMillis(200), false);
        LoadResult r = load.run("test", 2, () -> new ClosedLoopLoad.Client() {
            @Override
            public ClosedLoopLoad.Reply call(String request) throws IOException {
                calls.incrementAndGet();
                if (request.equals("b")) {
                    throw new IOException("connection reset");
                }
                return new ClosedLoopLoad.Reply(404, false, true);
            }

            @Override
            public void close() {
            }
        });
        assertThat(r.errors()).containsOnlyKeys("IOException");
        assertThat(r.statuses()).containsOnlyKeys(404);
        assertThat(r.accepted().count()).isZero();
        assertThat(r.notAccepted()).isEqualTo(r.calls());
        assertThat(calls.get()).isGreaterThanOrEqualTo((int) r.calls());
    }
}
