package org.akhbar.tools.bench.pipeline.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessStatusTest {
    @Test
    void thePeakResidentSetIsVmHwmInKib() {
        String status = "Name:\tjava\nVmPeak:\t 6543210 kB\nVmHWM:\t  412345 kB\nVmRSS:\t  400000 kB\n";
        assertThat(ProcessStatus.parseVmHwmKb(status)).contains(412345L);
        assertThat(ProcessStatus.parseVmHwmKb("Name:\tzombie\nState:\tZ (zombie)\n")).isEmpty();
    }

    @Test
    void theJvmFlagsAreWhatComesBeforeTheClassPath() {
        List<String> java = List.of("/usr/lib/jvm/jdk/bin/java", "--enable-native-access=ALL-UNNAMED", "-Xmx512m",
                "-cp", "scraper/target/classes", "org.akhbar.scraper.ScraperMain", "crawl", "-Xmx9g");
        assertThat(ProcessStatus.jvmFlags(java)).containsExactly("--enable-native-access=ALL-UNNAMED", "-Xmx512m");
        assertThat(ProcessStatus.jvmFlags(List.of("/bin/bash", "./akhbar", "crawl"))).isEmpty();
    }

    @Test
    void thisProcessCanBeRead() {
        long self = ProcessHandle.current().pid();
        assertThat(ProcessStatus.peakRssKb(self)).hasValueSatisfying(kb -> assertThat(kb).isPositive());
        assertThat(ProcessStatus.jvmFlags(ProcessStatus.commandLine(self))).isNotNull();
    }
}
