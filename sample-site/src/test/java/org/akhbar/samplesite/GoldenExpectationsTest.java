package org.akhbar.samplesite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GoldenExpectationsTest {

    private static SampleSite site;

    @BeforeAll
    static void start() {
        site = SampleSite.start(0);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void everySourceHasEnoughCrawlableArticles() {
        Map<String, Long> perSource = SampleSite.articles().stream().filter(SampleArticle::crawlable)
                .collect(Collectors.groupingBy(SampleArticle::sourceId, Collectors.counting()));

        assertThat(perSource.get("wadi")).isGreaterThanOrEqualTo(5);
        assertThat(perSource.get("bawaba")).isGreaterThanOrEqualTo(5);
        assertThat(perSource.get("qadim")).isGreaterThanOrEqualTo(4);
    }

    @Test
    void everyArticleExpectationHasTitleDateReferenceAndTwoOrMoreNormalisedParagraphs() {
        for (SamplePage page : articlePages()) {
            Expectation e = page.expectation();
            assertThat(e.title()).as(page.path()).isNotBlank();
            assertThat(e.publishedAt()).as(page.path()).isNotNull();
            assertThat(e.referenceTime()).as(page.path()).isAfterOrEqualTo(e.publishedAt().toInstant());
            assertThat(e.paragraphs()).as(page.path()).hasSizeBetween(2, 7);
            for (String paragraph : e.paragraphs()) {
                assertThat(paragraph).as(page.path()).isEqualTo(PageText.collapse(paragraph)).isNotBlank();
            }
        }
    }

    @Test
    void everyExpectedParagraphTitleAndDatelineOccursInItsPage() {
        for (SamplePage page : articlePages()) {
            Expectation e = page.expectation();
            String text = visibleText(page);
            assertThat(text).as(page.path()).contains(e.title());
            for (String paragraph : e.paragraphs()) {
                assertThat(text).as(page.path()).contains(paragraph);
            }
            if (e.dateline() != null) {
                assertThat(text.replace("ـ", "")).as(page.path()).contains(e.dateline());
            }
            for (String author : e.authors()) {
                assertThat(text).as(page.path()).contains(author);
            }
        }
    }

    @Test
    void noExpectedParagraphCarriesTheDatelineOrTheSiteName() {
        for (SamplePage page : articlePages()) {
            for (String paragraph : page.expectation().paragraphs()) {
                for (SampleSource source : SampleSource.values()) {
                    assertThat(paragraph).as(page.path()).doesNotContain(source.siteName());
                }
                assertThat(paragraph).as(page.path()).doesNotContain("اقرأ أيضا").doesNotContain("ــ");
            }
        }
    }

    @Test
    void publishedTimesCarryTheOffsetTheirSourceWritesIn() {
        for (SamplePage page : articlePages()) {
            ZoneOffset offset = page.expectation().publishedAt().getOffset();
            ZoneOffset expected = page.sourceId().equals("bawaba") ? ZoneOffset.ofHours(3) : ZoneOffset.ofHours(1);
            assertThat(offset).as(page.path()).isEqualTo(expected);
        }
    }

    @Test
    void nonArticlePagesAreMostlyLinks() {
        List<SamplePage> listings = SampleSite.pages().stream().filter(p -> !p.isArticle()).toList();
        assertThat(listings).hasSizeGreaterThanOrEqualTo(6);
        for (SamplePage page : listings) {
            String html = PageText.decode(site.render(page.path()), null);
            double linked = PageText.linkText(html).length();
            double all = PageText.visible(html).length();
            assertThat(linked / all).as(page.path()).isGreaterThan(0.5);
        }
    }

    @Test
    void pagesTableListsEveryHtmlFileOfTheSourcesAndTraps() throws IOException, URISyntaxException {
        Path root = Path.of(GoldenExpectationsTest.class.getClassLoader().getResource("site/robots.txt").toURI()).getParent();
        Set<String> onDisk = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(f -> f.toString().endsWith(".html"))
                    .map(f -> "/" + root.relativize(f).toString().replace('\\', '/'))
                    .filter(p -> !p.equals("/index.html"))
                    .forEach(onDisk::add);
        }
        Set<String> listed = new TreeSet<>();
        SampleSite.pages().forEach(p -> listed.add(p.path()));
        SampleSite.trapPages().forEach(p -> listed.add(p.path()));

        assertThat(listed).isEqualTo(onDisk);
        for (SamplePage page : SampleSite.pages()) {
            assertThat(page.sourceId()).isEqualTo(SampleSource.byId(page.sourceId()).id());
            assertThat(page.path()).startsWith("/" + page.sourceId() + "/");
            assertThat(Files.exists(root.resolve(page.expectationPath().substring(1)))).as(page.path()).isTrue();
        }
    }

    @Test
    void articlesTableAgreesWithTheExpectations() {
        Map<String, SamplePage> pages = SampleSite.pages().stream()
                .collect(Collectors.toMap(SamplePage::path, Function.identity()));
        Set<String> articlePaths = new TreeSet<>();
        for (SampleArticle article : SampleSite.articles()) {
            SamplePage page = pages.get(article.path());
            assertThat(page).as(article.path()).isNotNull();
            assertThat(page.isArticle()).as(article.path()).isTrue();
            assertThat(page.sourceId()).isEqualTo(article.sourceId());
            assertThat(page.expectation().title()).isEqualTo(article.title());
            assertThat(article.queries()).as(article.path()).isNotEmpty().allSatisfy(q -> assertThat(q).isNotBlank());
            assertThat(article.crawlable()).as(article.path()).isEqualTo(!article.path().startsWith("/bawaba/private/"));
            articlePaths.add(article.path());
        }
        assertThat(articlePaths).isEqualTo(articlePages().stream()
                .filter(p -> !p.sourceId().equals("traps")).map(SamplePage::path).collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void theArticlesCarryTheMorphologyTheSearchMustHandle() {
        StringBuilder corpus = new StringBuilder();
        for (SamplePage page : SampleSite.pages()) {
            corpus.append(visibleText(page)).append('\n');
        }
        assertThat(corpus.toString()).contains(
                // clitics glued to words
                "بطنجة", "لقادة", "والأمن", "وبالمدينة", "فللمدرسة",
                // hamza and alef variants, curly quotes
                "مسؤول", "“أنتربول”", "إطلاق", "آلاف",
                // alef maqsura and teh marbuta
                "مستشفى", "على", "المدينة",
                // numbers glued to the article and to prepositions, Arabic-Indic digits
                "الدورة ال12", "ال60", "بـ2024", "٢٠٢٤", "و٤٠",
                // month names: Maghrebi, Levantine, Egyptian
                "دجنبر", "يوليوز", "غشت", "شتنبر", "نونبر", "كانون الثاني", "تشرين الأول", "أيار", "يونيه",
                // tatweel in a dateline
                "الداخلـــــة");
    }

    private static List<SamplePage> articlePages() {
        List<SamplePage> out = new ArrayList<>();
        SampleSite.pages().stream().filter(SamplePage::isArticle).forEach(out::add);
        SampleSite.trapPages().stream().filter(SamplePage::isArticle).forEach(out::add);
        assertThat(out).hasSizeGreaterThanOrEqualTo(14);
        return out;
    }

    private static String visibleText(SamplePage page) {
        return PageText.visible(PageText.decode(site.render(page.path()), SampleSite.contentType(page.path())));
    }
}
