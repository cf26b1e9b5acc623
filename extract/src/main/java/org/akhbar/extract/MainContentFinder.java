package org.akhbar.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the element that holds the article body, in one pass over the (pruned) tree.
 *
 * <p>Every run of own text (text not inside a nested block; outside {@code <p>}-like blocks a
 * {@code <br>} ends a run, as it ends a paragraph of a legacy layout) that is long enough is
 * scored:
 * 1 + commas (Arabic "،" and Latin) + full stops/3 + up to 3 for length, scaled by its
 * Arabic-letter share (0.75 for none to 1.25 for all) and zero when it is mostly links. The
 * score goes to the block itself when it is a container holding text directly (a {@code <td>}
 * or {@code <div>} with {@code <br>}-separated text), to its parent, and halved and thirded to
 * the two ancestors above. A candidate's final score is that sum times (1 - link density of its
 * subtree) plus its {@link ClassHints} weight; when the JSON-LD articleBody is known, a
 * candidate whose text starts like it gets a small tie-break bonus. Siblings of the winner that
 * score well too and are not link lists join it (bodies split around an ad slot), and so do
 * siblings whose prose, counted at every depth, reaches half the winner's score (a roundup's
 * entries, nested deeper than the three levels reach). Text lengths
 * are computed once, bottom-up.
 */
final class MainContentFinder {

    /** The chosen container(s) in document order, with figures about the winner. */
    record Result(List<Element> parts, Element best, double linkDensity, int textChars) {}

    private static final Set<String> INLINE = Set.of(
            "a", "span", "strong", "b", "i", "em", "font", "u", "small", "big", "sub", "sup", "abbr", "cite", "code",
            "mark", "q", "s", "strike", "time", "label", "img", "br", "wbr", "bdi", "bdo", "dfn", "kbd", "var", "ins",
            "del", "amp-img", "picture", "source", "tt", "nobr");
    private static final Set<String> TEXT_BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "dd", "dt");
    private static final int MIN_BLOCK_CHARS = 25;
    private static final double TIE_BREAK_BONUS = 3.0;
    private static final int TIE_BREAK_CANDIDATES = 5;
    /** A chunk of a split body holds at least a sentence or two of prose. */
    private static final double MIN_CHUNK_SCORE = 3.0;
    private static final double MAX_PART_LINK_DENSITY = 0.25;
    /**
     * A long section of a run may link more than a part found alone: a listicle's entry links
     * the product or place it is about in the middle of its prose.
     */
    private static final double MAX_RUN_LINK_DENSITY = 0.5;
    /** How far above the winner a run of alike sections is looked for. */
    private static final int ALIKE_SECTION_LEVELS = 6;
    /**
     * Text a {@code <section>} beside the winner's holds to count as a chapter of the same body
     * whatever its class (a "highlights" box of one line is no chapter).
     */
    private static final int MIN_CHAPTER_CHARS = 300;
    /** Sections besides the winner's that make a run. */
    private static final int MIN_ALIKE_SECTIONS = 2;

    private MainContentFinder() {}

    /** Per-element figures, filled bottom-up; the own* figures are of the current text run. */
    static final class Stats {
        int ownChars;
        int ownLinkChars;
        int ownCommas;
        int ownStops;
        int ownArabic;
        int ownLetters;
        int totalChars;
        int totalLinkChars;
        double score;
        /** Every point of the text runs inside the element, however deep: what the three-level score misses. */
        double deepScore;
        boolean candidate;
        /** When the scorer met the element: document order for every block it walks through. */
        final int order;

        Stats(int order) {
            this.order = order;
        }

        double linkDensity() {
            return totalChars == 0 ? 0 : (double) totalLinkChars / totalChars;
        }
    }

    /**
     * The prose a candidate needs for a positive class hint to count in full (a few
     * sentences); below, the hint counts in proportion. "content" in the class of a box holding
     * a line or two (a newsletter sign-up named "Contents-x1": its heading, an invitation and
     * the consent line) must not outweigh the paragraphs of a body whose wrappers have no
     * telling names.
     */
    static final double FULL_HINT_PROSE = 4.0;

    private static double prose(Stats s) {
        return s.score * (1 - s.linkDensity());
    }

    /** A class hint's {@code weight} as it counts for a candidate with {@code prose}. */
    static double countedHint(int weight, double prose) {
        if (weight <= 0 || prose >= FULL_HINT_PROSE) {
            return weight;
        }
        return weight * Math.max(0, prose) / FULL_HINT_PROSE;
    }

    static Result find(Element root, String articleBody) {
        Map<Element, Stats> stats = new IdentityHashMap<>();
        NodeTraversor.traverse(new Scorer(stats, root), root);
        String bodyStart = articleBody == null ? null : start(TextNormalizer.forComparison(articleBody));

        Map<Element, Double> finals = new IdentityHashMap<>();
        for (Map.Entry<Element, Stats> entry : stats.entrySet()) {
            Stats s = entry.getValue();
            if (s.candidate) {
                Element e = entry.getKey();
                double prose = prose(s);
                int weight = ClassHints.weight(e.className(), e.id());
                // "post" in a grid card's "post-excerpt" names the teaser, not the page's article:
                // with the hint, one teaser outscores a body in unnamed builder widgets.
                if (weight > 0 && inTeaserCard(e)) {
                    weight = 0;
                }
                finals.put(e, prose + countedHint(weight, prose));
            }
        }
        if (bodyStart != null && !bodyStart.isEmpty()) {
            // Reading a candidate's first paragraph costs a subtree walk: only the leaders get the tie-break.
            finals.entrySet().stream()
                    .sorted(Map.Entry.<Element, Double>comparingByValue().reversed()
                            .thenComparingInt(entry -> stats.get(entry.getKey()).order))
                    .limit(TIE_BREAK_CANDIDATES)
                    .map(Map.Entry::getKey)
                    .filter(e -> startsLike(e, bodyStart))
                    .toList()
                    .forEach(e -> finals.merge(e, TIE_BREAK_BONUS, Double::sum));
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> entry : finals.entrySet()) {
            double score = entry.getValue();
            // On a tie the inner element wins (a row or wrapper that adds nothing to its one
            // scoring cell), else the first in the document: never the map's iteration order,
            // which follows identity hashes and differs from run to run.
            if (best == null || score > bestScore || (score == bestScore && winsTie(entry.getKey(), best, stats))) {
                best = entry.getKey();
                bestScore = score;
            }
        }
        if (best == null || bestScore <= 0) {
            return null;
        }
        Stats bestStats = stats.get(best);
        List<Element> parts = withRepeatedChunks(withSiblings(best, bestScore, stats, finals), best, stats, finals);
        List<Element> sections = alikeSectionsAround(best, stats, finals);
        if (sections != null && coversAll(sections, parts)) {
            // The run holds every part found so far and the sections between them that
            // score little (a short step, a list of what to buy).
            parts = sections;
        }
        return new Result(parts, best, bestStats.linkDensity(), bestStats.totalChars);
    }

    /** The whole of {@code container} as the content, with its figures: what a brief's frame gives ({@link StoryFrame}). */
    static Result whole(Element container) {
        int chars = TextLength.of(container);
        int linkChars = 0;
        ElementWalk walk = new ElementWalk(container);
        for (Element e = walk.next(); e != null; e = walk.next()) {
            // The parser never nests a link in a link: each character is counted once.
            if (e.normalName().equals("a")) {
                linkChars += TextLength.of(e);
            }
        }
        return new Result(List.of(container), container, chars == 0 ? 0 : (double) linkChars / chars, chars);
    }

    /**
     * A body written as a run of alike sections (the steps of a how-to, the chapters of a long
     * read, each in its own classed container): when the winner sits inside one of them, up to
     * {@link #ALIKE_SECTION_LEVELS} levels down, and at least {@link #MIN_ALIKE_SECTIONS}
     * siblings of that section share its tag and its class, or most of its class names ({@link
     * #alikeClasses}: a page builder's rows), and hold scoring prose, the body is all
     * the alike sections that hold text and are no link list, in order (a step may be a short
     * list of what to buy). A {@code <section>} element names a chapter by its tag: its
     * sibling sections count whatever their classes (utility classes for spacing, "rank-2",
     * none at all) when they hold prose, {@link #MIN_CHAPTER_CHARS} or a scoring chunk, since a
     * chapter's prose may sit deeper than the scorer's three levels reach. The unclassed
     * items of a list (a listicle's numbered entries, each a heading and its prose) form a run
     * as alike classed elements do, their prose counted as a chapter's. Null when the
     * winner's ancestors are no such run.
     */
    private static List<Element> alikeSectionsAround(Element best, Map<Element, Stats> stats, Map<Element, Double> finals) {
        Element section = best;
        for (int level = 0; level < ALIKE_SECTION_LEVELS; level++) {
            section = section.parent();
            if (section == null || section.parent() == null || section.normalName().equals("body")) {
                return null;
            }
            boolean chapters = section.normalName().equals("section");
            // A list item names its kind by its tag too: a listicle's numbered entries are the
            // items of one list, often with no class at all.
            boolean items = section.normalName().equals("li");
            if (section.className().isBlank() && !chapters && !items) {
                continue;
            }
            List<Element> run = new ArrayList<>();
            int prose = 0;
            for (Element sibling : section.parent().children()) {
                if (!sibling.normalName().equals(section.normalName())) {
                    continue;
                }
                Stats s = stats.get(sibling);
                // A short linked block beside them is a teaser, a long one an entry that links.
                if (s == null || s.totalChars < MIN_BLOCK_CHARS || s.linkDensity() >= MAX_RUN_LINK_DENSITY
                        || (s.linkDensity() >= MAX_PART_LINK_DENSITY && s.totalChars < MIN_CHAPTER_CHARS)) {
                    continue;
                }
                double score = finals.getOrDefault(sibling, 0.0);
                boolean holdsProse = score > 0 || ((chapters || items) && s.totalChars >= MIN_CHAPTER_CHARS);
                if (!alikeClasses(sibling.className(), section.className())
                        && !(chapters && (score >= MIN_CHUNK_SCORE || s.totalChars >= MIN_CHAPTER_CHARS))) {
                    continue;
                }
                run.add(sibling);
                if (sibling != section && holdsProse) {
                    prose++;
                }
            }
            if (prose >= MIN_ALIKE_SECTIONS && run.contains(section)) {
                return run;
            }
        }
        return null;
    }

    /**
     * Whether two class attributes name the same template part: equal, or sharing at least
     * half of all the names the two use. Page builders give each row or container the names
     * of its kind plus one of its own ("elementor-element elementor-element-3362bcd e-con",
     * "row builder-row text-black" beside "row builder-row full-width text-black"), while the
     * parts of a page beside the body carry other names ("col-8" and "col-4", "widget-text"
     * and "widget-posts" share less than half).
     */
    static boolean alikeClasses(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (a.isBlank() || b.isBlank()) {
            return false;
        }
        // A handful of names each: lists, no hash sets (a long run of siblings asks this of each).
        List<String> names = BoilerplatePruner.classNames(a);
        List<String> others = BoilerplatePruner.classNames(b);
        int distinct = 0;
        for (int i = 0; i < names.size(); i++) {
            if (names.indexOf(names.get(i)) == i) {
                distinct++;
            }
        }
        int shared = 0;
        int union = distinct;
        for (int i = 0; i < others.size(); i++) {
            String name = others.get(i);
            if (others.indexOf(name) != i) {
                continue; // said twice ("row builder-row ... builder-row"): counted once
            }
            if (names.contains(name)) {
                shared++;
            } else {
                union++;
            }
        }
        return shared * 2 >= union;
    }

    /**
     * Adds the other chunks of a body that the template cut into several copies of the same
     * container ("body-inner" divs, each in its own grid row between ad rails): elements with
     * exactly the winner's tag and class that hold scoring prose, are not link lists and do not
     * overlap a part already taken. Returned in document order. Only a classed winner counts:
     * a bare {@code <div>} says nothing about being a copy of the same template part.
     */
    private static List<Element> withRepeatedChunks(List<Element> parts, Element best, Map<Element, Stats> stats,
            Map<Element, Double> finals) {
        String signature = best.className();
        if (signature.isBlank()) {
            return parts;
        }
        List<Element> chunks = null;
        for (Map.Entry<Element, Double> entry : finals.entrySet()) {
            Element e = entry.getKey();
            if (e == best || entry.getValue() < MIN_CHUNK_SCORE || !e.normalName().equals(best.normalName())
                    || !e.className().equals(signature) || stats.get(e).linkDensity() >= MAX_PART_LINK_DENSITY
                    || overlaps(e, parts)) {
                continue;
            }
            if (chunks == null) {
                chunks = new ArrayList<>(parts);
            }
            chunks.add(e);
        }
        if (chunks == null) {
            return parts;
        }
        Map<Element, Integer> order = new IdentityHashMap<>();
        int[] index = {0};
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element el) {
                order.put(el, index[0]++);
            }
        }, best.ownerDocument() != null ? best.ownerDocument() : root(best));
        chunks.sort((a, b) -> Integer.compare(order.getOrDefault(a, 0), order.getOrDefault(b, 0)));
        return chunks;
    }

    private static Element root(Element e) {
        Element r = e;
        while (r.parent() != null) {
            r = r.parent();
        }
        return r;
    }

    private static boolean coversAll(List<Element> sections, List<Element> parts) {
        for (Element part : parts) {
            boolean covered = false;
            for (Element section : sections) {
                if (section == part || isInside(part, section)) {
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code e} is one of the parts, holds one, or lies inside one. */
    static boolean overlaps(Element e, List<Element> parts) {
        for (Element part : parts) {
            if (part == e || isInside(e, part) || isInside(part, e)) {
                return true;
            }
        }
        return false;
    }

    private static List<Element> withSiblings(Element best, double bestScore, Map<Element, Stats> stats, Map<Element, Double> finals) {
        Element parent = best.parent();
        if (parent == null || best.normalName().equals("body")) {
            return List.of(best);
        }
        // Inside the page's <article> the siblings after the winner continue the story: a chunk
        // of a couple of sentences after a subheading is body text, not the sidebar a high bar
        // keeps out.
        // Only after the winner: above it stand the story's header, standfirst and byline.
        boolean inArticle = parent.normalName().equals("article");
        double threshold = Math.max(10, bestScore * 0.3);
        boolean afterBest = false;
        List<Element> parts = new ArrayList<>();
        List<Element> pendingHeadings = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == best) {
                parts.add(sibling);
                afterBest = true;
                continue;
            }
            Stats s = stats.get(sibling);
            if (s == null || s.linkDensity() >= MAX_PART_LINK_DENSITY) {
                continue;
            }
            boolean continuation = inArticle && afterBest;
            if (continuation && SUBHEADINGS.contains(sibling.normalName())) {
                // Kept only when body text follows it, between two parts of the story.
                pendingHeadings.add(sibling);
                continue;
            }
            Double score = finals.get(sibling);
            boolean strong = score != null && score >= (continuation ? MIN_CHUNK_SCORE : threshold);
            if (!strong) {
                // A roundup's entries sit deeper than the scorer's three levels reach (entry,
                // wrapper, text box): their block earns little of their points. Counted whole,
                // its prose must match half the winner's to join.
                strong = s.deepScore * (1 - s.linkDensity()) >= Math.max(threshold, DEEP_SIBLING_SHARE * bestScore);
            }
            boolean prose = sibling.normalName().equals("p") && s.totalChars >= 80;
            if (strong || prose) {
                parts.addAll(pendingHeadings);
                parts.add(sibling);
            }
            pendingHeadings.clear();
        }
        return parts;
    }

    /** Share of the winner's score a sibling's prose, counted at every depth, must reach to join it. */
    private static final double DEEP_SIBLING_SHARE = 0.5;

    private static final Set<String> SUBHEADINGS = Set.of("h2", "h3", "h4");

    private static boolean winsTie(Element e, Element best, Map<Element, Stats> stats) {
        if (isInside(e, best)) {
            return true;
        }
        return !isInside(best, e) && stats.get(e).order < stats.get(best).order;
    }

    static boolean isInside(Element e, Element ancestor) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static String start(String normalized) {
        return normalized.length() <= 40 ? normalized : normalized.substring(0, 40);
    }

    private static boolean startsLike(Element e, String bodyStart) {
        Element first = e.selectFirst("p");
        String text = first != null ? first.text() : e.ownText();
        String n = TextNormalizer.forComparison(text);
        return !n.isEmpty() && (n.startsWith(bodyStart) || bodyStart.startsWith(start(n)));
    }

    /** The single traversal: attributes text to its nearest block and rolls figures up on the way out. */
    private static final class Scorer implements NodeVisitor {
        private final Map<Element, Stats> stats;
        /** The open blocks, outermost first, and their figures: the block ancestors of the current node. */
        private Element[] blockElements = new Element[64];
        private Stats[] blocks = new Stats[64];
        private int open;
        private final Element root;
        private int anchorDepth;

        Scorer(Map<Element, Stats> stats, Element root) {
            this.stats = stats;
            this.root = root;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                if (open > 0) {
                    count(text.getWholeText(), blocks[open - 1]);
                }
            } else if (node instanceof Element e) {
                if (e.normalName().equals("a")) {
                    anchorDepth++;
                }
                if (isBlock(e)) {
                    Stats s = stats.computeIfAbsent(e, k -> new Stats(stats.size()));
                    if (open == blocks.length) {
                        blocks = Arrays.copyOf(blocks, open * 2);
                        blockElements = Arrays.copyOf(blockElements, open * 2);
                    }
                    blocks[open] = s;
                    blockElements[open] = e;
                    open++;
                } else if (e.normalName().equals("br") && open > 0
                        && !TEXT_BLOCKS.contains(blockElements[open - 1].normalName())) {
                    // Outside <p>, a break ends a paragraph of a legacy layout: each line is judged
                    // alone, so a cell of short menu lines earns nothing while a cell of prose does.
                    closeSegment(blockElements[open - 1], blocks[open - 1], open - 1);
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return;
            }
            if (e.normalName().equals("a")) {
                anchorDepth--;
            }
            if (open == 0 || blockElements[open - 1] != e) {
                return; // not a block: head pushed nothing for it (asking isBlock again showed in the profile)
            }
            open--;
            Stats s = blocks[open];
            blocks[open] = null;
            blockElements[open] = null;
            closeSegment(e, s, open);
            if (open > 0) {
                Stats parent = blocks[open - 1];
                parent.totalChars += s.totalChars;
                parent.totalLinkChars += s.totalLinkChars;
                parent.deepScore += s.deepScore;
            }
        }

        /**
         * Scores the text run the block held since its last break, then starts a new run.
         * {@code ancestors} open blocks enclose {@code e}: its block ancestors up to the root.
         */
        private void closeSegment(Element e, Stats s, int ancestors) {
            s.totalChars += s.ownChars;
            s.totalLinkChars += s.ownLinkChars;
            distribute(e, s, ancestors);
            s.ownChars = 0;
            s.ownLinkChars = 0;
            s.ownCommas = 0;
            s.ownStops = 0;
            s.ownArabic = 0;
            s.ownLetters = 0;
        }

        private void distribute(Element e, Stats s, int ancestors) {
            if (s.ownChars < MIN_BLOCK_CHARS || s.ownLinkChars * 2 > s.ownChars) {
                return;
            }
            double arabicShare = s.ownLetters == 0 ? 0 : (double) s.ownArabic / s.ownLetters;
            double points = (1 + s.ownCommas + s.ownStops / 3.0 + Math.min(s.ownChars / 100, 3)) * (0.75 + 0.5 * arabicShare);
            s.deepScore += points;
            if (!TEXT_BLOCKS.contains(e.normalName())) {
                s.score += points;
                s.candidate = true;
            }
            if (e != root) {
                // The block ancestors inside the root are the open blocks: their figures are at
                // hand, no map lookup needed.
                int level = 1;
                for (int i = ancestors - 1; i >= 0 && level <= 3; i--) {
                    if (!blockElements[i].normalName().equals("html")) {
                        Stats target = blocks[i];
                        target.score += points / level;
                        target.candidate = true;
                        level++;
                    }
                }
                return;
            }
            // The root's own text: its points go to the blocks above it.
            Element ancestor = e.parent();
            int level = 1;
            while (ancestor != null && level <= 3) {
                if (isBlock(ancestor) && !ancestor.normalName().equals("html")) {
                    award(ancestor, points / level);
                    level++;
                }
                ancestor = ancestor.parent();
            }
        }

        private void award(Element e, double points) {
            Stats target = stats.computeIfAbsent(e, k -> new Stats(stats.size()));
            target.score += points;
            target.candidate = true;
        }

        /**
         * Counts a text node's characters into the block's current run. The counts are kept in
         * locals and added once: this loop sees every character of the page's body, and an
         * ASCII character is classed by a table lookup, without a branch per class.
         */
        private void count(String text, Stats s) {
            int counted = 0;
            int commas = 0;
            int stops = 0;
            int letters = 0;
            int arabic = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 128) {
                    int cls = ASCII_CLASSES[c];
                    counted += cls & COUNTED;
                    commas += (cls & COMMA) >> 1;
                    stops += (cls & STOP) >> 2;
                    letters += (cls & LETTER) >> 3;
                    continue;
                }
                if (TextNormalizer.isLayoutSpace(c)) {
                    continue;
                }
                counted++;
                if (c == '،') {
                    commas++;
                } else if (c == '؟' || c == '؛') {
                    stops++;
                } else if (Character.isLetter(c)) {
                    letters++;
                    if (TextNormalizer.isArabicLetter(c)) {
                        arabic++;
                    }
                }
            }
            s.ownChars += counted;
            if (anchorDepth > 0) {
                s.ownLinkChars += counted;
            }
            s.ownCommas += commas;
            s.ownStops += stops;
            s.ownLetters += letters;
            s.ownArabic += arabic;
        }
    }

    /** Bits of {@link #ASCII_CLASSES}: what {@code Scorer.count} adds up for an ASCII character. */
    private static final int COUNTED = 1;
    private static final int COMMA = 2;
    private static final int STOP = 4;
    private static final int LETTER = 8;
    /** Per ASCII character: counted (not a layout space), and a comma, a full stop or a letter. */
    private static final byte[] ASCII_CLASSES = asciiClasses();

    private static byte[] asciiClasses() {
        byte[] classes = new byte[128];
        for (char c = 0; c < 128; c++) {
            int cls = TextNormalizer.isLayoutSpace(c) ? 0 : COUNTED;
            if (c == ',') {
                cls |= COMMA;
            } else if (c == '.' || c == '?' || c == '!') {
                cls |= STOP;
            } else if (Character.isLetter(c)) {
                cls |= LETTER;
            }
            classes[c] = (byte) cls;
        }
        return classes;
    }

    /** Teaser cards of a post list: several sibling {@code <article>} elements. */
    private static final int MIN_CARDS = 3;
    private static final int CARD_LEVELS = 4;

    /**
     * Whether {@code e} lies inside, or is, one of {@link #MIN_CARDS} or more sibling {@code
     * <article>} elements, a few levels up: a teaser card of a post list, whose "post-excerpt" or
     * "card-text" names the teaser's part, not the page's article.
     */
    private static boolean inTeaserCard(Element e) {
        Element up = e;
        for (int level = 0; level <= CARD_LEVELS && up != null; level++, up = up.parent()) {
            if (up.normalName().equals("article")) {
                Element parent = up.parent();
                if (parent == null) {
                    return false;
                }
                int cards = 0;
                for (Element sibling : parent.children()) {
                    if (sibling.normalName().equals("article")) {
                        cards++;
                    }
                }
                return cards >= MIN_CARDS;
            }
        }
        return false;
    }

    static boolean isBlock(Element e) {
        return !INLINE.contains(e.normalName());
    }
}
