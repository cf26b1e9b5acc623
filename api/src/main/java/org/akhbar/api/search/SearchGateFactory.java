package org.akhbar.api.search;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

/**
 * Makes the one {@link SearchGate} of the service from its settings, publishes its counts as
 * metrics ({@code akhbar.search.running}, {@code akhbar.search.waiting},
 * {@code akhbar.search.turned.away} by reason), and closes it on stop.
 */
@Factory
final class SearchGateFactory {

    @Singleton
    @Bean(preDestroy = "close")
    SearchGate searchGate(SearchGateSettings s, @Nullable MeterRegistry metrics) {
        SearchGate gate = new SearchGate(s.slots(), s.queue(), s.maxWait(), s.retryAfter(), s.ownThreads());
        if (metrics != null) {
            Gauge.builder("akhbar.search.running", gate, SearchGate::running)
                    .description("Searches running now").register(metrics);
            Gauge.builder("akhbar.search.waiting", gate, SearchGate::waiting)
                    .description("Searches waiting for a slot now").register(metrics);
            FunctionCounter.builder("akhbar.search.turned.away", gate, SearchGate::turnedAwayFull)
                    .description("Searches answered 503").tag("reason", "queue-full").register(metrics);
            FunctionCounter.builder("akhbar.search.turned.away", gate, SearchGate::turnedAwayWaited)
                    .description("Searches answered 503").tag("reason", "waited-too-long").register(metrics);
        }
        return gate;
    }
}
