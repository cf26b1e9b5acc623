package org.akhbar.api;

import io.micronaut.runtime.Micronaut;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Command line of the API service: {@code serve [--port N] [--data DIR] [--index DIR] [--replicate-from URL]}.
 *
 * <p>{@code serve} starts the HTTP server and blocks until the process is stopped. The index
 * is read from {@code --index}, by default {@code DIR/index} under {@code --data}
 * ({@code ./data}). The server binds {@code 127.0.0.1} unless {@code MICRONAUT_SERVER_HOST}
 * (or {@code AKHBAR_HOST}) says otherwise. Exit code 0 on normal stop, 1 when the server
 * cannot start, 2 for a usage error.
 */
@Command(name = "akhbar-api", mixinStandardHelpOptions = true,
        description = "Serves Akhbar search over HTTP from a Lucene index.",
        subcommands = {ApiMain.Serve.class})
public final class ApiMain implements Callable<Integer> {

    public static void main(String[] args) {
        int code = new CommandLine(new ApiMain()).execute(args);
        if (code != 0) {
            System.exit(code);
        }
        // Serve returns 0 only once the server runs; its non-daemon threads keep the JVM alive.
    }

    @Override
    public Integer call() {
        new CommandLine(this).usage(System.out);
        return 2;
    }

    /** {@code serve}: start the HTTP server. */
    @Command(name = "serve", mixinStandardHelpOptions = true, description = "Start the HTTP API and search page.")
    static final class Serve implements Callable<Integer> {
        @Option(names = "--port", description = "HTTP port (default: ${DEFAULT-VALUE})", defaultValue = "8080")
        int port;

        @Option(names = "--data", description = "Data directory (default: ${DEFAULT-VALUE})", defaultValue = "./data")
        Path data;

        @Option(names = "--index", description = "Index directory (default: DATA/index)")
        Path index;

        @Option(names = "--replicate-from", description = "Be a replica: copy the index from the indexer at this URL "
                + "(e.g. http://indexer:8090) into DATA/replica, instead of reading --index. Default: AKHBAR_REPLICA_FROM")
        String replicateFrom;

        @Override
        public Integer call() {
            if (port < 0 || port > 65_535) {
                System.err.println("--port must be between 0 and 65535");
                return 2;
            }
            try {
                // Micronaut registers its own shutdown hook; a second one that also closes the
                // context deadlocks against it on SIGTERM.
                Micronaut.build(new String[0])
                        .mainClass(ApiMain.class)
                        .banner(false)
                        .properties(properties(port, data, index, replicateFrom))
                        .start();
                return 0;
            } catch (RuntimeException e) {
                System.err.println("akhbar-api could not start: " + e.getMessage());
                return 1;
            }
        }
    }

    /** The configuration the command line overrides; everything else comes from application.yml and the environment. */
    static Map<String, Object> properties(int port, Path data, Path index, String replicateFrom) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("akhbar.port", port);
        props.put("akhbar.data-dir", data.toString());
        if (index != null) {
            props.put("akhbar.index-dir", index.toString());
        }
        if (replicateFrom != null) {
            props.put("akhbar.replica.from", replicateFrom);
        }
        return props;
    }
}
