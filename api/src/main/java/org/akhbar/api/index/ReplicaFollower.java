package org.akhbar.api.index;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.akhbar.search.replica.ReplicaStore;
import org.akhbar.search.replica.Revision;
import org.akhbar.search.replica.RevisionSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a replica's index current: every {@code akhbar.replica.interval} it asks the indexer
 * for its latest revision and, when it is new, copies it ({@link ReplicaStore#install}) and
 * hands the copy to the {@link IndexHolder}.
 *
 * <p>At start the last copy on disk is served at once, before the indexer is asked, so a
 * replica that restarts while the indexer is down serves what it had. While the indexer
 * cannot be reached the replica keeps serving its copy and keeps asking; health and metrics
 * show the revision, its age and how long ago the indexer last answered.
 */
@Context
@Requires(property = "akhbar.replica.from", pattern = ".*\\S.*")
public final class ReplicaFollower implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReplicaFollower.class);

    private final ReplicaSettings settings;
    private final IndexHolder holder;
    private final ReplicaStore store;
    private final RevisionSource source;
    private final ScheduledExecutorService schedule;
    private final Counter installed;
    private final Counter failed;
    private volatile Instant lastContact;
    private volatile String lastError;
    private volatile Revision serving;

    public ReplicaFollower(ReplicaSettings settings, IndexHolder holder, MeterRegistry registry) throws IOException {
        this.settings = settings;
        this.holder = holder;
        this.source = new HttpRevisionSource(settings.indexer(), settings.maxBytesPerSecond());
        this.store = ReplicaStore.open(settings.dirPath());
        this.installed = Counter.builder("akhbar.replica.updates").tag("outcome", "installed")
                .description("Revisions copied from the indexer, and attempts that failed").register(registry);
        this.failed = Counter.builder("akhbar.replica.updates").tag("outcome", "failed")
                .description("Revisions copied from the indexer, and attempts that failed").register(registry);
        Gauge.builder("akhbar.replica.last.contact.age.seconds", this, f -> f.lastContactAge()
                        .map(d -> d.toMillis() / 1000.0).orElse(Double.NaN))
                .description("Seconds since the indexer last answered this replica").register(registry);
        Optional<Path> copy = store.currentDirectory();
        if (copy.isPresent()) {
            serving = store.current().orElseThrow();
            holder.serve(copy.get());
            LOG.info("Replica: serving revision {} (seq {}) from before the restart", serving.version(), serving.seq());
        }
        this.schedule = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("replica-follower").daemon().factory());
        long every = settings.interval().toMillis();
        schedule.scheduleWithFixedDelay(this::sync, 0, every, TimeUnit.MILLISECONDS);
    }

    /** Asks the indexer once and installs its latest revision if it is new. */
    synchronized void sync() {
        try {
            Optional<Revision> latest = source.latest();
            lastContact = Instant.now();
            if (latest.isPresent() && (serving == null || !serving.version().equals(latest.get().version()))) {
                Revision revision = latest.get();
                Path dir = store.install(revision, source);
                holder.serve(dir);
                serving = revision;
                store.deleteAllButCurrent();
                installed.increment();
                LOG.debug("Replica: revision {} (seq {}) installed", revision.version(), revision.seq());
            }
            if (lastError != null) {
                LOG.info("Replica: the indexer at {} answers again", settings.indexer());
            }
            lastError = null;
        } catch (IOException | RuntimeException e) {
            failed.increment();
            // A refused connection has no message: the exception's name says it.
            String error = e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getClass().getSimpleName() + ": " + e.getMessage();
            if (!error.equals(lastError)) {
                LOG.warn("Replica: cannot update from {}; still serving revision {}: {}", settings.indexer(),
                        serving == null ? "none" : serving.version(), error);
            }
            lastError = error;
        }
    }

    /** The revision this replica serves; empty before its first copy. */
    public Optional<Revision> serving() {
        return Optional.ofNullable(serving);
    }

    /** The indexer this replica copies from. */
    public String source() {
        return settings.indexer().toString();
    }

    /** How long ago the indexer last answered; empty if it never did since the start. */
    public Optional<Duration> lastContactAge() {
        Instant c = lastContact;
        return c == null ? Optional.empty() : Optional.of(Duration.between(c, Instant.now()));
    }

    /** Why the last attempt to update failed; null when it succeeded. */
    public String lastError() {
        return lastError;
    }

    @PreDestroy
    @Override
    public void close() {
        schedule.shutdownNow();
    }
}
