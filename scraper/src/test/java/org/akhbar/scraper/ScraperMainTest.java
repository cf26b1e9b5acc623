package org.akhbar.scraper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ScraperMainTest {

    private static int run(StringWriter err, String... args) {
        CommandLine cli = new CommandLine(new ScraperMain());
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void missingSourcesOptionIsABadUsage() {
        StringWriter err = new StringWriter();
        assertThat(run(err, "crawl", "--once")).isEqualTo(2);
        assertThat(err.toString()).contains("--sources");
    }

    @Test
    void unknownKeyInTheSourcesFileExitsTwoNamingIt(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("s.yml"),
                "sources:\n  - {id: sahil, name: ساحل, homepage: 'http://127.0.0.1/', timezone: Mars/Base}\n");
        StringWriter err = new StringWriter();

        assertThat(run(err, "crawl", "--sources", file.toString(), "--once", "--data", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("source 'sahil'").contains("key 'timezone'");
    }

    @Test
    void negativeDelayIsRefused(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("s.yml"), "sources:\n  - {id: a, name: أ, homepage: 'http://127.0.0.1/'}\n");
        StringWriter err = new StringWriter();

        assertThat(run(err, "crawl", "--sources", file.toString(), "--delay-ms", "-5")).isEqualTo(2);
        assertThat(err.toString()).contains("--delay-ms");
    }

    @Test
    void configurationNamesTheInvalidKey() {
        assertThatThrownBy(() -> new ScraperConfiguration(Duration.ZERO, Duration.ZERO, 0, Duration.ofSeconds(1),
                Duration.ofSeconds(1), 1 << 20, 5, "AkhbarBot/0.1", Duration.ofMinutes(1), Duration.ofMinutes(1),
                Duration.ZERO)).hasMessageContaining("akhbar.scraper.threads");
        assertThatThrownBy(() -> new ScraperConfiguration(Duration.ZERO, Duration.ZERO, 2, Duration.ofSeconds(1),
                Duration.ZERO, 1 << 20, 5, "AkhbarBot/0.1", Duration.ofMinutes(1), Duration.ofMinutes(1),
                Duration.ZERO)).hasMessageContaining("akhbar.scraper.request-timeout");
        assertThatThrownBy(() -> new ScraperConfiguration(Duration.ZERO, Duration.ZERO, 2, Duration.ofSeconds(1),
                Duration.ofSeconds(1), 1 << 20, 5, "AkhbarBot/0.1", Duration.ofMinutes(1), Duration.ofMinutes(1),
                Duration.ofMinutes(-1))).hasMessageContaining("akhbar.scraper.recheck-after");
    }

    @Test
    void configurationGivesLeasesLongerThanTheSlowestFetch() {
        ScraperConfiguration c = new ScraperConfiguration(Duration.ofSeconds(1), Duration.ofSeconds(10), 2,
                Duration.ofSeconds(5), Duration.ofSeconds(120), 1 << 20, 5, "AkhbarBot/0.1", Duration.ofMinutes(30),
                Duration.ofMinutes(5), Duration.ofMinutes(10));

        assertThat(c.crawlSettings().leaseFor()).isGreaterThan(Duration.ofSeconds(120 * 6));
        assertThat(c.crawlSettings().recheckAfter()).isEqualTo(Duration.ofMinutes(10));
        assertThat(c.fetchSettings().robotName()).isEqualTo("akhbarbot");
    }
}
