package org.akhbar.scraper.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.akhbar.domain.Source;
import org.junit.jupiter.api.Test;

class HostTurnsTest {
    private static Source source(String id, String homepage) {
        return new Source(id, id, URI.create(homepage), List.of(), List.of(), List.of(), null);
    }

    private static final Source WADI = source("wadi", "http://wadi.example/");
    private static final Source SAHIL = source("sahil", "http://sahil.example/");
    private static final Source MADINA = source("madina", "http://madina.example/");

    @Test
    void consecutiveTurnsGoToEveryFreeHostBeforeAnyHostComesAgain() {
        HostTurns turns = new HostTurns(List.of(WADI, SAHIL, MADINA), Duration.ofSeconds(1), host -> Instant.MIN);

        List<String> firstRound = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            firstRound.add(turns.next().orElseThrow().id());
        }

        assertThat(firstRound).containsExactlyInAnyOrder("wadi", "sahil", "madina");
    }

    @Test
    void aHostThePacerKnowsBusyWaitsBehindFreeOnes() {
        Instant busyUntil = Instant.now().plusSeconds(60);
        HostTurns turns = new HostTurns(List.of(WADI, SAHIL), Duration.ofMillis(100),
                host -> Map.of("http://wadi.example:80", busyUntil).getOrDefault(host, Instant.MIN));

        assertThat(turns.next().orElseThrow()).isEqualTo(SAHIL);
        assertThat(turns.next().orElseThrow()).isEqualTo(SAHIL);
    }

    @Test
    void anExhaustedSourceGetsNoMoreTurnsAndNoneAreLeftAtTheEnd() {
        HostTurns turns = new HostTurns(List.of(WADI, SAHIL), Duration.ofSeconds(1), host -> Instant.MIN);

        turns.exhausted(WADI);
        assertThat(turns.next()).contains(SAHIL);
        assertThat(turns.next()).contains(SAHIL);
        turns.exhausted(SAHIL);
        assertThat(turns.next()).isEmpty();
    }

    @Test
    void sourcesSharingAHostTakeItsTurnsOneAfterTheOther() {
        Source wadiSport = source("wadi-sport", "http://wadi.example/sport/");
        HostTurns turns = new HostTurns(List.of(WADI, wadiSport), Duration.ofSeconds(1), host -> Instant.MIN);

        assertThat(turns.next()).contains(WADI);
        turns.exhausted(WADI);
        assertThat(turns.next()).contains(wadiSport);
    }
}
