package org.akhbar.scraper;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.akhbar.domain.Article;
import org.akhbar.samplesite.SamplePage;
import org.akhbar.samplesite.SampleSite;
import org.akhbar.store.ArticleStore;
import org.akhbar.store.RawPageStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The whole scraper against the sample site: the CLI as the launcher runs it, the real
 * extractor, the real store on an H2 file database in a temporary directory.
 */
class CrawlSampleSiteIT {
    private static SampleSite site;

    @BeforeAll
    static void startSite() {
        site = SampleSite.start(0);
    }

    @AfterAll
    static void stopSite() {
        site.close();
    }

    private record Run(int exitCode, String out, String err) {}

    private static Run crawl(Path sources, Path data) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new ScraperMain());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute("crawl", "--sources", sources.toString(), "--once", "--data", data.toString(),
                "--delay-ms", "0");
        return new Run(code, out.toString().strip(), err.toString());
    }

    private static String url(SamplePage page) {
        return site.baseUri().toString().replaceAll("/$", "") + page.path();
    }

    private static boolean forbidden(SamplePage page) {
        return page.path().contains("/private/");
    }

    @Test
    void crawlsEveryArticleOnceThenFindsThemUnchanged(@TempDir Path dir) throws Exception {
        Path sources = Files.writeString(dir.resolve("sources.yml"), site.sourcesYaml());
        Path data = dir.resolve("data");
        List<SamplePage> articles = SampleSite.pages().stream().filter(SamplePage::isArticle)
                .filter(p -> !forbidden(p)).toList();
        List<SamplePage> nonArticles = SampleSite.pages().stream().filter(p -> !p.isArticle()).toList();
        SamplePage privateDraft = SampleSite.pages().stream().filter(CrawlSampleSiteIT::forbidden).findFirst().orElseThrow();

        Run first = crawl(sources, data);

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).startsWith("stored " + articles.size() + ", unchanged 0,").contains("robots.txt: 1");

        try (ApplicationContext ctx = ApplicationContext.run(Map.of("akhbar.data-dir", data.toString()))) {
            ArticleStore store = ctx.getBean(ArticleStore.class);
            RawPageStore raw = ctx.getBean(RawPageStore.class);
            List<Article> stored = store.changesAfter(0, 10_000);
            for (SamplePage page : articles) {
                assertThat(stored).as(page.path()).filteredOn(a -> a.url().equals(url(page))).hasSize(1);
                assertThat(raw.latest(url(page))).as("archived " + page.path()).isPresent();
            }
            assertThat(stored).hasSize(articles.size());
            for (SamplePage page : nonArticles) {
                assertThat(stored).as(page.path()).noneMatch(a -> a.url().equals(url(page)));
            }
            assertThat(raw.latest(url(privateDraft))).as("robots-forbidden page fetched").isEmpty();
            assertThat(stored).noneMatch(a -> a.url().equals(url(privateDraft)));
        }

        Run soonAfter = crawl(sources, data);

        assertThat(soonAfter.exitCode()).as(soonAfter.err()).isZero();
        assertThat(soonAfter.out()).as("nothing fetched within recheck-after (10m)").startsWith("stored 0, unchanged 0,");

        System.setProperty("akhbar.scraper.recheck-after", "0s");
        Run second;
        try {
            second = crawl(sources, data);
        } finally {
            System.clearProperty("akhbar.scraper.recheck-after");
        }

        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).startsWith("stored 0, unchanged " + articles.size() + ",");
    }

    @Test
    void badSourcesFileExitsWithCodeTwoNamingTheKey(@TempDir Path dir) throws Exception {
        Path sources = Files.writeString(dir.resolve("sources.yml"),
                "sources:\n  - {id: wadi, name: w, homepage: 'http://127.0.0.1/', feedz: []}\n");

        Run run = crawl(sources, dir.resolve("data"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("source 'wadi'").contains("key 'feedz'");
    }
}
