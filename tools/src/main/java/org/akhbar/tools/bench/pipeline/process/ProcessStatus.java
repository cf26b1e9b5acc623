package org.akhbar.tools.bench.pipeline.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What Linux tells about a running process in {@code /proc/<pid>}: its peak resident set
 * ({@code VmHWM} in {@code status}, the high-water mark the kernel keeps) and its command
 * line. Empty where there is no {@code /proc} or the process is gone.
 */
public final class ProcessStatus {
    private ProcessStatus() {}

    /** The process's peak resident set in KiB. */
    public static Optional<Long> peakRssKb(long pid) {
        try {
            return parseVmHwmKb(Files.readString(Path.of("/proc", Long.toString(pid), "status"), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** {@code VmHWM:    123456 kB} of a {@code /proc/<pid>/status} text, in KiB. */
    static Optional<Long> parseVmHwmKb(String status) {
        for (String line : status.split("\n")) {
            if (line.startsWith("VmHWM:")) {
                String value = line.substring("VmHWM:".length()).strip();
                int space = value.indexOf(' ');
                return Optional.of(Long.parseLong(space < 0 ? value : value.substring(0, space)));
            }
        }
        return Optional.empty();
    }

    /** The process's command line, one element per argument. */
    public static List<String> commandLine(long pid) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
            List<String> args = new ArrayList<>();
            int from = 0;
            for (int i = 0; i < raw.length; i++) {
                if (raw[i] == 0) {
                    args.add(new String(raw, from, i - from, StandardCharsets.UTF_8));
                    from = i + 1;
                }
            }
            return args;
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /**
     * The JVM's own flags in a java command line: what comes after the java executable and
     * before the class path; empty when {@code args} is not a java command (the launcher
     * script before it execs java).
     */
    public static List<String> jvmFlags(List<String> args) {
        if (args.isEmpty() || !(args.getFirst().endsWith("/java") || args.getFirst().equals("java"))) {
            return List.of();
        }
        List<String> flags = new ArrayList<>();
        for (String a : args.subList(1, args.size())) {
            if (a.equals("-cp") || a.equals("-classpath") || a.equals("--class-path") || a.equals("-jar")) {
                break;
            }
            flags.add(a);
        }
        return flags;
    }
}
