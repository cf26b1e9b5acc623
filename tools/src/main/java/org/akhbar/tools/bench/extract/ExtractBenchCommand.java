package org.akhbar.tools.bench.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.akhbar.tools.bench.Machine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Extraction quality and speed over benchmark manifests, beside a bare jsoup parse of the same
 * pages in the same run. Prints one line per set; optionally writes the predictions as JSON
 * lines and a Markdown report.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extraction quality and speed over benchmark manifests, beside a bare jsoup parse of the same pages. "
                + "Per set: mean shingle precision, recall and F1 (the article-extraction-benchmark metric), title exact-match "
                + "rate where titles are given, and median and p90 ms per page for the extractor and for Jsoup.parse.")
public final class ExtractBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--manifest", arity = "1..*", required = true, paramLabel = "FILE",
            description = "manifest.jsonl of a set (pages named in it lie beside it); several sets may be given")
    List<Path> manifests;

    @Option(names = "--predictions", paramLabel = "OUT.jsonl", description = "write {id, text, status, reason} per page as JSON lines")
    Path predictions;

    @Option(names = "--report", paramLabel = "FILE", description = "write the figures as a Markdown report")
    Path report;

    @Option(names = "--warmup", defaultValue = "2", paramLabel = "N",
            description = "untimed passes first, at least (default ${DEFAULT-VALUE})")
    int warmups;

    @Option(names = "--warmup-extractions", defaultValue = "20000", paramLabel = "N",
            description = "and more untimed passes until each side ran N times, within "
                    + "60 s (default ${DEFAULT-VALUE}: the JIT's optimising compiler takes a method after 5,000 to 15,000 calls)")
    int warmupExtractions;

    /** The most the extra warm-up passes may take: a set of two large pages would otherwise take minutes. */
    private static final Duration WARMUP_CAP = Duration.ofSeconds(60);

    @Option(names = "--rounds", defaultValue = "5", paramLabel = "N",
            description = "timed passes; a page's time is the fastest of its rounds (default ${DEFAULT-VALUE})")
    int rounds;

    private int warmupPassesDone;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (warmups < 0 || warmupExtractions < 0 || rounds < 1) {
            err.println("akhbar bench extract: --warmup and --warmup-extractions must be 0 or more and --rounds 1 or more");
            return 2;
        }
        List<BenchPage> pages = new ArrayList<>();
        for (Path manifest : manifests) {
            if (!Files.isRegularFile(manifest)) {
                err.println("akhbar bench extract: no manifest at " + manifest);
                return 2;
            }
            try {
                pages.addAll(BenchManifest.read(manifest));
            } catch (IOException | IllegalArgumentException e) {
                err.println("akhbar bench extract: cannot read " + manifest + ": " + e.getMessage());
                return 2;
            }
        }
        if (pages.isEmpty()) {
            err.println("akhbar bench extract: the manifests name no page");
            return 2;
        }
        out.printf(Locale.ROOT, "%d pages; warm-up: at least %d pass(es) and %d extractions (at most %d s more); "
                + "%d timed round(s), extractor and bare jsoup parse interleaved%n",
                pages.size(), warmups, warmupExtractions, WARMUP_CAP.toSeconds(), rounds);
        out.flush();
        List<ExtractBench.PageResult> results;
        ExtractBench bench = new ExtractBench();
        try {
            results = bench.run(pages, new ExtractBench.Warmup(warmups, warmupExtractions, WARMUP_CAP), rounds);
            warmupPassesDone = bench.warmupPasses();
            out.printf(Locale.ROOT, "warm-up made %d pass(es)%n", warmupPassesDone);
        } catch (UncheckedIOException e) {
            err.println("akhbar bench extract: " + e.getMessage());
            return 1;
        }
        List<ExtractBench.SetFigures> figures = ExtractBench.summarise(results);
        out.print(FiguresTable.text(figures));
        out.flush();
        try {
            if (predictions != null) {
                writePredictions(results, predictions);
                out.println("predictions: " + predictions);
            }
            if (report != null) {
                writeReport(figures, report);
                out.println("report: " + report);
            }
        } catch (IOException e) {
            err.println("akhbar bench extract: cannot write " + e.getMessage());
            return 1;
        }
        return 0;
    }

    static void writePredictions(List<ExtractBench.PageResult> results, Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        createParent(file);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (ExtractBench.PageResult r : results) {
                Map<String, String> row = new LinkedHashMap<>();
                row.put("id", r.page().id());
                row.put("text", r.text());
                row.put("status", r.extraction().status().name());
                if (r.extraction().reason() != null) {
                    row.put("reason", r.extraction().reason());
                }
                w.write(json.writeValueAsString(row));
                w.write('\n');
            }
        }
    }

    private void writeReport(List<ExtractBench.SetFigures> figures, Path file) throws IOException {
        String command = "./akhbar " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
        StringBuilder md = new StringBuilder();
        md.append("# Extraction benchmark, ").append(LocalDate.now()).append("\n\n");
        md.append("Machine: ").append(Machine.describe()).append("\n\n");
        List<String> jitFlags = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-XX:")).toList();
        if (!jitFlags.isEmpty()) {
            md.append("JVM options: `").append(String.join(" ", jitFlags)).append("`\n\n");
        }
        md.append("Command:\n\n```\n").append(command).append("\n```\n\n");
        md.append(String.format(Locale.ROOT, "%d warm-up pass(es) (at least %d, and at least %d extractions of each side "
                + "unless that took more than %d s), then %d timed round(s); per page, the extractor "
                + "(charset detection, parse and extraction) and a bare `Jsoup.parse` of the same bytes run back to back, "
                + "alternating which goes first; a page's time is the fastest of its rounds (for both).%n%n",
                warmupPassesDone, warmups, warmupExtractions, WARMUP_CAP.toSeconds(), rounds));
        md.append(FiguresTable.markdown(figures));
        createParent(file);
        Files.writeString(file, md.toString(), StandardCharsets.UTF_8);
    }

    private static void createParent(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }
}
