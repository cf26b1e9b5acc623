package org.akhbar.tools.bench.pipeline.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Where a crawl stores its articles: the embedded H2 database in the crawl's data folder (the
 * product's default), or a PostgreSQL server, on which every crawl gets a fresh schema of its
 * own (each crawl must start from an empty database). The product's processes are pointed at
 * it through the environment, the way docs/operations.md tells operators to.
 */
public sealed interface BenchDatabase {
    /** The datasource variables of docs/operations.md. */
    String URL = "DATASOURCES_DEFAULT_URL";
    String USERNAME = "DATASOURCES_DEFAULT_USERNAME";
    String PASSWORD = "DATASOURCES_DEFAULT_PASSWORD";
    String DIALECT = "DATASOURCES_DEFAULT_DIALECT";
    String DRIVER = "DATASOURCES_DEFAULT_DRIVER_CLASS_NAME";

    /** "h2" or "postgres". */
    String name();

    /** An empty database for one crawl whose data folder is {@code dataDir}; {@code label} names its schema. */
    Store fresh(String label, Path dataDir);

    /**
     * One crawl's empty database.
     *
     * @param env the variables to give the product's processes (a null value removes one)
     * @param jdbcUrl where the benchmark itself reads it
     */
    record Store(String database, String description, Map<String, String> env, String jdbcUrl, String user,
            String password, Runnable drop) {

        /** A connection of the benchmark's own. */
        public Connection connect() throws SQLException {
            Properties props = new Properties();
            if (user != null) {
                props.setProperty("user", user);
            }
            if (password != null) {
                props.setProperty("password", password);
            }
            return DriverManager.getConnection(jdbcUrl, props);
        }

        /** Drops what the crawl stored (a PostgreSQL schema; an H2 database goes with its folder). */
        public void dropStored() {
            drop.run();
        }
    }

    /** The product's embedded default: an H2 file in {@code DATA/db}. */
    record H2() implements BenchDatabase {
        @Override
        public String name() {
            return "h2";
        }

        @Override
        public Store fresh(String label, Path dataDir) {
            Map<String, String> env = new LinkedHashMap<>();
            // An operator's PostgreSQL settings in the benchmark's environment must not reach an H2 crawl.
            for (String key : new String[] {URL, USERNAME, PASSWORD, DIALECT, DRIVER}) {
                env.put(key, null);
            }
            String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("db/akhbar") + ";AUTO_SERVER=TRUE;QUERY_CACHE_SIZE=64";
            return new Store(name(), "H2 in " + dataDir.resolve("db"), env, url, "sa", "", () -> { });
        }
    }

    /**
     * A PostgreSQL server at {@code baseUrl} (any {@code currentSchema} in it is replaced);
     * {@code keep} leaves each crawl's schema in place at the end.
     */
    record Postgres(String baseUrl, String user, String password, boolean keep) implements BenchDatabase {
        @Override
        public String name() {
            return "postgres";
        }

        @Override
        public Store fresh(String label, Path dataDir) {
            String schema = "akhbar_bench_" + label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_") + "_"
                    + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
            execute("CREATE SCHEMA " + schema);
            String url = withSchema(baseUrl, schema);
            Map<String, String> env = new LinkedHashMap<>();
            env.put(URL, url);
            env.put(USERNAME, user == null ? "" : user);
            env.put(PASSWORD, password == null ? "" : password);
            env.put(DIALECT, "POSTGRES");
            env.put(DRIVER, "org.postgresql.Driver");
            Runnable drop = keep ? () -> { } : () -> execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            return new Store(name(), "PostgreSQL schema " + schema, env, url, user, password, drop);
        }

        /** {@code url} with {@code currentSchema=schema} as its only schema parameter. */
        static String withSchema(String url, String schema) {
            int q = url.indexOf('?');
            StringBuilder out = new StringBuilder(q < 0 ? url : url.substring(0, q)).append('?');
            if (q >= 0) {
                for (String param : url.substring(q + 1).split("&")) {
                    if (!param.isEmpty() && !param.toLowerCase(Locale.ROOT).startsWith("currentschema=")) {
                        out.append(param).append('&');
                    }
                }
            }
            return out.append("currentSchema=").append(schema).toString();
        }

        private void execute(String sql) {
            try (Connection c = new Store(name(), "", Map.of(), baseUrl, user, password, () -> { }).connect();
                    Statement s = c.createStatement()) {
                s.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("PostgreSQL at " + baseUrl + " refused: " + sql + ": " + e.getMessage(), e);
            }
        }
    }
}
