package org.akhbar.scraper.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.akhbar.domain.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourcesFileTest {

    @Test
    void readsEveryKeyOfASource() {
        List<Source> sources = SourcesFile.parse("""
                sources:
                  - id: wadi
                    name: "وادي بريس"
                    homepage: http://127.0.0.1:8081/wadi/
                    feeds: [http://127.0.0.1:8081/wadi/feed.xml]
                    sitemaps: []
                    startUrls: [http://127.0.0.1:8081/wadi/section/local.html]
                    timezone: Asia/Riyadh
                """, "sources.yml");

        assertThat(sources).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo("wadi");
            assertThat(s.name()).isEqualTo("وادي بريس");
            assertThat(s.homepage()).isEqualTo(URI.create("http://127.0.0.1:8081/wadi/"));
            assertThat(s.feeds()).containsExactly(URI.create("http://127.0.0.1:8081/wadi/feed.xml"));
            assertThat(s.sitemaps()).isEmpty();
            assertThat(s.startUrls()).containsExactly(URI.create("http://127.0.0.1:8081/wadi/section/local.html"));
            assertThat(s.timezone()).isEqualTo(ZoneId.of("Asia/Riyadh"));
        });
    }

    @Test
    void timezoneDefaultsToCasablancaAndListsToEmpty() {
        Source s = SourcesFile.parse("""
                sources:
                  - {id: sahara, name: "الصحراء", homepage: "https://example.ma/"}
                """, "sources.yml").get(0);

        assertThat(s.timezone()).isEqualTo(ZoneId.of("Africa/Casablanca"));
        assertThat(s.feeds()).isEmpty();
        assertThat(s.sitemaps()).isEmpty();
        assertThat(s.startUrls()).isEmpty();
    }

    @Test
    void loadsAFileAndNamesItWhenUnreadable(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sources.yml");
        Files.writeString(file, "sources:\n  - {id: a, name: أ, homepage: 'http://127.0.0.1/'}\n");
        assertThat(SourcesFile.load(file)).extracting(Source::id).containsExactly("a");

        Path missing = dir.resolve("missing.yml");
        assertThatThrownBy(() -> SourcesFile.load(missing))
                .isInstanceOf(SourcesConfigException.class)
                .hasMessageContaining(missing.toString());
    }

    // Each row: a broken entry (YAML flow map), then words the message must contain.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {id: a, name: n, homepage: 'http://h/', feed: ['http://h/f']}       | source 'a' | key 'feed'      | unknown key
            {name: n, homepage: 'http://h/'}                                    | sources[0] | key 'id'        | missing
            {id: a, homepage: 'http://h/'}                                      | source 'a' | key 'name'      | missing
            {id: a, name: n}                                                    | source 'a' | key 'homepage'  | missing
            {id: a, name: n, homepage: 'not a url'}                             | source 'a' | key 'homepage'  | not
            {id: a, name: n, homepage: 'ftp://h/'}                              | source 'a' | key 'homepage'  | http(s)
            {id: a, name: n, homepage: 'http://h/', feeds: ['/relative.xml']}   | source 'a' | key 'feeds'     | absolute
            {id: a, name: n, homepage: 'http://h/', sitemaps: 5}                | source 'a' | key 'sitemaps'  | list
            {id: a, name: n, homepage: 'http://h/', timezone: Mars/Olympus}     | source 'a' | key 'timezone'  | Mars/Olympus
            {id: Bad_Id, name: n, homepage: 'http://h/'}                        | source 'Bad_Id' | key 'id'   | lower-case
            {id: a, name: '  ', homepage: 'http://h/'}                          | source 'a' | key 'name'      | blank
            """)
    void refusesABrokenSourceNamingSourceAndKey(String entry, String source, String key, String problem) {
        String yaml = "sources:\n  - " + entry + "\n";
        assertThatThrownBy(() -> SourcesFile.parse(yaml, "sources.yml"))
                .isInstanceOf(SourcesConfigException.class)
                .hasMessageContaining("sources.yml")
                .hasMessageContaining(source)
                .hasMessageContaining(key)
                .hasMessageContaining(problem);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            feeds: []                                        | unknown top-level key 'feeds'
            sources: []                                      | non-empty list
            sources: {id: a}                                 | non-empty list
            'sources: [unclosed'                             | not valid YAML
            """)
    void refusesABrokenFileShape(String yaml, String problem) {
        assertThatThrownBy(() -> SourcesFile.parse(yaml, "sources.yml"))
                .isInstanceOf(SourcesConfigException.class)
                .hasMessageContaining(problem);
    }

    @Test
    void refusesTheSameIdTwice() {
        assertThatThrownBy(() -> SourcesFile.parse("""
                sources:
                  - {id: a, name: n, homepage: 'http://h/'}
                  - {id: a, name: m, homepage: 'http://g/'}
                """, "sources.yml"))
                .hasMessageContaining("source 'a'").hasMessageContaining("key 'id'").hasMessageContaining("twice");
    }

    @Test
    void refusesYamlThatWouldBuildJavaObjects() {
        assertThatThrownBy(() -> SourcesFile.parse("sources: !!java.util.Date []", "sources.yml"))
                .isInstanceOf(SourcesConfigException.class);
    }
}
