package org.akhbar.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reads {@link PageMetadata} from a parsed page: JSON-LD (including {@code @graph} and arrays,
 * with {@code @id} references resolved), OpenGraph and other meta tags, {@code <link
 * rel=canonical>}, {@code <html lang>}, h1s, byline elements and date-label elements. Malformed
 * JSON-LD is skipped without affecting the rest.
 */
final class MetadataReader {

    private static final Set<String> ARTICLE_TYPES = Set.of(
            "newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle",
            "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "livebloposting", "liveblogposting",
            "scholarlyarticle", "techarticle", "report");
    private static final Set<String> SITE_TYPES = Set.of("organization", "newsmediaorganization", "website");
    /**
     * Page types of JSON-LD that say the page lists other pages: a category or tag page, a search
     * result page, an author's page. ItemList is not among them: a "top ten" article describes
     * its list with one.
     */
    private static final Map<String, String> LISTING_TYPES = Map.of(
            "collectionpage", "CollectionPage", "searchresultspage", "SearchResultsPage", "profilepage", "ProfilePage");
    /** og:type values of a shop's category page, a product page and a person's page. */
    private static final Set<String> LISTING_OG_TYPES = Set.of("product.group", "product", "profile");
    private static final List<String> PUBLISHED_KEYS = List.of(
            "article:published_time", "datepublished", "pubdate", "publishdate", "dc.date.issued", "dcterms.issued",
            "parsely-pub-date", "sailthru.date", "og:published_time", "publish-date", "date");
    private static final int MAX_WALK_DEPTH = 12;
    private static final int MAX_LABEL_LENGTH = 80;

    private MetadataReader() {}

    static PageMetadata read(Document doc, String configuredSiteName) {
        return read(doc, Scan.of(doc), configuredSiteName);
    }

    /**
     * The metadata from a scan that has seen every element of {@code doc}, in document order
     * (the extractor lets the pruner's walk feed it, so the page is walked once for both).
     */
    static PageMetadata read(Document doc, Scan scan, String configuredSiteName) {
        Map<String, String> meta = scan.meta;
        JsonLd ld = new JsonLd();
        for (Element script : scan.jsonLd) {
            Object parsed = JsonReader.parse(script.data());
            if (parsed != null) {
                ld.collect(parsed);
            }
        }
        ld.resolve();

        // og:title first: sites write it for sharing, as the bare headline, while JSON-LD
        // headlines are more often truncated, double-escaped or decorated by plugins.
        List<String> headlines = new ArrayList<>();
        addIfText(headlines, meta.get("og:title"));
        for (String h : ld.headlines) {
            addIfText(headlines, h);
        }
        addIfText(headlines, meta.get("twitter:title"));
        boolean hasMetadataHeadline = !headlines.isEmpty();
        addIfText(headlines, scan.title);

        LinkedHashSet<String> siteNames = new LinkedHashSet<>();
        addIfText(siteNames, configuredSiteName);
        addIfText(siteNames, meta.get("og:site_name"));
        addIfText(siteNames, meta.get("application-name"));
        siteNames.addAll(ld.siteNames);

        List<String> published = new ArrayList<>(ld.published);
        for (String key : PUBLISHED_KEYS) {
            addIfText(published, meta.get(key));
        }
        published.addAll(scan.visiblePublished);
        List<String> modified = new ArrayList<>(ld.modified);
        addIfText(modified, meta.get("article:modified_time"));
        addIfText(modified, meta.get("og:updated_time"));
        addIfText(modified, meta.get("datemodified"));

        List<String> authors = new ArrayList<>(ld.authors);
        addIfText(authors, meta.get("author"));
        addIfText(authors, meta.get("article:author"));
        addIfText(authors, meta.get("parsely-author"));
        addIfText(authors, meta.get("sailthru.author"));

        String ogType = meta.getOrDefault("og:type", "").toLowerCase(Locale.ROOT);
        return new PageMetadata(
                headlines,
                scan.h1s,
                List.copyOf(siteNames),
                canonical(doc, scan.canonical, meta),
                published,
                modified,
                authors,
                scan.bylines,
                scan.dateLabels,
                language(scan.htmlLang, meta),
                ld.isArticle || ogType.equals("article"),
                ogType.equals("website"),
                ld.articleBody,
                scan.title.isBlank() ? null : TextNormalizer.cleanWhitespace(scan.title),
                hasMetadataHeadline,
                scan.h1Elements,
                ld.isArticle,
                scan.captions,
                ld.listingType != null ? "JSON-LD " + ld.listingType
                        : LISTING_OG_TYPES.contains(ogType) ? "og:type " + ogType : null);
    }

    /**
     * One walk over every element collects all the raw material, so metadata costs one pass
     * whatever the page's size (a CSS selector per item would walk the page once per item).
     * The walk may be someone else's: {@link #visit} is called once per element, in document
     * order, before anything below the element is removed.
     */
    static final class Scan {
        final Map<String, String> meta = new HashMap<>();
        final List<Element> jsonLd = new ArrayList<>();
        final List<String> h1s = new ArrayList<>();
        final List<Element> h1Elements = new ArrayList<>();
        final List<PageMetadata.Caption> captions = new ArrayList<>();
        final List<String> visiblePublished = new ArrayList<>();
        final List<String> bylines = new ArrayList<>();
        final List<Element> dateLabels = new ArrayList<>();
        String title = "";
        String canonical = "";
        String htmlLang = "";

        static Scan of(Document doc) {
            Scan scan = new Scan();
            // A visitor, not getAllElements(): no list of every element is built.
            NodeTraversor.traverse((node, depth) -> {
                if (node instanceof Element e) {
                    scan.visit(e);
                }
            }, doc);
            return scan;
        }

        /** Visits every element of {@code doc} except {@code skipped} and what it holds, in document order. */
        void visitAllBut(Document doc, Element skipped) {
            doc.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (node == skipped) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (node instanceof Element e) {
                        visit(e);
                    }
                    return FilterResult.CONTINUE;
                }
            });
        }

        void visit(Element e) {
            switch (e.normalName()) {
                case "html" -> htmlLang = e.attr("lang");
                case "title" -> {
                    if (title.isEmpty()) {
                        title = e.text();
                    }
                }
                case "meta" -> readMeta(e);
                case "link" -> {
                    if (canonical.isEmpty() && e.attr("rel").equalsIgnoreCase("canonical") && e.hasAttr("href")) {
                        canonical = absolute(e);
                    }
                }
                case "script" -> {
                    if (e.attr("type").trim().equalsIgnoreCase("application/ld+json")) {
                        jsonLd.add(e);
                    }
                }
                case "h1" -> {
                    addIfText(h1s, e.text());
                    h1Elements.add(e);
                }
                case "figcaption" -> captions.add(new PageMetadata.Caption(e.parent(), e));
                case "time" -> {
                    if (e.hasAttr("pubdate")) {
                        addIfText(visiblePublished, e.attr("datetime"));
                    }
                    dateLabels.add(e);
                }
                default -> { }
            }
            if (e.attributesSize() == 0) {
                return; // every test below reads an attribute
            }
            // The parser lower-cases attribute names: exact-key lookups, not case-blind scans.
            Attributes attributes = e.attributes();
            String itemprop = attributes.get("itemprop");
            if (!itemprop.isEmpty() && !e.normalName().equals("meta")) {
                if (itemprop.equalsIgnoreCase("datePublished")) {
                    addIfText(visiblePublished, e.hasAttr("datetime") ? e.attr("datetime") : e.attr("content"));
                } else if (itemprop.equalsIgnoreCase("author")) {
                    Element name = e.selectFirst("[itemprop=name]");
                    addShort(bylines, name != null ? name : e);
                    return;
                }
            }
            // Class and id are searched ignoring ASCII case, without lower-cased copies: for
            // these keywords that finds what a search of the lower-cased strings finds.
            String className = attributes.get("class");
            String id = attributes.get("id");
            boolean relAuthor = attributes.get("rel").equalsIgnoreCase("author");
            if (className.isEmpty() && id.isEmpty() && !relAuthor) {
                return;
            }
            int classHints = hintsIn(className);
            int idHints = hintsIn(id);
            if ((classHints & BYLINE_HINTS) != 0 || (idHints & AUTHOR) != 0 || relAuthor) {
                if (!inComments(e) && ((classHints | idHints) & ABOUT_THE_WRITER) == 0) {
                    addShort(bylines, e);
                }
            } else if ((classHints & (DATE | TIME | PUBLISH | META)) != 0 || (idHints & DATE) != 0) {
                dateLabels.add(e);
            }
        }

        /** The class and id keywords the scan looks for, one bit each, in bit order ({@link #hintsIn}). */
        static final String[] HINTS = {
            "author", "byline", "writer", "reporter", "date", "time", "publish", "meta", "desc", "bio", "about"};
        static final int AUTHOR = 1;
        static final int BYLINE = 1 << 1;
        static final int WRITER = 1 << 2;
        static final int REPORTER = 1 << 3;
        static final int DATE = 1 << 4;
        static final int TIME = 1 << 5;
        static final int PUBLISH = 1 << 6;
        static final int META = 1 << 7;
        static final int DESC = 1 << 8;
        static final int BIO = 1 << 9;
        static final int ABOUT = 1 << 10;
        /** A class holding one of these names a byline (an id, only "author"). */
        static final int BYLINE_HINTS = AUTHOR | BYLINE | WRITER | REPORTER;
        /** "author-description", "author-bio", "about-author": a sentence about the writer, not a name. */
        static final int ABOUT_THE_WRITER = DESC | BIO | ABOUT;

        /**
         * Which of the {@link #HINTS} {@code value} contains, ASCII letters compared without
         * case: bit i set exactly when {@code value.toLowerCase(Locale.ROOT).contains(HINTS[i])}
         * (the only other characters that lower-case to ASCII letters are the Kelvin sign, to
         * "k", in no keyword, and the dotted capital I, to "i" and a combining dot, and no
         * keyword ends in "i"), without lower-cased copies. One pass over the value instead of
         * one per keyword: at each position only the keywords opening with that letter are
         * compared.
         */
        static int hintsIn(String value) {
            int bits = 0;
            for (int i = 0, n = value.length(); i < n; i++) {
                // c | 0x20 is the lower-case letter for an ASCII letter of either case, and
                // no keyword's first letter for any other character.
                switch (value.charAt(i) | 0x20) {
                    case 'a' -> bits |= hintAt(value, i, "author", AUTHOR) | hintAt(value, i, "about", ABOUT);
                    case 'b' -> bits |= hintAt(value, i, "byline", BYLINE) | hintAt(value, i, "bio", BIO);
                    case 'w' -> bits |= hintAt(value, i, "writer", WRITER);
                    case 'r' -> bits |= hintAt(value, i, "reporter", REPORTER);
                    case 'd' -> bits |= hintAt(value, i, "date", DATE) | hintAt(value, i, "desc", DESC);
                    case 't' -> bits |= hintAt(value, i, "time", TIME);
                    case 'p' -> bits |= hintAt(value, i, "publish", PUBLISH);
                    case 'm' -> bits |= hintAt(value, i, "meta", META);
                    default -> { }
                }
            }
            return bits;
        }

        /** {@code bit} when the lower-case ASCII {@code hint} starts at {@code start} of {@code value}, ASCII case ignored. */
        private static int hintAt(String value, int start, String hint, int bit) {
            if (start + hint.length() > value.length()) {
                return 0;
            }
            for (int k = 1; k < hint.length(); k++) {
                if (lowerAscii(value.charAt(start + k)) != hint.charAt(k)) {
                    return 0;
                }
            }
            return bit;
        }

        private static char lowerAscii(char c) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }

        /**
         * The link's href made absolute. One that already is, in plain printable ASCII with no
         * dot segment, would come back from URL resolution unchanged: it is taken as it is.
         */
        private static String absolute(Element link) {
            String href = link.attr("href");
            boolean plain = (href.startsWith("https://") || href.startsWith("http://")) && !href.contains("/.");
            for (int i = 0; plain && i < href.length(); i++) {
                char c = href.charAt(i);
                plain = c > ' ' && c < 127 && c != '\\';
            }
            return plain ? href : link.absUrl("href");
        }

        /**
         * Whether the element belongs to the comments: a commenter's name ("comment-author") and
         * the comment form's name field are not the article's byline.
         */
        private static boolean inComments(Element e) {
            for (Element a = e; a != null; a = a.parent()) {
                if (namesComments((a.className() + " " + a.id()).toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a lower-case class or id names the comments or the comment form. */
        static boolean namesComments(String lowerHints) {
            return lowerHints.contains("comment") || lowerHints.contains("respond");
        }

        private void readMeta(Element m) {
            String key = m.hasAttr("property") ? m.attr("property")
                    : m.hasAttr("name") ? m.attr("name")
                    : m.hasAttr("itemprop") ? m.attr("itemprop")
                    : m.attr("http-equiv");
            String value = m.hasAttr("content") ? m.attr("content") : m.attr("datetime");
            if (!key.isBlank() && !value.isBlank()) {
                meta.putIfAbsent(key.trim().toLowerCase(Locale.ROOT), value.trim());
            }
        }

        /** Adds the element's text when it is short enough to be a label, not a whole block. */
        private static void addShort(List<String> out, Element e) {
            String raw = textOutsideFurniture(e, MAX_LABEL_LENGTH * 3);
            if (raw == null) {
                return;
            }
            String text = TextNormalizer.cleanWhitespace(raw);
            if (!text.isEmpty() && text.length() <= MAX_LABEL_LENGTH && !out.contains(text)) {
                out.add(text);
            }
        }
    }

    /**
     * The element's text, or null as soon as it is longer than {@code max}: a wrapper that
     * happens to have "meta" or "date" in its class is not read to the end.
     */
    static String boundedText(Element e, int max) {
        return boundedText(e, max, false);
    }

    /**
     * {@link #boundedText} without what cuttable furniture inside {@code e} holds ({@link
     * BoilerplatePruner#isCuttableFurniture}: menus, sidebars, footers): it is never the
     * element's own text, and the extractor may have left it out before the parse ({@link
     * FurnitureRegions}), so reading it would make the answer depend on that.
     */
    static String textOutsideFurniture(Element e, int max) {
        return boundedText(e, max, true);
    }

    private static String boundedText(Element e, int max, boolean skipFurniture) {
        StringBuilder sb = new StringBuilder();
        boolean[] tooLong = {false};
        e.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                FilterResult result = FilterResult.CONTINUE;
                if (node instanceof TextNode t) {
                    sb.append(t.getWholeText());
                } else if (node instanceof Element el && (el.normalName().equals("br") || MainContentFinder.isBlock(el))) {
                    sb.append(' ');
                    if (skipFurniture && node != e && BoilerplatePruner.isCuttableFurniture(el)) {
                        result = FilterResult.SKIP_CHILDREN;
                    }
                }
                if (sb.length() > max) {
                    tooLong[0] = true;
                    return FilterResult.STOP;
                }
                return result;
            }
        });
        return tooLong[0] ? null : sb.toString();
    }

    private static String canonical(Document doc, String fromLink, Map<String, String> meta) {
        String url = fromLink;
        if (url.isEmpty() && meta.containsKey("og:url")) {
            Element probe = doc.createElement("a").attr("href", meta.get("og:url"));
            probe.setBaseUri(doc.location());
            url = probe.absUrl("href");
        }
        return url.startsWith("http://") || url.startsWith("https://") ? url : null;
    }

    private static String language(String htmlLang, Map<String, String> meta) {
        String lang = htmlLang;
        if (lang.isBlank()) {
            lang = meta.getOrDefault("content-language", meta.getOrDefault("og:locale", ""));
        }
        String primary = lang.trim().toLowerCase(Locale.ROOT);
        int end = 0;
        while (end < primary.length() && primary.charAt(end) >= 'a' && primary.charAt(end) <= 'z') {
            end++;
        }
        return end >= 2 && end <= 3 ? primary.substring(0, end) : null;
    }

    private static void addIfText(java.util.Collection<String> out, String value) {
        if (value != null) {
            String clean = TextNormalizer.cleanWhitespace(value);
            if (!clean.isEmpty() && !out.contains(clean)) {
                out.add(clean);
            }
        }
    }

    /** What the JSON-LD blocks of one page say; filled by walking every parsed block. */
    private static final class JsonLd {
        final List<String> headlines = new ArrayList<>();
        final List<String> published = new ArrayList<>();
        final List<String> modified = new ArrayList<>();
        final List<String> authors = new ArrayList<>();
        final List<String> siteNames = new ArrayList<>();
        final Map<String, Map<?, ?>> byId = new HashMap<>();
        final List<Object> pendingAuthors = new ArrayList<>();
        boolean isArticle;
        String articleBody;
        /** The first listing page type met ({@link #LISTING_TYPES}), as the page spells it, or null. */
        String listingType;

        void collect(Object node) {
            walk(node, 0);
        }

        private void walk(Object node, int depth) {
            if (depth > MAX_WALK_DEPTH) {
                return;
            }
            if (node instanceof List<?> list) {
                for (Object item : list) {
                    walk(item, depth + 1);
                }
            } else if (node instanceof Map<?, ?> map) {
                if (map.get("@id") instanceof String id) {
                    byId.putIfAbsent(id, map);
                }
                Set<String> types = types(map.get("@type"));
                for (String type : types) {
                    if (listingType == null && LISTING_TYPES.containsKey(type)) {
                        listingType = LISTING_TYPES.get(type);
                    }
                }
                if (types.stream().anyMatch(ARTICLE_TYPES::contains)) {
                    readArticle(map);
                } else if (types.stream().anyMatch(SITE_TYPES::contains) && map.get("name") instanceof String name) {
                    addIfText(siteNames, name);
                }
                walk(map.get("@graph"), depth + 1);
            }
        }

        private void readArticle(Map<?, ?> map) {
            isArticle = true;
            Object headline = map.get("headline") != null ? map.get("headline") : map.get("name");
            if (headline instanceof String h) {
                // Some CMSs HTML-escape the value before writing it into the JSON ("&quot;").
                addIfText(headlines, h.indexOf('&') >= 0 ? org.jsoup.parser.Parser.unescapeEntities(h, false) : h);
            }
            if (map.get("datePublished") instanceof String d) {
                addIfText(published, d);
            }
            if (map.get("dateCreated") instanceof String d) {
                addIfText(published, d);
            }
            if (map.get("dateModified") instanceof String d) {
                addIfText(modified, d);
            }
            if (map.get("articleBody") instanceof String body && articleBody == null) {
                articleBody = body;
            }
            if (map.get("publisher") instanceof Map<?, ?> publisher) {
                pendingAuthors.add(new SiteNameRef(publisher));
            }
            if (map.get("author") != null) {
                pendingAuthors.add(map.get("author"));
            }
        }

        /** Authors and publishers may point into the graph by {@code @id}: read them once everything is known. */
        void resolve() {
            for (Object pending : pendingAuthors) {
                if (pending instanceof SiteNameRef ref) {
                    String name = nameOf(ref.publisher());
                    if (name != null) {
                        addIfText(siteNames, name);
                    }
                } else {
                    addAuthors(pending, 0);
                }
            }
        }

        private void addAuthors(Object author, int depth) {
            if (depth > 3 || author == null) {
                return;
            }
            if (author instanceof String s) {
                addIfText(authors, s);
            } else if (author instanceof List<?> list) {
                for (Object a : list) {
                    addAuthors(a, depth + 1);
                }
            } else if (author instanceof Map<?, ?> map) {
                String name = nameOf(map);
                if (name != null) {
                    addIfText(authors, name);
                }
            }
        }

        private String nameOf(Map<?, ?> map) {
            Map<?, ?> target = map;
            if (!(map.get("name") instanceof String) && map.get("@id") instanceof String id && byId.containsKey(id)) {
                target = byId.get(id);
            }
            return target.get("name") instanceof String name ? name : null;
        }

        private static Set<String> types(Object type) {
            Set<String> out = new java.util.HashSet<>();
            if (type instanceof String s) {
                out.add(s.toLowerCase(Locale.ROOT));
            } else if (type instanceof List<?> list) {
                for (Object t : list) {
                    if (t instanceof String s) {
                        out.add(s.toLowerCase(Locale.ROOT));
                    }
                }
            }
            return out;
        }
    }

    private record SiteNameRef(Map<?, ?> publisher) {}
}
