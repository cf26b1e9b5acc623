package org.akhbar.indexer;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the indexer process: {@code index [--once] ...}. */
@Command(name = "akhbar-indexer", mixinStandardHelpOptions = true, subcommands = IndexCommand.class,
        description = "The Akhbar indexer.")
public final class IndexerMain {
    public static void main(String[] args) {
        System.exit(new CommandLine(new IndexerMain()).execute(args));
    }
}
