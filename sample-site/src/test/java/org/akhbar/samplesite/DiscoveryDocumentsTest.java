package org.akhbar.samplesite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class DiscoveryDocumentsTest {

    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";

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
    void wadiRssFeedIsWellFormedAndListsEveryWadiArticle() throws Exception {
        Document rss = parse(Http.get(site, "/wadi/feed.xml").body());
        assertThat(rss.getDocumentElement().getTagName()).isEqualTo("rss");
        assertThat(rss.getDocumentElement().getAttribute("version")).isEqualTo("2.0");

        List<String> links = texts(rss.getElementsByTagName("link"), "item");
        NodeList pubDates = rss.getElementsByTagName("pubDate");

        assertThat(paths(links)).isEqualTo(articlePaths("wadi"));
        assertThat(pubDates.getLength()).isEqualTo(links.size());
    }

    @Test
    void qadimAtomFeedIsWellFormedAndListsEveryQadimArticle() throws Exception {
        Document atom = parse(Http.get(site, "/qadim/atom.xml").body());
        assertThat(atom.getDocumentElement().getLocalName()).isEqualTo("feed");

        List<String> links = new ArrayList<>();
        NodeList entries = atom.getElementsByTagNameNS(ATOM_NS, "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            Element link = (Element) ((Element) entries.item(i)).getElementsByTagNameNS(ATOM_NS, "link").item(0);
            links.add(link.getAttribute("href"));
        }

        assertThat(paths(links)).isEqualTo(articlePaths("qadim"));
    }

    @Test
    void bawabaSitemapIndexLeadsToAPlainAndAGzippedChildThatTogetherListEveryArticle() throws Exception {
        Document index = parse(Http.get(site, "/bawaba/sitemap.xml").body());
        assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        List<String> children = texts(index.getElementsByTagNameNS(SITEMAP_NS, "loc"), null);
        assertThat(paths(children)).containsExactlyInAnyOrder("/bawaba/sitemap-news.xml", "/bawaba/sitemap-archive.xml.gz");

        Set<String> listed = new TreeSet<>();
        for (String child : children) {
            HttpResponse<byte[]> response = Http.get(URI.create(child));
            byte[] xml = response.body();
            if (child.endsWith(".gz")) {
                assertThat(response.headers().firstValue("Content-Type")).hasValue("application/x-gzip");
                assertThat(xml[0] & 0xff).isEqualTo(0x1f);
                assertThat(xml[1] & 0xff).isEqualTo(0x8b);
                try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(xml))) {
                    xml = in.readAllBytes();
                }
            }
            Document urlset = parse(xml);
            assertThat(urlset.getDocumentElement().getLocalName()).isEqualTo("urlset");
            NodeList urls = urlset.getElementsByTagNameNS(SITEMAP_NS, "url");
            assertThat(urls.getLength()).isPositive();
            for (int i = 0; i < urls.getLength(); i++) {
                Element url = (Element) urls.item(i);
                assertThat(url.getElementsByTagNameNS(SITEMAP_NS, "lastmod").getLength()).isEqualTo(1);
                listed.add(URI.create(url.getElementsByTagNameNS(SITEMAP_NS, "loc").item(0).getTextContent()).getPath());
            }
        }

        assertThat(listed).isEqualTo(articlePaths("bawaba"));
        assertThat(listed).contains("/bawaba/private/election-coverage-draft.html");
    }

    @Test
    void qadimSectionPageLinksEveryQadimArticle() {
        String html = PageText.decode(Http.get(site, "/qadim/section/local.html").body(), "text/html; charset=windows-1256");

        assertThat(hrefsUnder(html, "/qadim/news/")).isEqualTo(articlePaths("qadim"));
    }

    @Test
    void everyUrlInFeedsSitemapsAndSectionPagesIsServed() {
        Set<String> urls = new TreeSet<>();
        for (String path : List.of("/wadi/feed.xml", "/qadim/atom.xml", "/bawaba/sitemap.xml", "/bawaba/sitemap-news.xml")) {
            urls.addAll(absoluteUrls(new String(site.render(path), StandardCharsets.UTF_8)));
        }
        for (SamplePage page : SampleSite.pages()) {
            urls.addAll(absoluteUrls(PageText.decode(site.render(page.path()), null)));
        }

        assertThat(urls).hasSizeGreaterThan(30);
        for (String url : urls) {
            assertThat(Http.get(URI.create(url)).statusCode()).as(url).isIn(200);
        }
    }

    @Test
    void trapsAreLinkedFromNoPageFeedOrSitemap() {
        for (SamplePage page : SampleSite.pages()) {
            assertThat(PageText.decode(site.render(page.path()), null)).as(page.path()).doesNotContain("/traps/");
        }
        for (String path : List.of("/wadi/feed.xml", "/qadim/atom.xml", "/bawaba/sitemap-news.xml", "/robots.txt")) {
            assertThat(new String(site.render(path), StandardCharsets.UTF_8)).as(path).doesNotContain("/traps/");
        }
    }

    @Test
    void sourcesYamlDescribesTheThreeSourcesAtTheRunningAddress() {
        String base = site.baseUri().toString();
        String yaml = site.sourcesYaml();

        assertThat(yaml).startsWith("sources:\n").contains(
                "  - id: wadi\n    name: \"وادي بريس\"\n    homepage: " + base + "/wadi/\n"
                        + "    feeds: [" + base + "/wadi/feed.xml]\n    sitemaps: []\n    startUrls: []\n"
                        + "    timezone: Africa/Casablanca\n",
                "  - id: bawaba\n    name: \"بوابة المشرق\"\n    homepage: " + base + "/bawaba/\n"
                        + "    feeds: []\n    sitemaps: [" + base + "/bawaba/sitemap.xml]\n    startUrls: []\n"
                        + "    timezone: Asia/Riyadh\n",
                "  - id: qadim\n    name: \"جريدة القديم\"\n    homepage: " + base + "/qadim/\n"
                        + "    feeds: [" + base + "/qadim/atom.xml]\n    sitemaps: []\n"
                        + "    startUrls: [" + base + "/qadim/section/local.html]\n    timezone: Africa/Casablanca\n");
        for (String url : absoluteUrls(yaml)) {
            assertThat(Http.get(URI.create(url)).statusCode()).as(url).isEqualTo(200);
        }
    }

    @Test
    void wadiDatelinesOpenWithTheSiteNameOfItsSource() {
        String name = SampleSource.WADI.siteName();
        for (SamplePage page : SampleSite.pages()) {
            if (page.sourceId().equals("wadi") && page.isArticle()) {
                assertThat(new String(site.render(page.path()), StandardCharsets.UTF_8))
                        .as(page.path()).containsPattern("<strong>" + name + " : \\S*ـ\\S*</strong>");
            }
        }
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static List<String> texts(NodeList nodes, String parentTag) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (parentTag == null || nodes.item(i).getParentNode().getNodeName().equals(parentTag)) {
                out.add(nodes.item(i).getTextContent().trim());
            }
        }
        return out;
    }

    private static Set<String> paths(List<String> urls) {
        Set<String> out = new TreeSet<>();
        for (String url : urls) {
            assertThat(url).startsWith(site.baseUri() + "/");
            out.add(URI.create(url).getPath());
        }
        return out;
    }

    private static Set<String> articlePaths(String source) {
        Set<String> out = new TreeSet<>();
        SampleSite.articles().stream().filter(a -> a.sourceId().equals(source)).forEach(a -> out.add(a.path()));
        return out;
    }

    private static Set<String> hrefsUnder(String html, String prefix) {
        Set<String> out = new TreeSet<>();
        Matcher m = Pattern.compile("href=\"([^\"]+)\"").matcher(html);
        while (m.find()) {
            String path = URI.create(m.group(1)).getPath();
            if (path != null && path.startsWith(prefix)) {
                out.add(path);
            }
        }
        return out;
    }

    private static Set<String> absoluteUrls(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = Pattern.compile(Pattern.quote(site.baseUri().toString()) + "[^\"'<>\\s\\],#]*").matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
