package org.akhbar.api.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    @Test
    void retryAfterIsWholeSecondsRoundedUpAndNeverZero() {
        assertThat(ApiExceptionHandler.retryAfterSeconds(Duration.ofSeconds(2))).isEqualTo("2");
        assertThat(ApiExceptionHandler.retryAfterSeconds(Duration.ofMillis(1500))).isEqualTo("2");
        assertThat(ApiExceptionHandler.retryAfterSeconds(Duration.ofMillis(200))).isEqualTo("1");
        assertThat(ApiExceptionHandler.retryAfterSeconds(Duration.ZERO)).isEqualTo("1");
    }
}
