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
            return new SharedHostPacer.Claim(true, Instant.now());
        });

        pacer.await("http://wadi.example:80", Duration.ZERO);

        assertThat(asked).isEmpty();
        assertThat(pacer.nextFree("http://wadi.example:80")).isEqualTo(Instant.MIN);
    }

    @Test
    void aRefusedClaimSleepsUntilTheSlotFreesAndClaimsAgain() throws InterruptedException {
        Instant busyUntil = Instant.now().plusMillis(150);
        List<Instant> claims = new ArrayList<>();
        SharedHostPacer pacer = new SharedHostPacer((host, delay) -> {
            Instant now = Instant.now();
            claims.add(now);
            return now.isBefore(busyUntil) ? new SharedHostPacer.Claim(false, busyUntil)
                    : new SharedHostPacer.Claim(true, now.plus(delay));
        });

        pacer.await("http://wadi.example:80", Duration.ofMillis(100));

        assertThat(claims).hasSizeGreaterThanOrEqualTo(2);
        assertThat(claims.getLast()).isAfterOrEqualTo(busyUntil);
        assertThat(pacer.nextFree("http://wadi.example:80")).isAfterOrEqualTo(busyUntil.plusMillis(100));
    }
}
