package org.akhbar.tools.bench.pipeline.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GcLogTest {
    @Test
    void thePeakIsTheLargestHeapBeforeACollection() {
        GcLog.Heap heap = GcLog.parse(List.of(
                "[0.006s][info][gc] Using G1",
                "[4.021s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 19M->4M(380M) 50.385ms",
                "[8.615s][info][gc] GC(2) Pause Young (Concurrent Start) (Metadata GC Threshold) 30M->8M(380M) 24.418ms",
                "[8.616s][info][gc] GC(3) Concurrent Mark Cycle",
                "[8.695s][info][gc] GC(3) Pause Remark 10M->10M(37M) 14.124ms",
                "[8.701s][info][gc] GC(3) Concurrent Mark Cycle 85.964ms",
                "[41.630s][info][gc] GC(15) Pause Young (Normal) (G1 Evacuation Pause) 142M->22M(208M) 16.355ms",
                "[43.0s][info][gc] GC(16) Pause Full (System.gc()) 1G->300M(1G) 200.1ms"));
        assertThat(heap.maxBeforeGcKb()).isEqualTo(1024 * 1024);
        assertThat(heap.maxAfterGcKb()).isEqualTo(300 * 1024);
        assertThat(heap.collections()).isEqualTo(5);
        assertThat(heap.usedAtExitKb()).isEqualTo(-1);
        assertThat(heap.peakKb()).isEqualTo(1024 * 1024);
    }

    @Test
    void aProcessThatNeverCollectedPeaksAtItsHeapAtExitNotItsMetaspace() {
        GcLog.Heap jdk25 = GcLog.parse(List.of(
                "[0.007s][info][gc] Using G1",
                "[0.124s][info][gc,exit] Heap",
                "[0.124s][info][gc,exit]  garbage-first heap   total reserved 6172672K, committed 393216K, used 2149K "
                        + "[0x0000000687400000, 0x0000000800000000)",
                "[0.124s][info][gc,exit]   region size 4096K, 1 young (4096K), 0 survivors (0K)",
                "[0.124s][info][gc,exit]  Metaspace       used 59K, committed 128K, reserved 1114112K",
                "[0.124s][info][gc,exit]   class space    used 2K, committed 64K, reserved 1048576K"));
        assertThat(jdk25.collections()).isZero();
        assertThat(jdk25.usedAtExitKb()).isEqualTo(2149);
        assertThat(jdk25.peakKb()).isEqualTo(2149);

        GcLog.Heap jdk21 = GcLog.parse(List.of(
                "[5.0s][info][gc,heap,exit] Heap",
                "[5.0s][info][gc,heap,exit]  garbage-first heap   total 262144K, used 20480K [0x00000000f0000000, 0x0000000100000000)",
                "[5.0s][info][gc,heap,exit]  Metaspace       used 35993K, committed 36416K, reserved 1114112K"));
        assertThat(jdk21.usedAtExitKb()).isEqualTo(20480);
    }

    @Test
    void theHeapAtExitCountsWhenItIsAboveEveryCollection() {
        GcLog.Heap heap = GcLog.parse(List.of(
                "[1.0s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 24M->3M(256M) 2.3ms",
                "[9.0s][info][gc,exit]  garbage-first heap   total reserved 1048576K, committed 37888K, used 30720K [0x0, 0x1)"));
        assertThat(heap.peakKb()).isEqualTo(30720);
    }

    @Test
    void zgcAndSerialLogsAreReadToo() {
        GcLog.Heap z = GcLog.parse(List.of(
                "[2.0s][info][gc] GC(0) Garbage Collection (Warmup) 120M(6%)->38M(2%)",
                "[3.0s][info][gc,exit]  ZHeap           used 64M, capacity 128M, max capacity 512M"));
        assertThat(z.maxBeforeGcKb()).isEqualTo(120 * 1024);
        assertThat(z.maxAfterGcKb()).isEqualTo(38 * 1024);
        assertThat(z.usedAtExitKb()).isEqualTo(64 * 1024);

        GcLog.Heap serial = GcLog.parse(List.of(
                "[3.0s][info][gc,heap,exit]  def new generation   total 4928K, used 1000K [0x0, 0x1, 0x2)",
                "[3.0s][info][gc,heap,exit]   eden space 4416K,  22% used [0x0, 0x1, 0x2)",
                "[3.0s][info][gc,heap,exit]  tenured generation   total 10944K, used 500K [0x0, 0x1, 0x2)"));
        assertThat(serial.usedAtExitKb()).isEqualTo(1500);
    }
}
