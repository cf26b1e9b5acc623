package org.akhbar.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Decides whether what was extracted is an article, and if not, says why in a few words.
 *
 * <p>Not an article: a site's home page ({@link #isHomePage}); no title; no body text; a
 * container that is mostly link text; a page
 * whose metadata declares a listing (JSON-LD CollectionPage, SearchResultsPage or ProfilePage,
 * og:type product.group, product or profile) and no JSON-LD article; unless the
 * metadata declares an article, a listing (many headline links in the container, at least
 * twice as many as prose paragraphs, or og:type "website" with many links and little prose);
 * a container that is one card of a long run of alike cards, or a page with a grid of priced
 * cards beside its text and neither a JSON-LD article nor a date ({@link RepeatedItems}); a page whose address
 * files it under a listing word ({@link #listingPathWord}) and whose metadata gives neither
 * an article type nor a date; or, unless the page frames one dated story ({@link #isShortStory}), less than {@link
 * #MIN_BODY_CHARS} characters of body or a single paragraph shorter than {@link
 * #MIN_SINGLE_PARAGRAPH_CHARS}.
 */
final class PageJudge {

    static final int MIN_BODY_CHARS = 250;
    /** How the reason for too short a page begins ("too little text: 120 chars"). */
    static final String TOO_LITTLE_TEXT = "too little text";
    static final String SINGLE_SHORT_PARAGRAPH = "a single short paragraph";
    static final int MIN_SINGLE_PARAGRAPH_CHARS = 400;
    private static final double MAX_LINK_DENSITY = 0.5;
    private static final int HEADLINE_LINK_CHARS = 15;
    private static final int MIN_LISTING_LINKS = 5;
    static final int PROSE_CHARS = 150;

    private static final int MIN_TEASERS = 4;
    private static final double MIN_TEASER_SHARE = 0.6;
    /** The least share of a teaser's text its headline link holds (teasers: a fifth and more). */
    private static final double MIN_HEADLINE_SHARE = 0.1;
    /** Items of a list repeat: at least this many siblings with the same tag and class. */
    private static final int MIN_REPEATS = 3;
    /** The blocks that hold running text, where a link can be a phrase of a sentence. */
    private static final Set<String> RUNNING_TEXT_BLOCKS = Set.of("p", "li", "dd", "blockquote");

    private PageJudge() {}

    /**
     * An archive, tag, search or author page: most of the main block's text sits in repeated
     * items (siblings of one tag and class) that each hold a headline link making at least a
     * tenth of the item's text, the teasers of other pages with their excerpts and dates. An article may hold a short list of links,
     * never mostly that. Null when the block is not such a list.
     */
    static String teaserListing(List<Element> parts) {
        return teaserListing(parts, headlineLinks(parts));
    }

    /** {@link #teaserListing(List)} given the parts' {@link #headlineLinks}. */
    private static String teaserListing(List<Element> parts, List<HeadlineLink> links) {
        Set<Element> teasers = Collections.newSetFromMap(new IdentityHashMap<>());
        // Links of one list share their ancestors: judge each ancestor once.
        Map<Element, Boolean> repeated = new IdentityHashMap<>();
        // Children of one parent counted by tag and class once, however long the list.
        Map<Element, Map<String, Integer>> siblingKinds = new IdentityHashMap<>();
        Map<Element, Integer> itemChars = new IdentityHashMap<>();
        // An item's text is built once however many of its links ask: a long section holds many.
        Map<Element, Boolean> cutShort = new IdentityHashMap<>();
        for (HeadlineLink link : links) {
            Element item = repeatedItemAround(link.link(), link.part(), repeated, siblingKinds);
            // A teaser is a headline and a short excerpt: the headline is a good share
            // of it, or the excerpt is visibly cut short ("…"), as a short headline over a
            // long excerpt is. A section of a long story cut into repeated blocks holds
            // links too, a few words in a thousand, and its blocks end their sentences.
            if (item != null && (link.chars() >= MIN_HEADLINE_SHARE * itemChars.computeIfAbsent(item, TextLength::of)
                    || cutShort.computeIfAbsent(item, PageJudge::endsCutShort))) {
                teasers.add(item);
            }
        }
        if (teasers.size() < MIN_TEASERS) {
            return null;
        }
        // Only a block with enough teasers is measured: counting its whole text costs more
        // than everything above on an article page.
        int total = 0;
        for (Element part : parts) {
            total += TextLength.of(part);
        }
        if (total == 0) {
            return null;
        }
        int inTeasers = 0;
        for (Element item : teasers) {
            inTeasers += itemChars.get(item);
        }
        return inTeasers >= MIN_TEASER_SHARE * total ? "listing: " + teasers.size() + " teasers make the main block" : null;
    }

    /** Whether the item's text ends in an ellipsis: an excerpt cut from a longer text. */
    static boolean endsCutShort(Element item) {
        String text = item.text().strip();
        return text.endsWith("\u2026") || text.endsWith("...");
    }

    /** A link of a part that stands as a headline, with its text length ({@code text().length()}). */
    private record HeadlineLink(Element link, int chars, Element part) {}

    /**
     * The links of the parts, in document order, with {@link #HEADLINE_LINK_CHARS} or more of
     * text that {@link #standsAlone} and is no sentence ({@link #isSentence}): found once for
     * both listing tests. Text lengths are
     * counted without building the texts ({@link TextLength}), and the inline text of a
     * paragraph holding several links is counted once.
     */
    private static List<HeadlineLink> headlineLinks(List<Element> parts) {
        List<HeadlineLink> out = new ArrayList<>();
        Map<Element, Integer> inlineLengths = new IdentityHashMap<>();
        for (Element part : parts) {
            ElementWalk walk = new ElementWalk(part);
            for (Element e = walk.next(); e != null; e = walk.next()) {
                if (e.normalName().equals("a")) {
                    int chars = TextLength.of(e);
                    if (chars >= HEADLINE_LINK_CHARS && standsAlone(e, chars, inlineLengths)
                            && !isSentence(e)) {
                        out.add(new HeadlineLink(e, chars, part));
                    }
                }
            }
        }
        return out;
    }

    /**
     * Whether the link's text ends with a full stop: a sentence set as a link ("You can support
     * this webcam by making a gift to the Conservancy."), a call to the reader that a page may
     * repeat under each of its sections. Headlines end without one; an excerpt cut short
     * ("...") is a teaser's and stays one.
     */
    static boolean isSentence(Element link) {
        String text = link.text();
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end >= 2 && text.charAt(end - 1) == '.' && text.charAt(end - 2) != '.';
    }

    /**
     * Whether a link stands as a headline of its own: it wraps blocks (a card), it sits in a
     * block that is no paragraph or list entry (a teaser's div of spans), or it is most of the
     * inline text of its paragraph or entry (a heading link, an entry of a link and a date). A
     * link inside running text ("... said <a>in a statement</a> on Monday ...") or opening a
     * sentence that goes on after it (the entries of a numbered round-up) is part of the prose:
     * body chunks and lists of an article hold such links, teasers of other pages do not.
     */
    static boolean standsAlone(Element link) {
        return standsAlone(link, TextLength.of(link), new IdentityHashMap<>());
    }

    /** {@link #standsAlone(Element)} given the link's text length, with the inline text lengths of blocks met so far. */
    private static boolean standsAlone(Element link, int linkChars, Map<Element, Integer> inlineLengths) {
        for (int i = 0, n = link.childNodeSize(); i < n; i++) {
            if (link.childNode(i) instanceof Element child && MainContentFinder.isBlock(child)) {
                return true;
            }
        }
        Element block = link.parent();
        while (block != null && !MainContentFinder.isBlock(block)) {
            block = block.parent();
        }
        if (block == null || !RUNNING_TEXT_BLOCKS.contains(block.normalName())) {
            return true;
        }
        return linkChars * 2 >= inlineLengths.computeIfAbsent(block, PageJudge::inlineTextLength);
    }

    /**
     * Characters of text in the block outside its nested blocks (an entry's excerpt paragraph
     * is not its run) and outside its {@code <time>} elements (a date printed beside a
     * headline is no part of a sentence, however long its spelled-out form).
     */
    private static int inlineTextLength(Element block) {
        int length = 0;
        for (Node child : block.childNodes()) {
            if (child instanceof TextNode text) {
                length += TextLength.ofStripped(text);
            } else if (child instanceof Element e && !MainContentFinder.isBlock(e) && !e.normalName().equals("time")) {
                length += TextLength.of(e);
            }
        }
        return length;
    }

    /** The nearest ancestor of {@code link}, inside {@code part}, that is one of several alike siblings. */
    private static Element repeatedItemAround(Element link, Element part, Map<Element, Boolean> repeated,
            Map<Element, Map<String, Integer>> siblingKinds) {
        for (Element e = link; e != null && e != part; e = e.parent()) {
            if (e.parent() == null) {
                return null;
            }
            if (repeated.computeIfAbsent(e, item -> isRepeatedItem(item, siblingKinds))) {
                return e;
            }
        }
        return null;
    }

    /** Whether the element is one of at least {@link #MIN_REPEATS} siblings of its tag and class, and no link or paragraph. */
    private static boolean isRepeatedItem(Element e, Map<Element, Map<String, Integer>> siblingKinds) {
        if (e.normalName().equals("a") || e.normalName().equals("p")) {
            return false;
        }
        Map<String, Integer> kinds = siblingKinds.computeIfAbsent(e.parent(), parent -> {
            Map<String, Integer> counts = new HashMap<>();
            for (Element sibling : parent.children()) {
                counts.merge(kindOf(sibling), 1, Integer::sum);
            }
            return counts;
        });
        return kinds.getOrDefault(kindOf(e), 0) >= MIN_REPEATS;
    }

    private static String kindOf(Element e) {
        return e.normalName() + '\u0000' + e.className();
    }

    /**
     * Whether a page with little text still tells a story: a news brief of a sentence or two, a
     * photo whose caption names the people in it. Its page shows one headline, dates the story
     * (metadata, or a {@code <time datetime>} in its frame) and frames it as an article (an
     * {@code <article>} around the headline, or JSON-LD describing an article), and its main
     * block links to no other story. A 404, login or search page has no date; a section or tag
     * page lists its stories under headline links, and when its cards are articles, each with
     * its own headline, it shows several (og:type "article" alone says nothing: some CMSs print
     * it on every page).
     */
    private static boolean isShortStory(StoryFrame story, PageMetadata meta, List<HeadlineLink> links) {
        return story.headline() != null && (story.frame() != null || meta.jsonLdArticle()) && !meta.declaresWebsite()
                && links.isEmpty() && story.isDated(meta);
    }

    /**
     * Whether the URL is a site's home page: the path empty or "/", and no query but tracking
     * parameters (utm_*, srsltid, fbclid, gclid). A home page lists the site's stories or
     * products; an article has a path of its own, or an id in the query of a legacy script
     * ("/?p=123", "index.php?id=5").
     */
    static boolean isHomePage(java.net.URI url) {
        if (url == null || url.getRawPath() == null || (!url.getRawPath().isEmpty() && !url.getRawPath().equals("/"))) {
            return false;
        }
        String query = url.getRawQuery();
        if (query == null || query.isEmpty()) {
            return true;
        }
        for (String parameter : query.split("&")) {
            String name = parameter.substring(0, parameter.indexOf('=') < 0 ? parameter.length() : parameter.indexOf('='));
            if (!name.isEmpty() && !name.startsWith("utm_") && !TRACKING_PARAMETERS.contains(name)) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> TRACKING_PARAMETERS = Set.of("srsltid", "fbclid", "gclid");

    /**
     * Path words under which sites file their listings: a shop's category ("/c/", "/collections/",
     * "/browse/"), a section, tag, topic or author page, an archive, a search.
     */
    private static final Set<String> LISTING_PATH_WORDS = Set.of(
            "c", "l", "s", "category", "categories", "cat", "collection", "collections", "browse", "shop", "shopping",
            "market", "department", "departments", "section", "sections", "tag", "tags", "topic", "topics", "subject",
            "subjects", "author", "authors", "writer", "archive", "archives", "search");
    /** A listing is named in a word or three ("camp-stoves"); a story's slug is its headline. */
    private static final int MAX_LISTING_NAME_WORDS = 3;

    /**
     * The listing word of the URL's path when the path files the page under one ({@link
     * #LISTING_PATH_WORDS}) and ends in a short name (three words at most, or a page number):
     * "/c/camp-stoves", "/browse/shoes/mens/sneakers", "/topic/software", "/category/news/2". Null
     * for a story's address, which ends in its headline's slug or its id.
     */
    static String listingPathWord(java.net.URI url) {
        String path = url == null ? null : url.getRawPath();
        if (path == null || path.isEmpty()) {
            return null;
        }
        String[] segments = path.split("/");
        String word = null;
        String last = null;
        for (String segment : segments) {
            if (segment.isEmpty()) {
                continue;
            }
            if (word == null && LISTING_PATH_WORDS.contains(segment.toLowerCase(java.util.Locale.ROOT))) {
                word = segment;
            }
            last = segment;
        }
        if (word == null || last.equals(word)) {
            return word;
        }
        String name = last.replaceFirst("\\.[A-Za-z]{2,5}$", "");
        if (name.chars().allMatch(Character::isDigit)) {
            return name.length() <= 3 ? word : null; // a page number, not a story's id
        }
        return name.split("[-_.+]|%20").length <= MAX_LISTING_NAME_WORDS ? word : null;
    }

    private static boolean hasTime(List<Element> parts) {
        for (Element part : parts) {
            if (Extractor.firstTimeWithDatetime(part) != null) {
                return true;
            }
        }
        return false;
    }

    /** Null when the page is an article, else the reason it is not. */
    static String reasonNotArticle(String title, List<Paragraph> paragraphs, MainContentFinder.Result content,
            PageMetadata meta, Element body, StoryFrame story, java.net.URI url) {
        if (isHomePage(url)) {
            return "listing: the site's home page (URL path /)";
        }
        int chars = 0;
        int prose = 0;
        for (Paragraph p : paragraphs) {
            chars += p.text().length();
            if (p.text().length() >= PROSE_CHARS && p.linkRatio() < 0.1) {
                prose++;
            }
        }
        if (content.linkDensity() > MAX_LINK_DENSITY) {
            return "listing: main block is mostly links";
        }
        if (meta.listingEvidence() != null && !meta.jsonLdArticle()) {
            return "listing: the page declares itself one (" + meta.listingEvidence() + ")";
        }
        List<HeadlineLink> links = headlineLinks(content.parts());
        String teasers = teaserListing(content.parts(), links);
        if (teasers != null) {
            return teasers;
        }
        String card = RepeatedItems.oneOfManyItems(content.best(), content.parts());
        if (card != null) {
            return card;
        }
        if (!meta.declaresArticle()) {
            int headlineLinks = links.size();
            if (headlineLinks >= MIN_LISTING_LINKS && headlineLinks >= 2 * prose) {
                return "listing: " + headlineLinks + " headline links in main block";
            }
            if (meta.declaresWebsite() && prose < 3 && body.getElementsByTag("a").size() >= 20) {
                return "listing: og:type website with many links and little prose";
            }
        }
        if (!meta.jsonLdArticle() && meta.published().isEmpty()) {
            // A page that describes itself as an article in JSON-LD, or dates itself, is no
            // shop's category page (and most news pages are spared the walk).
            String grid = RepeatedItems.pricedGrid(body, content.parts(), chars);
            if (grid != null) {
                return grid;
            }
        }
        String pathWord = listingPathWord(url);
        if (pathWord != null && !meta.declaresArticle() && meta.published().isEmpty() && !hasTime(content.parts())) {
            return "listing: filed under /" + pathWord + "/ with no article type and no date";
        }
        boolean littleText = chars < MIN_BODY_CHARS || (paragraphs.size() < 2 && chars < MIN_SINGLE_PARAGRAPH_CHARS);
        if (littleText && (chars == 0 || !isShortStory(story, meta, links))) {
            return chars < MIN_BODY_CHARS ? TOO_LITTLE_TEXT + ": " + chars + " chars" : SINGLE_SHORT_PARAGRAPH;
        }
        if (title == null || title.isBlank()) {
            return "no title";
        }
        return null;
    }
}
