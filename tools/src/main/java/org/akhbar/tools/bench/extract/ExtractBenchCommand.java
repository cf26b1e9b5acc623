package org.akhbar.tools.bench.extract;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Extraction quality and speed over a benchmark manifest vs a bare jsoup parse. (Being written: see the open issue.) */
@Command(name = "extract", mixinStandardHelpOptions = true, description = "Extraction quality and speed over a benchmark manifest vs a bare jsoup parse.")
public final class ExtractBenchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("akhbar: 'extract' is not written yet");
        return 2;
    }
}
