package org.akhbar.store.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A fresh, empty PostgreSQL schema for one test, dropped (with everything in it) by
 * {@link #close()}, so test runs never see each other's rows.
 *
 * <p>Where the server comes from, in order: a Testcontainers PostgreSQL 15 container, one per
 * JVM, when Testcontainers is on the class path and a Docker engine answers; otherwise the
 * JDBC URL in system property {@value #URL_PROPERTY} or environment variable
 * {@value #URL_ENV}. With neither, {@link #create()} fails with a message saying how to
 * provide one: the PostgreSQL tests are required, never silently skipped.
 */
public final class PostgresTestDatabase implements TestDatabase {
    public static final String URL_PROPERTY = "akhbar.test.postgres.url";
    public static final String URL_ENV = "AKHBAR_TEST_POSTGRES_URL";

    private final Server server;
    private final String schema;

    private PostgresTestDatabase(Server server, String schema) {
        this.server = server;
        this.schema = schema;
    }

    /** Creates an empty schema named {@code akhbar_it_<random>} on the test server. */
    public static PostgresTestDatabase create() {
        Server server = Server.find();
        String schema = "akhbar_it_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        server.execute("CREATE SCHEMA " + schema);
        return new PostgresTestDatabase(server, schema);
    }

    public String schema() {
        return schema;
    }

    @Override
    public String jdbcUrl() {
        return server.url() + (server.url().contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Override
    public String username() {
        return server.username();
    }

    @Override
    public String password() {
        return server.password();
    }

    @Override
    public String dialect() {
        return "POSTGRES";
    }

    @Override
    public String driverClassName() {
        return "org.postgresql.Driver";
    }

    @Override
    public void close() {
        server.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    /** A reachable PostgreSQL server: its base URL and credentials (null when in the URL). */
    record Server(String url, String username, String password) {

        static Server find() {
            if (Containers.available()) {
                return Containers.server();
            }
            String url = configuredUrl();
            if (url == null) {
                throw new IllegalStateException("""
                        The PostgreSQL tests need a PostgreSQL server and found none.
                        No Docker engine answered for Testcontainers, and neither system property \
                        %s nor environment variable %s is set.
                        Provide one, e.g.:
                          export %s='jdbc:postgresql://127.0.0.1:5432/test?user=postgres'
                        Each test run creates and drops its own schema there."""
                        .formatted(URL_PROPERTY, URL_ENV, URL_ENV));
            }
            return new Server(url, null, null);
        }

        private static String configuredUrl() {
            for (String candidate : new String[] {System.getProperty(URL_PROPERTY), System.getenv(URL_ENV)}) {
                // Maven passes an unset ${env.X} through literally.
                if (candidate != null && !candidate.isBlank() && !candidate.startsWith("${")) {
                    return candidate.trim();
                }
            }
            return null;
        }

        void execute(String sql) {
            Properties props = new Properties();
            if (username != null) {
                props.setProperty("user", username);
            }
            if (password != null) {
                props.setProperty("password", password);
            }
            try (Connection c = DriverManager.getConnection(url, props);
                    Statement s = c.createStatement()) {
                s.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("PostgreSQL at " + url + " refused: " + sql, e);
            }
        }
    }

    /**
     * Testcontainers, touched only through this class so that modules reusing the test jar
     * without Testcontainers on their class path still get the URL-based server.
     */
    private static final class Containers {
        private static Server server;

        static boolean available() {
            try {
                Class.forName("org.testcontainers.DockerClientFactory");
            } catch (ClassNotFoundException e) {
                return false;
            }
            return DockerProbe.dockerAvailable();
        }

        static synchronized Server server() {
            if (server == null) {
                server = DockerProbe.start();
            }
            return server;
        }
    }

    private static final class DockerProbe {
        static boolean dockerAvailable() {
            try {
                return org.testcontainers.DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException e) {
                return false;
            }
        }

        @SuppressWarnings("resource") // one container per JVM; Testcontainers' reaper stops it
        static Server start() {
            var container = new org.testcontainers.containers.PostgreSQLContainer<>("postgres:15-alpine");
            container.start();
            return new Server(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
    }
}
