package org.akhbar.api.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexHolderTest {

    @Test
    void missingDirectoryHasNoCommit(@TempDir Path tmp) {
        assertThat(IndexHolder.hasCommit(tmp.resolve("index"))).isFalse();
    }

    @Test
    void directoryWithoutSegmentsFileHasNoCommit(@TempDir Path tmp) throws IOException {
        Files.createFile(tmp.resolve("write.lock"));

        assertThat(IndexHolder.hasCommit(tmp)).isFalse();
    }

    @Test
    void segmentsFileMarksACommit(@TempDir Path tmp) throws IOException {
        Files.createFile(tmp.resolve("segments_3"));

        assertThat(IndexHolder.hasCommit(tmp)).isTrue();
    }
}
