package org.akhbar.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Evidence of a listing in the page's repeated item templates: runs of siblings of one tag and
 * class, each holding a link, the cards a listing or a shop prints once per item. An article is
 * one text; when it is cut into alike blocks, the content finder takes them all.
 *
 * <ul>
 *   <li>{@link #oneOfManyItems}: the main block lies inside one card of a long run of alike
 *       cards and holds a small share of their text (the content finder chose the longest
 *       teaser of a section front, the one product description of a shop's grid).
 *   <li>{@link #pricedGrid}: beside the main block, outside it, a run of many short alike cards
 *       each with a link and a price: a shop's category page, whose text is the category's
 *       blurb or its buying guide.
 * </ul>
 */
final class RepeatedItems {

    /** Cards of a listing's run: fewer are a short "read more" row or a product box in an article. */
    static final int MIN_ITEMS = 6;
    /** Below this share of the run's text, the main block is one card among others, not the run. */
    static final double MAX_CHOSEN_SHARE = 0.75;
    /** Priced cards of a shop's grid: a roundup article prices a handful of products inside its text. */
    static final int MIN_PRICED_ITEMS = 8;
    /** A card of a grid is a name, a price and a few words; a product review in an article is longer. */
    static final int MAX_CARD_CHARS = 600;
    /** The least share of the main block's text a grid's cards hold: a guide with a row of products beside it is an article. */
    static final double MIN_GRID_SHARE = 0.25;
    /** How far up from the main block a card is looked for. */
    private static final int MAX_LEVELS = 8;

    /**
     * A number with a currency sign or code beside it: "$36", "36 €", "USD 55.25", "EUR 1.299,00",
     * "120 ر.س", "45 درهم", "٣٥٠ جنيه".
     */
    private static final Pattern PRICE = Pattern.compile(
            "[$€£¥₹₺₪]\\s?\\d|\\d\\s?[$€£¥₹₺₪]"
                    + "|\\b(?:USD|EUR|GBP|CAD|AUD|CHF|SAR|AED|EGP|QAR|KWD|BHD|OMR|JOD|MAD|TND|DZD|TRY|INR)\\s?\\d"
                    + "|\\d\\s?(?:USD|EUR|GBP|CAD|AUD|CHF|SAR|AED|EGP|QAR|KWD|BHD|OMR|JOD|MAD|TND|DZD|TRY|INR)\\b"
                    + "|[\\d\\u0660-\\u0669]\\s?(?:ر\\.س|د\\.إ|ج\\.م|د\\.ك|ر\\.ق|ريال|درهم|دينار|جنيه|ليرة)");

    private RepeatedItems() {}

    /**
     * "listing: the main block is one of N alike cards" when the main block ({@code best}, with
     * the {@code parts} joined to it) lies inside a card of a run of at least {@link #MIN_ITEMS}
     * alike cards, most of which hold a link, and the cards the parts touch hold less than
     * {@link #MAX_CHOSEN_SHARE} of the run's text; else null.
     */
    static String oneOfManyItems(Element best, List<Element> parts) {
        int level = 0;
        for (Element e = best; e != null && level < MAX_LEVELS; e = e.parent(), level++) {
            Element parent = e.parent();
            String name = e.normalName();
            if (parent == null || name.equals("body")) {
                return null;
            }
            if (name.equals("p") || name.equals("a")) {
                continue;
            }
            String kind = kindOf(e);
            int alike = 0;
            for (Element sibling : parent.children()) {
                if (kindOf(sibling).equals(kind)) {
                    alike++;
                }
            }
            if (alike < MIN_ITEMS) {
                continue;
            }
            int withLink = 0;
            int total = 0;
            int chosen = 0;
            for (Element item : parent.children()) {
                if (!kindOf(item).equals(kind)) {
                    continue;
                }
                if (hasLink(item)) {
                    withLink++;
                }
                int chars = TextLength.of(item);
                total += chars;
                if (MainContentFinder.overlaps(item, parts)) {
                    chosen += chars;
                }
            }
            if (withLink * 4 < alike * 3) {
                continue;
            }
            if (total > 0 && chosen < MAX_CHOSEN_SHARE * total) {
                return "listing: the main block is one of " + alike + " alike cards";
            }
            return null;
        }
        return null;
    }

    /**
     * "listing: N priced cards beside the text" when the page, outside the main block's parts,
     * holds a run of at least {@link #MIN_PRICED_ITEMS} alike cards of at most {@link
     * #MAX_CARD_CHARS} characters, each with a link and a price, three quarters of the run at
     * least, whose text is at least {@link #MIN_GRID_SHARE} of the main block's ({@code
     * bodyChars}); else null.
     */
    static String pricedGrid(Element body, List<Element> parts, int bodyChars) {
        ElementWalk walk = new ElementWalk(body);
        for (Element e = walk.next(); e != null; e = walk.next()) {
            // Counting child nodes is free; counting child elements builds their list.
            if (e.childNodeSize() < MIN_PRICED_ITEMS || e.childrenSize() < MIN_PRICED_ITEMS) {
                continue;
            }
            List<Element> children = e.children();
            String[] kinds = new String[children.size()];
            Map<String, Integer> counts = new HashMap<>();
            for (int i = 0; i < kinds.length; i++) {
                kinds[i] = kindOf(children.get(i));
                counts.merge(kinds[i], 1, Integer::sum);
            }
            for (Map.Entry<String, Integer> kind : counts.entrySet()) {
                int count = kind.getValue();
                // Cards are short: a run too small to hold a quarter of the main block's text
                // is not read at all.
                if (count < MIN_PRICED_ITEMS || (double) count * MAX_CARD_CHARS < MIN_GRID_SHARE * bodyChars) {
                    continue;
                }
                int misses = 0;
                int priced = 0;
                int pricedChars = 0;
                for (int i = 0; i < kinds.length && misses * 4 <= count; i++) {
                    if (!kinds[i].equals(kind.getKey())) {
                        continue;
                    }
                    int chars = pricedCardChars(children.get(i));
                    if (chars < 0) {
                        misses++; // past a quarter of the run, three quarters can no longer be priced
                    } else {
                        priced++;
                        pricedChars += chars;
                    }
                }
                if (priced >= MIN_PRICED_ITEMS && priced * 4 >= count * 3 && pricedChars >= MIN_GRID_SHARE * bodyChars
                        && !MainContentFinder.overlaps(e, parts)) {
                    return "listing: " + priced + " priced cards beside the text";
                }
            }
        }
        return null;
    }

    /** The card's text length when it is a priced card (short, with a link and a price), else -1. */
    private static int pricedCardChars(Element item) {
        int chars = TextLength.of(item, MAX_CARD_CHARS);
        if (chars > MAX_CARD_CHARS || !hasLink(item)) {
            return -1;
        }
        String text = item.text();
        return hasDigit(text) && PRICE.matcher(text).find() ? chars : -1;
    }

    /** Whether {@code text} holds a Western or Arabic-Indic digit: every price does, most text does not. */
    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '0' && c <= '9') || (c >= '\u0660' && c <= '\u0669')) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLink(Element item) {
        if (item.normalName().equals("a")) {
            return true;
        }
        ElementWalk walk = new ElementWalk(item);
        for (Element e = walk.next(); e != null; e = walk.next()) {
            if (e.normalName().equals("a")) {
                return true;
            }
        }
        return false;
    }

    private static String kindOf(Element e) {
        return e.normalName() + '\u0000' + e.className();
    }
}
