package org.akhbar.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.akhbar.scraper.config.SourcesFile;
import org.junit.jupiter.api.Test;

/**
 * deploy/compose.yaml: the services, their health checks, volumes and dependencies, the
 * sources file it mounts; and, where a compose tool is installed, that tool's own check.
 */
class ComposeFileTest {
    private static final Path DIR = DeployFiles.root().resolve("deploy");
    private static final Map<String, Object> COMPOSE = Yaml.document(DIR.resolve("compose.yaml"));
    private static final Pattern HTTP_CHECK = Pattern.compile("/dev/tcp/127\\.0\\.0\\.1/(\\S+?) .*GET (\\S+) HTTP");

    @Test
    void theStackIsPostgresScraperIndexerApiAndTheDemoSite() {
        assertThat(services().keySet()).containsExactlyInAnyOrder("postgres", "scraper", "indexer", "api", "sample-site");
        assertThat(Yaml.list(service("sample-site").get("profiles"))).containsExactly("demo");
        services().forEach((name, s) -> assertThat(Yaml.map(s).get("profiles")).as(name)
                .isIn(name.equals("sample-site") ? List.of(List.of("demo")) : java.util.Collections.singletonList(null)));
    }

    @Test
    void everyServiceUsesTheHostNetworkAndHasAHealthCheck() {
        services().forEach((name, s) -> {
            Map<String, Object> service = Yaml.map(s);
            assertThat(service.get("network_mode")).as(name).isEqualTo("host");
            assertThat(service.get("image")).as(name).isNotNull();
            assertThat(Yaml.list(Yaml.map(service.get("healthcheck")).get("test"))).as(name).isNotEmpty();
        });
    }

    @Test
    void healthChecksAskTheEndpointsTheKubernetesProbesAsk() {
        Map<String, String> checks = new java.util.TreeMap<>();
        for (String name : List.of("scraper", "indexer", "api")) {
            String test = String.join(" ", Yaml.list(Yaml.map(service(name).get("healthcheck")).get("test")).stream()
                    .map(Object::toString).toList());
            Matcher m = HTTP_CHECK.matcher(test);
            assertThat(m.find()).as(name + ": " + test).isTrue();
            checks.put(name, interpolate(m.group(1)) + " " + m.group(2));
        }
        assertThat(checks).containsExactlyInAnyOrderEntriesOf(Map.of(
                "scraper", ServiceHealth.SCRAPER_MANAGEMENT_PORT + " /health",
                "indexer", ServiceHealth.INDEXER_MANAGEMENT_PORT + " /health",
                "api", "8080 /health/readiness"));
        assertThat(ServiceHealth.PROBED_PATHS.get("akhbar/api port 8080")).contains("/health/readiness");
        assertThat(env("scraper").get("AKHBAR_SCRAPER_HTTP_PORT")).isEqualTo(Integer.toString(ServiceHealth.SCRAPER_MANAGEMENT_PORT));
        assertThat(env("indexer").get("AKHBAR_INDEXER_PORT")).isEqualTo(Integer.toString(ServiceHealth.INDEXER_MANAGEMENT_PORT));
        assertThat(interpolate(env("api").get("MICRONAUT_SERVER_PORT"))).isEqualTo("8080");
    }

    @Test
    void servicesStartAfterWhatTheyNeedAndShareOnlyTheIndex() {
        services().forEach((name, s) -> Yaml.map(Yaml.map(s).get("depends_on")).keySet()
                .forEach(dependency -> assertThat(services()).as(name).containsKey(dependency)));
        assertThat(Yaml.map(Yaml.map(service("scraper").get("depends_on")).get("postgres")).get("condition"))
                .isEqualTo("service_healthy");
        assertThat(Yaml.map(Yaml.map(service("indexer").get("depends_on")).get("postgres")).get("condition"))
                .isEqualTo("service_healthy");
        Set<String> declared = Yaml.map(COMPOSE.get("volumes")).keySet();
        Set<String> used = new HashSet<>();
        services().forEach((name, s) -> {
            for (Object v : Yaml.list(Yaml.map(s).get("volumes"))) {
                String source = v.toString().split(":")[0];
                if (!source.startsWith(".") && !source.startsWith("/") && !source.startsWith("$")) {
                    assertThat(declared).as(name + " volume " + source).contains(source);
                    used.add(source);
                }
            }
        });
        assertThat(used).isEqualTo(declared);
        assertThat(Yaml.list(service("indexer").get("volumes"))).contains("index:/var/lib/akhbar");
        assertThat(Yaml.list(service("api").get("volumes"))).contains("index:/var/lib/akhbar:ro");
    }

    @Test
    void theScraperAndIndexerFindPostgresAsTheComposeDatabaseIsConfigured() {
        for (String name : List.of("scraper", "indexer")) {
            Map<String, String> env = env(name);
            assertThat(interpolate(env.get("DATASOURCES_DEFAULT_URL"))).isEqualTo("jdbc:postgresql://127.0.0.1:5433/akhbar");
            assertThat(env).containsEntry("DATASOURCES_DEFAULT_DIALECT", "POSTGRES");
        }
        assertThat(interpolate(String.join(" ", Yaml.list(service("postgres").get("command")).stream().map(Object::toString).toList())))
                .contains("port=5433").contains("listen_addresses=127.0.0.1");
    }

    @Test
    void theDefaultSourcesFileListsTheDemoSites() throws Exception {
        String mount = Yaml.list(service("scraper").get("volumes")).stream().map(Object::toString)
                .filter(v -> v.endsWith(":/etc/akhbar/sources.yml:ro")).findFirst().orElseThrow();
        Path sources = DIR.resolve(interpolate(mount.substring(0, mount.indexOf(":/etc")))).normalize();
        assertThat(SourcesFile.load(sources)).hasSize(3)
                .allSatisfy(s -> assertThat(s.homepage().toString()).startsWith("http://127.0.0.1:8081/"));
    }

    @Test
    void theComposeToolAcceptsTheFile() throws Exception {
        List<List<String>> tools = List.of(List.of("docker", "compose"), List.of("docker-compose"));
        for (List<String> tool : tools) {
            List<String> cmd = new ArrayList<>(tool);
            cmd.addAll(List.of("-f", DIR.resolve("compose.yaml").toString(), "--profile", "demo", "config", "-q"));
            Process p;
            try {
                p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            } catch (IOException notInstalled) {
                continue;
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            if (p.exitValue() != 0 && tool.size() == 2 && !out.contains("compose")) {
                continue; // the docker client without its compose plugin
            }
            assertThat(p.exitValue()).as(String.join(" ", cmd) + ":\n" + out).isZero();
            System.err.println("compose file checked by: " + String.join(" ", tool));
            return;
        }
        System.err.println("compose file not checked by a compose tool: neither 'docker compose' nor 'docker-compose' is installed");
    }

    private static Map<String, Object> services() {
        return Yaml.map(COMPOSE.get("services"));
    }

    private static Map<String, Object> service(String name) {
        return Yaml.map(services().get(name));
    }

    private static Map<String, String> env(String name) {
        Map<String, String> env = new java.util.LinkedHashMap<>();
        Yaml.map(service(name).get("environment")).forEach((k, v) -> env.put(k, String.valueOf(v)));
        return env;
    }

    /** Compose's {@code ${NAME:-default}} with nothing set: the default. */
    private static String interpolate(String s) {
        return s.replaceAll("\\$\\{[A-Z_]+:-([^}]*)}", "$1");
    }
}
