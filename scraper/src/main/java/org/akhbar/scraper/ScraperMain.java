package org.akhbar.scraper;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The scraper's command line: {@code crawl --sources FILE [--once] [--data DIR]
 * [--delay-ms N] [--threads N]}. Exit codes: 0 done, 2 bad usage or configuration (the
 * message names the file, source or key), 1 anything unexpected.
 */
@Command(name = "scraper", mixinStandardHelpOptions = true, version = "akhbar-scraper 0.1",
        description = "Collects Arabic news articles from the configured sources.",
        subcommands = {CrawlCommand.class})
public final class ScraperMain implements Runnable {
    /** Exit code for a bad command line or bad configuration. */
    public static final int EXIT_CONFIG = 2;
    /** Exit code for an unexpected failure. */
    public static final int EXIT_UNEXPECTED = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required, e.g. 'crawl'");
    }

    /** Runs the command line and returns the exit code (for tests and embedding). */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new ScraperMain());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("error: " + e);
            return EXIT_UNEXPECTED;
        });
        return cli.execute(args);
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }
}
