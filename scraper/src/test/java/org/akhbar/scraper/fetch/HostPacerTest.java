package org.akhbar.scraper.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HostPacerTest {

    @Test
    void secondRequestToTheSameHostWaitsForTheDelay() throws Exception {
        HostPacer pacer = new HostPacer();
        Duration delay = Duration.ofMillis(200);

        long start = System.nanoTime();
        pacer.await("http://a:80", delay);
        pacer.await("http://a:80", delay);
        long elapsed = System.nanoTime() - start;

        assertThat(Duration.ofNanos(elapsed)).isGreaterThanOrEqualTo(delay);
    }

    @Test
    void otherHostsDoNotWait() throws Exception {
        HostPacer pacer = new HostPacer();
        Duration delay = Duration.ofHours(1);

        long start = System.nanoTime();
        pacer.await("http://a:80", delay);
        pacer.await("http://b:80", delay);
        pacer.await("http://c:80", delay);
        long elapsed = System.nanoTime() - start;

        assertThat(Duration.ofNanos(elapsed)).isLessThan(delay);
    }
}
