package org.akhbar.tools.bench;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/** The machine a benchmark ran on, for the header of its dated report. */
public final class Machine {
    private Machine() {
    }

    /** nproc, physical memory, operating system and the JVM's version. */
    public static String describe() {
        long memory = -1;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            memory = os.getTotalMemorySize();
        }
        return String.format(Locale.ROOT, "nproc %d, memory %s, %s %s, Java %s",
                Runtime.getRuntime().availableProcessors(),
                memory < 0 ? "unknown" : String.format(Locale.ROOT, "%.1f GiB", memory / (1024.0 * 1024 * 1024)),
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"));
    }
}
