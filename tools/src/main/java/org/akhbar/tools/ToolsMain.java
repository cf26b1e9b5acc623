package org.akhbar.tools;

import org.akhbar.tools.bench.BenchCommand;
import org.akhbar.tools.extract.ExtractCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the command-line tools: {@code extract} and {@code bench search|extract}. */
@Command(name = "akhbar", mixinStandardHelpOptions = true,
        subcommands = {ExtractCommand.class, BenchCommand.class},
        description = "Akhbar command-line tools.")
public final class ToolsMain {
    public static void main(String[] args) {
        System.exit(new CommandLine(new ToolsMain()).execute(args));
    }
}
