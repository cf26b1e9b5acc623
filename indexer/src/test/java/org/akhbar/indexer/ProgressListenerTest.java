package org.akhbar.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.akhbar.progress.Progress;
import org.junit.jupiter.api.Test;

class ProgressListenerTest {
    @Test
    void eachBatchStepsTheProgressByWhatChangedSinceTheLastOne() {
        try (Progress progress = Progress.silent("index", 100)) {
            ProgressListener listener = new ProgressListener(progress);
            listener.applied(new IndexRun(40, 0, 0, 0, 40, Duration.ofSeconds(1)));
            listener.applied(new IndexRun(70, 5, 1, 0, 76, Duration.ofSeconds(2)));
            assertThat(progress.done()).isEqualTo(76);
            assertThat(progress.outcomes()).isEqualTo(Map.of("indexed", 70L, "deleted", 5L, "failed", 1L));
        }
    }

    @Test
    void aNewDrainsListenerCountsFromZeroOnTheSameProgress() {
        try (Progress progress = Progress.silent("index", 0)) {
            new ProgressListener(progress).applied(new IndexRun(10, 0, 0, 0, 10, Duration.ofSeconds(1)));
            new ProgressListener(progress).applied(new IndexRun(3, 0, 0, 10, 13, Duration.ofSeconds(1)));
            assertThat(progress.done()).isEqualTo(13);
        }
    }
}
