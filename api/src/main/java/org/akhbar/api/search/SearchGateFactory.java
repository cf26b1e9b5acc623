package org.akhbar.api.search;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** Makes the one {@link SearchGate} of the service from its settings, and closes it on stop. */
@Factory
final class SearchGateFactory {

    @Singleton
    @Bean(preDestroy = "close")
    SearchGate searchGate(SearchGateSettings s) {
        return new SearchGate(s.slots(), s.queue(), s.maxWait(), s.retryAfter(), s.ownThreads());
    }
}
