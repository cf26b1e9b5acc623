package org.akhbar.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The page's one headline and the {@code <article>} element that frames it with the story.
 *
 * <p>News templates set a story's headline, byline, date and body inside one {@code <article>}.
 * Listings do not tell one story: their title stands outside any article, or each card is an
 * article with a headline of its own, and then the page has several. So a page whose only
 * {@code <h1>} (empty ones and the site's name aside) sits inside an {@code <article>} presents
 * that article as its story; the page judge keeps a short one ({@link PageJudge}), and the
 * extractor reads its body from the whole frame when the content finder misses it ({@link
 * #bodyMissedBy}).
 *
 * @param headline the page's only headline {@code <h1>} still in the pruned page, or null when it has none or several
 * @param frame the nearest {@code <article>} around the headline, or null
 */
record StoryFrame(Element headline, Element frame) {

    private static final StoryFrame NONE = new StoryFrame(null, null);

    /** What the content finder may find in a story and still miss its body: a line, such as the date line. */
    static final int MAX_LINE_CHARS = 100;
    /** Longer than any caption: a block this long under a photo is no caption. */
    private static final int MAX_CAPTION_CHARS = 1000;

    /** The headline and frame of the page {@code meta} was read from, after pruning. */
    static StoryFrame of(PageMetadata meta) {
        Element headline = null;
        for (Element h1 : meta.h1Elements()) {
            // A heading pruned with page furniture is detached now: it is not the page's.
            if (h1.ownerDocument() == null) {
                continue;
            }
            String text = h1.text();
            if (text.isBlank() || meta.isSiteName(text)) {
                continue; // the logo, set as a heading by some themes
            }
            if (headline != null) {
                return NONE; // several stories: a listing of cards, or a page of several articles
            }
            headline = h1;
        }
        if (headline == null) {
            return NONE;
        }
        for (Element e = headline.parent(); e != null; e = e.parent()) {
            if (e.normalName().equals("article")) {
                return new StoryFrame(headline, e);
            }
        }
        return new StoryFrame(headline, null);
    }

    /**
     * Whether the content finder missed the body of the framed story: it found nothing, or no
     * more than a line ({@link #MAX_LINE_CHARS}). The finder scores runs of 25 characters and
     * more; in a story whose body is a few words (a caption naming the people in a photo) or
     * lines of verse, it finds the date line above the body, or nothing. The whole frame is then
     * the content, and the headline, byline and date lines in it are taken out as on every page.
     */
    boolean bodyMissedBy(MainContentFinder.Result content) {
        if (frame == null) {
            return false;
        }
        if (content == null) {
            return true;
        }
        if (content.textChars() > MAX_LINE_CHARS) {
            return false; // the usual case, told by the figure the finder has already: no text is counted
        }
        int found = 0;
        for (Element part : content.parts()) {
            found += TextLength.of(part);
            if (found > MAX_LINE_CHARS) {
                return false;
            }
        }
        return true;
    }

    /**
     * The captions of the photos in the frame, as paragraphs. The pruner drops every caption:
     * under a photo in a story it is no sentence of the story. A photo story has no other text,
     * so when the frame holds none, its captions are the story.
     */
    List<Paragraph> captions(PageMetadata meta) {
        List<Paragraph> out = new ArrayList<>();
        if (frame == null) {
            return out;
        }
        for (PageMetadata.Caption c : meta.captions()) {
            // The holder is still in the page when no furniture around it was pruned.
            Element holder = c.holder();
            if (holder == null || holder.ownerDocument() == null
                    || (holder != frame && !MainContentFinder.isInside(holder, frame))) {
                continue;
            }
            // Read as the scan reads bylines: without cuttable furniture, which the parse may have left out.
            String text = MetadataReader.textOutsideFurniture(c.caption(), MAX_CAPTION_CHARS);
            if (text != null && !text.isBlank()) {
                out.add(new Paragraph(TextNormalizer.cleanWhitespace(text), 0, Paragraph.Kind.TEXT));
            }
        }
        return out;
    }

    /** Whether the story is dated: by the page's metadata, or by a {@code <time datetime>} inside its frame. */
    boolean isDated(PageMetadata meta) {
        return !meta.published().isEmpty() || (frame != null && Extractor.firstTimeWithDatetime(frame) != null);
    }
}
