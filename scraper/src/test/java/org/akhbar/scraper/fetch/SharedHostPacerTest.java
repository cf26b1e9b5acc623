package org.akhbar.scraper.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

class SharedHostPacerTest {
    /** A schedule answering claims with {@code answer} and recording what it was asked. */
    private static final class Schedule implements SharedHostPacer.SlotStore {
        final List<Instant> claims = new ArrayList<>();
        final List<Instant> releases = new ArrayList<>();
        final BiFunction<Instant, Duration, SharedHostPacer.Claim> answer;

        Schedule(BiFunction<Instant, Duration, SharedHostPacer.Claim> answer) {
            this.answer = answer;
        }

        @Override
        public synchronized SharedHostPacer.Claim claim(String hostKey, Duration hold) {
            Instant now = Instant.now();
            claims.add(now);
            return answer.apply(now, hold);
        }

        @Override
        public synchronized void release(String hostKey, Instant heldUntil, Duration delay) {
            releases.add(heldUntil);
        }
    }

    @Test
    void aZeroDelayAsksNothingOfTheSharedSchedule() throws InterruptedException {
        Schedule schedule = new Schedule((now, hold) -> new SharedHostPacer.Claim(true, now.plus(hold)));
        SharedHostPacer pacer = new SharedHostPacer(schedule);

        pacer.await("http://wadi.example:80", Duration.ZERO);
        pacer.done("http://wadi.example:80", Duration.ZERO);

        assertThat(schedule.claims).isEmpty();
        assertThat(schedule.releases).isEmpty();
        assertThat(pacer.nextFree("http://wadi.example:80")).isEqualTo(Instant.MIN);
    }

    @Test
    void aRefusedClaimSleepsUntilTheSlotFreesAndClaimsAgain() throws InterruptedException {
        Instant busyUntil = Instant.now().plusMillis(150);
        Schedule schedule = new Schedule((now, hold) -> now.isBefore(busyUntil)
                ? new SharedHostPacer.Claim(false, busyUntil) : new SharedHostPacer.Claim(true, now.plus(hold)));
        SharedHostPacer pacer = new SharedHostPacer(schedule);

        pacer.await("http://wadi.example:80", Duration.ofMillis(100));

        assertThat(schedule.claims).hasSizeGreaterThanOrEqualTo(2);
        assertThat(schedule.claims.getLast()).isAfterOrEqualTo(busyUntil);
    }

    @Test
    void aHostHeldByARequestInFlightIsAskedForAgainAfterTheDelayNotAtTheHoldsEnd() throws InterruptedException {
        Instant releasedAt = Instant.now().plusMillis(120);
        Schedule schedule = new Schedule((now, hold) -> now.isBefore(releasedAt)
                ? new SharedHostPacer.Claim(false, now.plus(SharedHostPacer.HOLD)) : new SharedHostPacer.Claim(true, now.plus(hold)));
        SharedHostPacer pacer = new SharedHostPacer(schedule);

        pacer.await("http://wadi.example:80", Duration.ofMillis(50));

        assertThat(schedule.claims.getLast()).isBefore(releasedAt.plus(SharedHostPacer.HOLD).minusSeconds(60));
        assertThat(schedule.claims).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void aGrantedClaimHoldsTheHostUntilTheAnswerReleasesIt() throws InterruptedException {
        Schedule schedule = new Schedule((now, hold) -> new SharedHostPacer.Claim(true, now.plus(hold)));
        SharedHostPacer pacer = new SharedHostPacer(schedule);

        pacer.await("http://wadi.example:80", Duration.ofMillis(100));
        Instant held = schedule.claims.getFirst().plus(Duration.ofMillis(100)).plus(SharedHostPacer.HOLD);
        Instant answered = Instant.now();
        pacer.done("http://wadi.example:80", Duration.ofMillis(100));
        pacer.done("http://wadi.example:80", Duration.ofMillis(100));

        assertThat(schedule.releases).containsExactly(held);
        assertThat(pacer.nextFree("http://wadi.example:80")).isAfterOrEqualTo(answered.plusMillis(100));
    }
}
