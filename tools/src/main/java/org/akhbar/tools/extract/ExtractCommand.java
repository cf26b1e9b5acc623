package org.akhbar.tools.extract;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Prints the extracted article of one saved page or URL as JSON. (Being written: see the open issue.) */
@Command(name = "extract", mixinStandardHelpOptions = true, description = "Prints the extracted article of one saved page or URL as JSON.")
public final class ExtractCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("akhbar: 'extract' is not written yet");
        return 2;
    }
}
