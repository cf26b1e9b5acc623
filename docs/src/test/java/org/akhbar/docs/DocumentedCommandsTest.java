package org.akhbar.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The commands the README and guides show exist, and CI runs the README's test command. */
class DocumentedCommandsTest {
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    @Test
    void readmeGivesTheTwoCommands() throws Exception {
        List<String> commands = MarkdownExamples.blocks(ROOT.resolve("README.md")).stream()
                .filter(b -> b.language().equals("bash"))
                .flatMap(b -> MarkdownExamples.commands(b).stream())
                .toList();
        assertThat(commands).contains("./akhbar demo", "./mvnw verify");
    }

    @Test
    void ciRunsTheReadmeTestCommand() throws Exception {
        String ci = Files.readString(ROOT.resolve(".ci/run"));
        assertThat(ci).containsPattern("(?m)^\\./mvnw (-B )?verify\\s*$");
    }

    @Test
    void everyDocumentedLauncherCommandExists() throws Exception {
        String launcher = Files.readString(ROOT.resolve("akhbar"));
        Set<String> documented = new TreeSet<>();
        Pattern use = Pattern.compile("\\./akhbar ([a-z-]+)");
        for (String guide : List.of("README.md", "docs/operations.md", "docs/architecture.md", "docs/api.md")) {
            Matcher m = use.matcher(Files.readString(ROOT.resolve(guide)));
            while (m.find()) {
                documented.add(m.group(1));
            }
        }
        assertThat(documented).contains("demo", "crawl", "index", "serve");
        for (String command : documented) {
            assertThat(launcher).as("./akhbar %s", command).containsPattern("(?m)^\\s+" + Pattern.quote(command) + "\\)");
        }
    }
}
