package org.akhbar.tools.bench.pipeline;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.akhbar.tools.bench.Machine;
import org.akhbar.tools.bench.pipeline.process.ProcessFigures;

/**
 * The benchmark's output: each figure printed as it is measured, the targets with PASS or
 * FAIL, and the same as a dated Markdown report with the machine, the command and the JVM
 * flags of every process.
 */
final class Report {
    /** A target of docs/benchmarks/README.md and the figure that meets it or not. */
    record Target(String what, String figure, String required, boolean met) {
        String verdict() {
            return met ? "PASS" : "FAIL";
        }
    }

    private final PrintWriter out;
    private final StringBuilder sections = new StringBuilder();
    private final List<Target> targets = new ArrayList<>();
    private final List<ProcessFigures> processes = new ArrayList<>();

    Report(PrintWriter out) {
        this.out = out;
    }

    synchronized void section(String title) {
        out.println();
        out.println("== " + title);
        out.flush();
        sections.append("\n## ").append(title).append("\n\n");
    }

    /** A line for the person watching, not for the report. */
    synchronized void progress(String line) {
        out.println("  " + line);
        out.flush();
    }

    synchronized void line(String format, Object... args) {
        String s = String.format(Locale.ROOT, format, args);
        out.println(s);
        out.flush();
        sections.append("- ").append(s).append('\n');
    }

    /** A figure measured against a target. */
    synchronized void target(String what, String figure, String required, boolean met) {
        Target t = new Target(what, figure, required, met);
        targets.add(t);
        out.printf(Locale.ROOT, "%s  %s: %s (target %s)%n", t.verdict(), what, figure, required);
        out.flush();
        sections.append("- **").append(t.verdict()).append("** ").append(what).append(": ").append(figure)
                .append(" (target ").append(required).append(")\n");
    }

    /** How a product process ran; its flags go to the report's process table. */
    synchronized void process(ProcessFigures p) {
        processes.add(p);
        line("%s", p.summary());
    }

    synchronized List<Target> targets() {
        return List.copyOf(targets);
    }

    /** Prints the targets again, together, at the end. */
    synchronized void printTargets() {
        out.println();
        out.println("== Targets");
        for (Target t : targets) {
            out.printf(Locale.ROOT, "%s  %s: %s (target %s)%n", t.verdict(), t.what(), t.figure(), t.required());
        }
        out.flush();
    }

    /** Writes the Markdown report to {@code file}. */
    synchronized void write(Path file, String command, List<String> notes) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Pipeline benchmark, ").append(LocalDate.now()).append("\n\n");
        md.append("The product's scraper, indexer and API as processes over a news site built from a corpus, each ")
                .append("figure beside a baseline measured in the same run; how each is measured is in ")
                .append("[README.md](README.md#pipeline-benchmark).\n\n");
        md.append("Machine: ").append(Machine.describe()).append("\n\n");
        md.append("Command:\n\n```\n").append(command).append("\n```\n\n");
        for (String note : notes) {
            md.append(note).append("\n\n");
        }
        md.append("## Targets\n\n| target | figure | required | |\n|---|---|---|---|\n");
        for (Target t : targets) {
            md.append("| ").append(cell(t.what())).append(" | ").append(cell(t.figure())).append(" | ")
                    .append(cell(t.required())).append(" | **").append(t.verdict()).append("** |\n");
        }
        md.append(sections);
        md.append("\n## Processes\n\n| process | exit | s | peak heap | most kept after a GC | GCs | peak RSS | JVM flags |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---|\n");
        for (ProcessFigures p : processes) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %s | %s | %d | %s | `%s` |%n", p.name(), p.exitCode(),
                    p.seconds(), mb(p.heap().peakKb()), mb(p.heap().maxAfterGcKb()), p.heap().collections(),
                    mb(p.peakRssKb()), String.join(" ", p.jvmFlags()).replaceAll("file=\\S*/", "file=")));
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, md.toString(), StandardCharsets.UTF_8);
    }

    private static String mb(long kb) {
        return org.akhbar.tools.bench.pipeline.process.GcLog.mb(kb);
    }

    private static String cell(String s) {
        return s.replace("|", "\\|");
    }
}
