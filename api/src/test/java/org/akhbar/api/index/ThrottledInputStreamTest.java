package org.akhbar.api.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ThrottledInputStreamTest {

    @Test
    void everyByteComesThroughInOrder() throws IOException {
        byte[] data = new byte[100_000];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 31);
        }
        try (ThrottledInputStream in = new ThrottledInputStream(new ByteArrayInputStream(data), Long.MAX_VALUE / 2_000_000_000L)) {
            assertThat(in.readAllBytes()).isEqualTo(data);
        }
    }

    @Test
    void oneByteReadsEndWithMinusOne() throws IOException {
        try (ThrottledInputStream in = new ThrottledInputStream(new ByteArrayInputStream(new byte[] {(byte) 200}), 1000)) {
            assertThat(in.read()).isEqualTo(200);
            assertThat(in.read()).isEqualTo(-1);
        }
    }
}
