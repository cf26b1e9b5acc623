package org.akhbar.tools.bench.search;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Search quality and speed: the project's analysis and query builder vs stock ArabicAnalyzer. (Being written: see the open issue.) */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Search quality and speed: the project's analysis and query builder vs stock ArabicAnalyzer.")
public final class SearchBenchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("akhbar: 'search' is not written yet");
        return 2;
    }
}
