package org.akhbar.scraper.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SharedHostPacerTest {
    @Test
    void aZeroDelayAsksNothingOfTheSharedSchedule() throws InterruptedException {
        List<String> asked = new ArrayList<>();
        SharedHostPacer pacer = new SharedHostPacer((host, delay) -> {
            asked.add(host);
            return Instant.now();
        });

        pacer.await("http://wadi.example:80", Duration.ZERO);

        assertThat(asked).isEmpty();
        assertThat(pacer.nextFree("http://wadi.example:80")).isEqualTo(Instant.MIN);
    }

    @Test
    void aRequestWaitsForTheSlotTheScheduleGaveAndRemembersItsEnd() throws InterruptedException {
        Instant slot = Instant.now().plusMillis(150);
        SharedHostPacer pacer = new SharedHostPacer((host, delay) -> slot);

        long started = System.nanoTime();
        pacer.await("http://wadi.example:80", Duration.ofMillis(100));

        assertThat(Instant.now()).isAfterOrEqualTo(slot);
        assertThat(System.nanoTime() - started).isGreaterThanOrEqualTo(Duration.ofMillis(100).toNanos());
        assertThat(pacer.nextFree("http://wadi.example:80")).isEqualTo(slot.plusMillis(100));
    }
}
