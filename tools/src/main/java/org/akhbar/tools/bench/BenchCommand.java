package org.akhbar.tools.bench;

import org.akhbar.tools.bench.extract.ExtractBenchCommand;
import org.akhbar.tools.bench.pipeline.PipelineCommand;
import org.akhbar.tools.bench.pipeline.site.SiteCommand;
import org.akhbar.tools.bench.search.SearchBenchCommand;
import picocli.CommandLine.Command;

/** Groups the benchmarks; each prints the project's figures beside a baseline measured in the same run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        subcommands = {SearchBenchCommand.class, ExtractBenchCommand.class, PipelineCommand.class, SiteCommand.class},
        description = "Benchmarks: the project's figures beside a baseline measured in the same run.")
public final class BenchCommand {
}
