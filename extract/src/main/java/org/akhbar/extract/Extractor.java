package org.akhbar.extract;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts the article from one fetched page: a pure function of {@link ExtractionInput}.
 *
 * <p>Steps, in this order because each needs what the one before left: decode the bytes
 * ({@link CharsetSniffer}); parse them without what is never read: script and style bodies,
 * comments, unread attributes ({@link InertContentStripper}) and the content of menus,
 * sidebars and footers the pruner would drop whole ({@link FurnitureRegions}); read metadata,
 * title, byline and date-label elements while the page is whole ({@link MetadataReader},
 * {@link TitleChooser}); prune page furniture
 * ({@link BoilerplatePruner}); find the body container ({@link MainContentFinder}); collect its
 * paragraphs and drop boilerplate ones ({@link ParagraphCollector}, {@link ParagraphFilter}),
 * taking an emphasised first line, or an emphasised block just above the body, as the title on
 * pages without a headline of their own ({@link TitleChooser#leadHeadline}, {@link
 * TitleChooser#precedingHeadline});
 * take out date-only lines, the byline and the dateline ({@link BylineExtractor}, {@link
 * DatelineExtractor}); judge whether it is an article ({@link PageJudge}); date it ({@link
 * ArabicDateParser}: metadata first, then {@code <time>}, date labels and the first
 * paragraphs); name its language ({@link LanguageGuesser}).
 *
 * <p>Thread-safe (no state) and never throws: every failure becomes {@link
 * Extraction.Status#UNREADABLE} with the reason.
 */
public final class Extractor {

    /** A date line near the top says little else than the date: "نشر في", "آخر تحديث". */
    private static final int MAX_DATE_LINE_EXTRA_CHARS = 20;
    private static final int MAX_DATE_LINE_CHARS = 100;
    private static final int DATE_LINE_SCAN = 4;
    /** How many paragraphs at the end of the body may be a bare "updated at" time stamp. */
    private static final int DATE_LINE_TAIL = 2;
    private static final int BINARY_SAMPLE = 8192;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long BYTES_OF_0X20 = 0x2020202020202020L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final int NEAR_TOP_TEXTS = 6;
    private static final int MIN_NAVIGATION_LINKS = 3;

    /** Creates an extractor; it holds no state, one instance can serve every thread. */
    public Extractor() {}

    /** The article in the page, or why there is none. Never throws, never returns null. */
    public Extraction extract(ExtractionInput input) {
        return extract(input, true);
    }

    /**
     * The extraction with the content of furniture regions cut before the parse or kept: the
     * two must agree ({@link FurnitureRegions}), which the tests check.
     */
    Extraction extract(ExtractionInput input, boolean cutFurniture) {
        try {
            Extraction strict = run(input, cutFurniture, new ClassVerdicts());
            if (strict.status() == Extraction.Status.NOT_ARTICLE && mayHaveLostTheBodyToFurniture(strict.reason())) {
                // A theme may name the article's own wrapper with a furniture word ("share",
                // "sidebar-layout", "widget"): then the pruner took the article away and left
                // too little text. Read once more, the class and id words no longer pruning;
                // tags (nav, aside, footer), hidden elements and ads still go.
                // Only a long article is taken from that reading: what little text a page has
                // besides its furniture is more often furniture itself (a shop's offers, a
                // listing's blurb).
                Extraction lenient = run(input, cutFurniture, ClassVerdicts.withoutFurnitureWords());
                if (lenient.status() == Extraction.Status.ARTICLE && proseParagraphs(lenient.article()) >= MIN_RESCUED_PROSE) {
                    return lenient;
                }
                // A feature page may set its story in several blocks of a page builder (an
                // intro, captioned sections, a quote), none long enough to stand for the body.
                // When its one headline is dated beside it, the page presents a story: its
                // main region, read whole, is the story.
                // A third parse is only worth it when the markup has both parts of that frame.
                if (mayHaveDatedMain(input.body())) {
                    Extraction framed = run(input, cutFurniture, new ClassVerdicts(), true);
                    if (framed.status() == Extraction.Status.ARTICLE && proseParagraphs(framed.article()) >= MIN_RESCUED_PROSE) {
                        return framed;
                    }
                }
            } else if (strict.status() == Extraction.Status.ARTICLE && proseParagraphs(strict.article()) < MIN_RESCUED_PROSE
                    && paragraphTags(input.body()) >= Math.max(MIN_MISSED_PARAGRAPHS,
                            MISSED_PARAGRAPHS_FACTOR * (strict.article().paragraphs().size() + 1))) {
                // The pruner may also leave a thin article: an author's bio, the page's intro,
                // a row of teaser cards, while the body went with its furniture-named wrapper
                // ("share-container", "content-main-sidebar"). The markup then holds several
                // times the paragraphs the strict reading kept (a cheap count: most thin
                // readings are short stories, read whole, and a second reading costs a parse).
                // The lenient reading replaces it only when it is a long article and several
                // times the strict one's text.
                Extraction lenient = run(input, cutFurniture, ClassVerdicts.withoutFurnitureWords());
                if (lenient.status() == Extraction.Status.ARTICLE && proseParagraphs(lenient.article()) >= MIN_RESCUED_PROSE
                        && textChars(lenient.article()) >= MIN_RESCUE_GAIN * textChars(strict.article())) {
                    return lenient;
                }
            }
            return strict;
        } catch (RuntimeException | StackOverflowError e) {
            return new Extraction(Extraction.Status.UNREADABLE, "extractor failure: " + e.getClass().getSimpleName(), null);
        }
    }

    /** Reasons a page may give when the pruner took its body away: too little text was left. */
    private static boolean mayHaveLostTheBodyToFurniture(String reason) {
        return reason.startsWith(PageJudge.TOO_LITTLE_TEXT) || reason.equals(PageJudge.SINGLE_SHORT_PARAGRAPH)
                || reason.equals(NO_MAIN_CONTENT);
    }

    private static final String NO_MAIN_CONTENT = "no main content block";
    /** Paragraphs of prose ({@link PageJudge#PROSE_CHARS} and more) an article read leniently must have. */
    private static final int MIN_RESCUED_PROSE = 5;

    /** How many times the thin strict reading's text the lenient one must hold to replace it. */
    private static final int MIN_RESCUE_GAIN = 3;

    /** Paragraph tags in the markup that make a thin reading suspect: a short story has fewer. */
    private static final int MIN_MISSED_PARAGRAPHS = 15;
    /** How many times the thin reading's paragraphs (plus one) the markup must hold. */
    private static final int MISSED_PARAGRAPHS_FACTOR = 3;

    private static final byte[] MAIN_TAG = "<main".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] DATETIME = "datetime".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /**
     * Whether the raw bytes hold a {@code <main} and a {@code datetime} (any case), as {@link
     * #mainOfDatedHeadline} needs: a cheap test before a third parse. Read as ASCII, so a page in
     * UTF-16 or UTF-32 never gets that reading.
     */
    static boolean mayHaveDatedMain(byte[] body) {
        return InertContentStripper.indexOf(body, MAIN_TAG, 0, body.length) >= 0
                && InertContentStripper.indexOf(body, DATETIME, 0, body.length) >= 0;
    }

    /**
     * How many {@code <p>} start tags the raw bytes hold ({@code <p>}, {@code <p class=...>},
     * any case): a count without a parse, markup in scripts included, as an upper bound.
     */
    static int paragraphTags(byte[] body) {
        int count = 0;
        for (int i = 0; i + 2 < body.length; i++) {
            if (body[i] == '<' && (body[i + 1] | 0x20) == 'p') {
                byte next = body[i + 2];
                if (next == '>' || next == ' ' || next == '\t' || next == '\n' || next == '\r' || next == '\f') {
                    count++;
                }
            }
        }
        return count;
    }

    private static int textChars(ExtractedArticle article) {
        int n = 0;
        for (String p : article.paragraphs()) {
            n += p.length();
        }
        return n;
    }

    private static int proseParagraphs(ExtractedArticle article) {
        int prose = 0;
        for (String p : article.paragraphs()) {
            if (p.length() >= PageJudge.PROSE_CHARS) {
                prose++;
            }
        }
        return prose;
    }

    private Extraction run(ExtractionInput input, boolean cutFurniture, ClassVerdicts verdicts) {
        return run(input, cutFurniture, verdicts, false);
    }

    /**
     * One reading of the page; with {@code wholeMainOfDatedHeadline}, the content is the
     * {@code <main>} around the page's one headline when a {@code <time datetime>} stands
     * beside it ({@link #mainOfDatedHeadline}), and there is no article without one.
     */
    private Extraction run(ExtractionInput input, boolean cutFurniture, ClassVerdicts verdicts, boolean wholeMainOfDatedHeadline) {
        if (input == null || input.body() == null || input.body().length == 0) {
            return unreadable("empty body");
        }
        if (isNonHtmlMediaType(input.contentType())) {
            return unreadable("not an HTML page: " + input.contentType());
        }
        Charset charset = CharsetSniffer.detect(input.body(), input.contentType());
        if (!charset.name().startsWith("UTF-16") && !charset.name().startsWith("UTF-32") && looksBinary(input.body())) {
            return unreadable("binary body");
        }
        ZoneId zone = input.zone() == null ? ZoneOffset.UTC : input.zone();
        String baseUri = input.url() == null ? "" : input.url().toString();
        // Script and style bodies, comments and the content of menus, sidebars and footers the
        // pruner would drop whole are never article text: they are neither decoded nor parsed.
        // Templates repeat a few class names on thousands of elements: each is judged once, by
        // the byte scan or the pruner, whichever meets it first.
        Document doc = InertContentStripper.parse(input.body(), charset, baseUri, cutFurniture, verdicts);
        Element body = doc.body();
        if (!hasChildElement(body) && body.wholeText().isBlank()) {
            return unreadable(!hasChildElement(doc.head()) ? "empty body" : "no text in page");
        }

        // One walk serves two steps: the metadata scan sees every element (the pruned ones
        // too) while the pruner takes page furniture out of the body.
        MetadataReader.Scan scan = new MetadataReader.Scan();
        scan.visitAllBut(doc, body);
        BoilerplatePruner.prune(body, scan::visit, verdicts);
        PageMetadata meta = MetadataReader.read(doc, scan, input.siteName());
        String title = TitleChooser.choose(meta);

        MainContentFinder.Result content = MainContentFinder.find(body, meta.articleBody());
        StoryFrame story = StoryFrame.of(meta);
        if (story.bodyMissedBy(content)) {
            content = MainContentFinder.whole(story.frame());
        }
        if (wholeMainOfDatedHeadline) {
            Element main = mainOfDatedHeadline(story);
            if (main == null) {
                return notArticle(NO_DATED_HEADLINE);
            }
            content = MainContentFinder.whole(main);
        }
        if (content == null) {
            return notArticle(NO_MAIN_CONTENT);
        }
        List<Paragraph> paragraphs = ParagraphFilter.filter(ParagraphCollector.collect(content.parts()), title);
        String leadHeadline = TitleChooser.leadHeadline(meta, paragraphs);
        if (leadHeadline != null) {
            // The headline was set as the body's first line: it is the title, not article text.
            title = leadHeadline;
            paragraphs = paragraphs.subList(1, paragraphs.size());
        } else {
            String preceding = TitleChooser.precedingHeadline(meta, content.parts().get(0), paragraphs);
            if (preceding != null) {
                title = preceding;
            }
        }
        int echo = TitleChooser.titleEchoInBody(title, paragraphs);
        if (echo >= 0) {
            title = TitleChooser.titleGivenEcho(title, paragraphs.get(echo).text());
            paragraphs = without(paragraphs, echo);
        }

        Instant reference = referenceInstant(meta, zone, input.fetchedAt());
        List<String> dateLines = new ArrayList<>();
        paragraphs = withoutDateLines(paragraphs, zone, reference, dateLines, meta);
        // The byline goes first: "بقلم: ..." often sits above the dateline paragraph.
        BylineExtractor.Result byline = BylineExtractor.extract(paragraphs, meta);
        DatelineExtractor.Result dateline = DatelineExtractor.extract(byline.paragraphs(), meta.siteNames());
        paragraphs = dateline.paragraphs();
        if (paragraphs.isEmpty()) {
            paragraphs = story.captions(meta);
        }

        String reason = PageJudge.reasonNotArticle(title, paragraphs, content, meta, body, story, input.url());
        if (reason != null) {
            return notArticle(reason);
        }
        OffsetDateTime published = publishedAt(meta, content, dateLines, paragraphs, zone, reference);
        List<String> texts = new ArrayList<>(paragraphs.size());
        for (Paragraph p : paragraphs) {
            texts.add(p.text());
        }
        ExtractedArticle article = new ExtractedArticle(
                title,
                meta.canonicalUrl() != null ? meta.canonicalUrl() : baseUri,
                published,
                byline.authors(),
                dateline.place(),
                List.copyOf(texts),
                LanguageGuesser.guess(paragraphs, meta.language()),
                charset.name());
        return new Extraction(Extraction.Status.ARTICLE, null, article);
    }

    private static final String NO_DATED_HEADLINE = "no dated headline in a main region";
    /** How far above the headline its header block reaches: the headline's parent and grandparent. */
    private static final int HEADER_LEVELS = 2;

    /**
     * The {@code <main>} around the page's one headline when the headline's header block (its
     * parent or grandparent) holds a {@code <time datetime>}: the date a story prints beside its
     * title. Null otherwise.
     */
    static Element mainOfDatedHeadline(StoryFrame story) {
        Element headline = story.headline();
        if (headline == null) {
            return null;
        }
        Element main = headline.closest("main");
        if (main == null) {
            return null;
        }
        Element header = headline;
        for (int level = 0; level < HEADER_LEVELS && header.parent() != null && header.parent() != main; level++) {
            header = header.parent();
        }
        return firstTimeWithDatetime(header) != null ? main : null;
    }

    private static List<Paragraph> without(List<Paragraph> paragraphs, int index) {
        List<Paragraph> out = new ArrayList<>(paragraphs);
        out.remove(index);
        return out;
    }

    /** Dates without a year or relative dates are read against the page's other dates, else the fetch time. */
    private static Instant referenceInstant(PageMetadata meta, ZoneId zone, Instant fetchedAt) {
        for (String value : meta.modified()) {
            Optional<OffsetDateTime> modified = ArabicDateParser.parseMetadataDate(value, zone);
            if (modified.isPresent()) {
                return modified.get().toInstant();
            }
        }
        return fetchedAt;
    }

    /**
     * Removes short lines near the top that only give the date, or the date and the byline the
     * page names elsewhere (its byline element, its metadata author), keeping their text as date
     * candidates.
     */
    private static List<Paragraph> withoutDateLines(List<Paragraph> paragraphs, ZoneId zone, Instant reference,
            List<String> dateLines, PageMetadata meta) {
        List<Paragraph> out = new ArrayList<>(paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            if (i < DATE_LINE_SCAN && p.text().length() <= MAX_DATE_LINE_CHARS) {
                Optional<ArabicDateParser.Found> found = ArabicDateParser.find(p.text(), zone, reference);
                String remainder = found.isPresent() ? DateLineWords.remainder(found.get().rest()) : null;
                if (remainder != null && (addsOnlyDateLabels(remainder) || isKnownByline(remainder, meta))) {
                    dateLines.add(p.text());
                    continue;
                }
            }
            if ((i < DATE_LINE_SCAN || i >= paragraphs.size() - DATE_LINE_TAIL) && DateLineWords.isTimeStampOnly(p.text())) {
                // "Updated at 1:23 p.m.", "آخر تحديث: 18:40": a time with its label and nothing else.
                continue;
            }
            out.add(p);
        }
        return out;
    }

    /**
     * Whether what a date line says besides its date is a few words ("نشر في", a source's name).
     * A line that opens with a byline marker ("بقلم ...") names the author: the byline reader
     * must see it.
     */
    private static boolean addsOnlyDateLabels(String remainder) {
        return remainder.length() <= MAX_DATE_LINE_EXTRA_CHARS && !DateLineWords.namesAuthor(remainder);
    }

    /**
     * Whether what a date line says besides its date is a byline the page gives elsewhere (its
     * byline element, its metadata author), compared as {@link DateLineWords#remainder} leaves
     * both. A story's header line reads "byline date" ("الطائف - فلان الفلاني: الثلاثاء 11 أغسطس
     * 2015"): no sentence of the story, and the byline reader has the names already.
     */
    private static boolean isKnownByline(String remainder, PageMetadata meta) {
        for (List<String> names : List.of(meta.bylines(), meta.authors())) {
            for (String name : names) {
                if (DateLineWords.remainder(TextNormalizer.fold(name)).equals(remainder)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static OffsetDateTime publishedAt(PageMetadata meta, MainContentFinder.Result content, List<String> dateLines,
            List<Paragraph> paragraphs, ZoneId zone, Instant reference) {
        for (String value : meta.published()) {
            Optional<OffsetDateTime> d = ArabicDateParser.parseMetadataDate(value, zone);
            if (d.isPresent()) {
                return d.get();
            }
        }
        Element time = timeNear(content);
        if (time != null) {
            Optional<OffsetDateTime> d = ArabicDateParser.parseMetadataDate(time.attr("datetime"), zone);
            if (d.isPresent()) {
                return d.get();
            }
        }
        List<String> texts = new ArrayList<>(dateLines);
        texts.addAll(shortTextsBefore(content.parts().get(0)));
        for (Element label : meta.dateLabels()) {
            // Labels inside pruned furniture (a sidebar's teaser dates) are detached now: skip them.
            if (label.ownerDocument() != null) {
                String text = MetadataReader.boundedText(label, MAX_DATE_LINE_CHARS);
                if (text != null && !text.isBlank()) {
                    texts.add(text);
                }
            }
        }
        for (int i = 0; i < Math.min(2, paragraphs.size()); i++) {
            texts.add(paragraphs.get(i).text());
        }
        for (String text : texts) {
            Optional<OffsetDateTime> d = ArabicDateParser.findDate(text, zone, reference);
            if (d.isPresent()) {
                return d.get();
            }
        }
        return null;
    }

    /**
     * The first {@code <time datetime>} of the article: inside the body, else inside the body's
     * parent or grandparent (the article wrapper, where headers put it). Furniture is pruned
     * by now, so teaser times of sidebars are gone.
     */
    private static Element timeNear(MainContentFinder.Result content) {
        for (Element part : content.parts()) {
            Element time = firstTimeWithDatetime(part);
            if (time != null) {
                return time;
            }
        }
        Element scope = content.best();
        for (int level = 0; level < 2 && scope.parent() != null && !scope.parent().normalName().equals("body"); level++) {
            scope = scope.parent();
            Element time = firstTimeWithDatetime(scope);
            if (time != null) {
                return time;
            }
        }
        return null;
    }

    /**
     * What {@code scope.selectFirst("time[datetime]")} finds (the scope itself included), by a
     * plain walk of its elements in document order instead of a selector query.
     */
    static Element firstTimeWithDatetime(Element scope) {
        ElementWalk walk = new ElementWalk(scope);
        for (Element e = walk.next(); e != null; e = walk.next()) {
            if (e.normalName().equals("time") && e.hasAttr("datetime")) {
                return e;
            }
        }
        return null;
    }

    /**
     * Short texts just above the body (nearest first): where layouts without metadata put the
     * date, between the headline and the body. Climbs out of the container and reads the
     * blocks that precede it, stopping at the body element.
     */
    static List<String> shortTextsBefore(Element container) {
        List<String> out = new ArrayList<>();
        Element e = container;
        while (e != null && !e.normalName().equals("body") && out.size() < NEAR_TOP_TEXTS) {
            for (Element prev = e.previousElementSibling(); prev != null && out.size() < NEAR_TOP_TEXTS;
                    prev = prev.previousElementSibling()) {
                String text = MetadataReader.boundedText(prev, MAX_DATE_LINE_CHARS);
                if (text != null && !text.isBlank() && !isNavigation(prev)) {
                    out.add(TextNormalizer.cleanWhitespace(text));
                }
            }
            e = e.parent();
        }
        return out;
    }

    /**
     * A site header or menu bar (logo, section links) short enough to pass for a date line:
     * its "today's date" is the fetch day, not the article's. A date line links to at most
     * the author and the section.
     */
    private static boolean isNavigation(Element block) {
        return block.getElementsByTag("a").size() >= MIN_NAVIGATION_LINKS;
    }

    private static boolean isNonHtmlMediaType(String contentType) {
        if (contentType == null) {
            return false;
        }
        String ct = contentType.toLowerCase(Locale.ROOT).strip();
        return ct.startsWith("image/") || ct.startsWith("audio/") || ct.startsWith("video/") || ct.startsWith("font/")
                || ct.startsWith("application/pdf") || ct.startsWith("application/zip");
    }

    /** Whether {@code e} holds an element: asked without building its list of child elements. */
    private static boolean hasChildElement(Element e) {
        for (int i = 0, n = e.childNodeSize(); i < n; i++) {
            if (e.childNode(i) instanceof Element) {
                return true;
            }
        }
        return false;
    }

    /** NUL bytes or many control bytes in the first 8 KB: not text. */
    static boolean looksBinary(byte[] body) {
        int n = Math.min(body.length, BINARY_SAMPLE);
        int control = 0;
        for (int i = 0; i < n; i++) {
            // Eight bytes at a time while none is below 0x20 (the usual case in markup): only
            // a word holding a NUL, a control byte or a line break is looked at byte by byte.
            if (i + Long.BYTES <= n) {
                long w = (long) LONGS.get(body, i);
                if (((w - BYTES_OF_0X20) & ~w & HIGH_BITS) == 0) {
                    i += Long.BYTES - 1;
                    continue;
                }
            }
            int b = body[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
                control++;
            }
        }
        return control * 20 > n;
    }

    private static Extraction unreadable(String reason) {
        return new Extraction(Extraction.Status.UNREADABLE, reason, null);
    }

    private static Extraction notArticle(String reason) {
        return new Extraction(Extraction.Status.NOT_ARTICLE, reason, null);
    }
}
