package org.akhbar.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    /** A clock the test moves by hand. */
    private static final class HandClock implements InstantSource {
        Instant now = T0;

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void theStatusLineGivesDoneOverTotalRateTimeLeftAndOutcomes() {
        HandClock clock = new HandClock();
        Progress p = Progress.manual("crawl", 1000, clock, line -> {});
        for (int i = 0; i < 200; i++) {
            p.step(i % 10 == 0 ? "skipped" : "stored");
        }
        clock.now = T0.plusSeconds(10);

        assertThat(p.status()).isEqualTo("crawl: 200/1000 (20.0%), 20.0/s, 40s left; skipped 20, stored 180");
        assertThat(p.outcomes()).isEqualTo(Map.of("skipped", 20L, "stored", 180L));
    }

    @Test
    void aGrowingTotalMovesTheTimeLeft() {
        HandClock clock = new HandClock();
        Progress p = Progress.manual("crawl", 100, clock, line -> {});
        for (int i = 0; i < 50; i++) {
            p.step();
        }
        clock.now = T0.plusSeconds(5);
        p.total(10_050);

        assertThat(p.status()).isEqualTo("crawl: 50/10050 (0.5%), 10.0/s, 16m40s left");
    }

    @Test
    void anUnknownTotalShowsOnlyWhatIsDoneAndTheRate() {
        HandClock clock = new HandClock();
        Progress p = Progress.manual("index", 0, clock, line -> {});
        p.step("indexed");
        clock.now = T0.plusSeconds(2);

        assertThat(p.status()).isEqualTo("index: 1, 0.5/s; indexed 1");
    }

    @Test
    void moreDoneThanTheTotalNeverShowsOverAHundredPercent() {
        HandClock clock = new HandClock();
        Progress p = Progress.manual("crawl", 2, clock, line -> {});
        p.step();
        p.step();
        p.step();
        clock.now = T0.plusSeconds(1);

        assertThat(p.status()).startsWith("crawl: 3/3 (100.0%), 3.0/s");
    }

    @Test
    void closingWritesAFinalLineOnceAndTicksAfterwardsAreIgnored() {
        HandClock clock = new HandClock();
        List<String> lines = new ArrayList<>();
        Progress p = Progress.manual("crawl", 1, clock, lines::add);
        p.step("stored");
        clock.now = T0.plusSeconds(1);

        p.tick();
        p.close();
        p.close();
        p.tick();

        assertThat(lines).containsExactly("crawl: 1/1 (100.0%), 1.0/s; stored 1", "crawl: 1/1 (100.0%), 1.0/s; stored 1");
    }

    @Test
    void theLineDisplayLogsOnItsOwnEveryInterval() throws InterruptedException {
        List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (Progress p = Progress.every("probe", 10, Duration.ofMillis(20), lines::add)) {
            p.step("stored");
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (lines.size() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        }
        assertThat(lines.size()).isGreaterThanOrEqualTo(2);
        assertThat(lines.getFirst()).startsWith("probe: ");
    }

    @Test
    void durationsReadAsSecondsMinutesOrHours() {
        assertThat(Progress.format(Duration.ofSeconds(59))).isEqualTo("59s");
        assertThat(Progress.format(Duration.ofSeconds(61))).isEqualTo("1m01s");
        assertThat(Progress.format(Duration.ofSeconds(3 * 3600 + 5 * 60))).isEqualTo("3h05m");
    }
}
