package org.akhbar.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the pruner needs to know about an element's class and id, for one page: whether a
 * framework class hides it, whether it is a caption, whether it names furniture ({@link
 * ClassHints#isFurniture}) or an ad slot ({@link ClassHints#isAdMarked}).
 *
 * <p>Every one of those verdicts is a combination of what each class name says alone (a
 * furniture word is found in some name, no name protects...). So names are judged once per
 * page and whole class/id pairs once too: utility-class themes write thousands of distinct
 * class strings out of a few hundred names. Same verdicts as the whole-string rules; a
 * test holds the two together.
 */
final class ClassVerdicts {

    static final int HIDDEN = 1;
    static final int CAPTION = 2;
    static final int FURNITURE = 4;
    static final int AD_MARKED = 8;
    /** Furniture on a heading element too ({@link ClassHints#isHeadingFurniture}); set only with {@link #FURNITURE}. */
    static final int HEADING_FURNITURE = 16;

    /** What one name says; the last two only count when the name is in the class attribute, not the id. */
    private static final int NAME_FURNITURE_WORD = 1;
    private static final int NAME_POST_HEADER = 2;
    private static final int NAME_PROTECTS = 4;
    private static final int NAME_AD = 8;
    private static final int NAME_HIDES = 16;
    private static final int NAME_SHOWS = 32;
    private static final int NAME_CAPTION = 64;
    private static final int NAME_HEADING_FURNITURE_WORD = 128;

    /** Sized for a large template: growing the tables showed in the profile. */
    private static final int PAGE_TABLE_SIZE = 1024;
    private static final int SINGLE_TABLE_SIZE = 8;

    /**
     * What each class name, and each whole class and id, says, across pages and threads. A
     * verdict depends on the strings alone, and a crawler meets the same themes' classes on
     * page after page: judging them takes keyword scans of every name, looking them up one
     * hash. Bounded, since some sites generate names (CSS-module hashes): once a table is full,
     * what is new is judged each time, as it was before the tables.
     */
    private static final Map<String, Integer> SHARED_NAMES = new ConcurrentHashMap<>();
    private static final Map<String, Integer> SHARED_PAIRS = new ConcurrentHashMap<>();
    private static final int MAX_SHARED = 50_000;

    private static void share(Map<String, Integer> table, String key, Integer verdict) {
        if (table.size() < MAX_SHARED) {
            table.putIfAbsent(key, verdict);
        }
    }

    private final Map<String, Integer> byPair;
    private final Map<String, Integer> byName;
    /** The verdict bits this instance never gives: {@link #FURNITURE} and {@link #HEADING_FURNITURE} for a lenient reading. */
    private final int masked;

    /** Verdicts for the elements of one page, each class string and name judged once. */
    ClassVerdicts() {
        this(PAGE_TABLE_SIZE);
    }

    private ClassVerdicts(int tableSize) {
        this(tableSize, 0);
    }

    private ClassVerdicts(int tableSize, int masked) {
        byPair = new HashMap<>(tableSize);
        byName = new HashMap<>(tableSize);
        this.masked = masked;
    }

    /**
     * Verdicts for a second, lenient reading of a page: no class or id word makes an element
     * {@link #FURNITURE}; hidden, caption and ad verdicts stand.
     */
    static ClassVerdicts withoutFurnitureWords() {
        return new ClassVerdicts(PAGE_TABLE_SIZE, FURNITURE | HEADING_FURNITURE);
    }

    /** The verdict bits for one class and id, outside a page's walk (nothing to share them with). */
    static int judged(String className, String id) {
        return new ClassVerdicts(SINGLE_TABLE_SIZE).of(className, id);
    }

    /** The verdict bits for this class and id. */
    int of(String className, String id) {
        if (className.isEmpty() && id.isEmpty()) {
            return 0;
        }
        // Most elements have no id: their class alone is the key, with no string built.
        String key = id.isEmpty() ? className : className + '\u0000' + id;
        Integer known = byPair.get(key);
        if (known == null) {
            known = SHARED_PAIRS.get(key);
            if (known == null) {
                known = judge(className, id);
                share(SHARED_PAIRS, key, known);
            }
            byPair.put(key, known);
        }
        return known & ~masked;
    }

    private int judge(String className, String id) {
        int classNames = namesOf(className);
        int all = classNames | namesOf(id);
        int v = 0;
        if ((classNames & NAME_HIDES) != 0 && (classNames & NAME_SHOWS) == 0) {
            v |= HIDDEN;
        }
        if ((classNames & NAME_CAPTION) != 0) {
            v |= CAPTION;
        }
        if ((all & NAME_FURNITURE_WORD) != 0 && (all & (NAME_POST_HEADER | NAME_PROTECTS)) == 0) {
            v |= FURNITURE;
            if ((all & NAME_HEADING_FURNITURE_WORD) != 0) {
                v |= HEADING_FURNITURE;
            }
        }
        if ((all & NAME_AD) != 0) {
            v |= AD_MARKED;
        }
        return v;
    }

    /** The union of what the whitespace-separated names of {@code attr} say. */
    private int namesOf(String attr) {
        if (attr.isEmpty()) {
            return 0;
        }
        if (!hasWhitespace(attr)) {
            return name(attr); // one name: no need to cut the string
        }
        int bits = 0;
        int start = -1;
        for (int i = 0; i <= attr.length(); i++) {
            boolean space = i == attr.length() || Character.isWhitespace(attr.charAt(i));
            if (space && start >= 0) {
                bits |= name(attr.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return bits;
    }

    private static boolean hasWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private int name(String name) {
        Integer known = byName.get(name);
        if (known == null) {
            known = SHARED_NAMES.get(name);
            if (known == null) {
                known = judgeName(name);
                share(SHARED_NAMES, name, known);
            }
            byName.put(name, known);
        }
        return known;
    }

    private static int judgeName(String name) {
        int hints = ClassHints.nameFeatures(name);
        int bits = 0;
        if ((hints & ClassHints.NAME_FURNITURE_WORD) != 0) {
            bits |= NAME_FURNITURE_WORD;
        }
        if ((hints & ClassHints.NAME_POST_HEADER) != 0) {
            bits |= NAME_POST_HEADER;
        }
        if ((hints & ClassHints.NAME_PROTECTS) != 0) {
            bits |= NAME_PROTECTS;
        }
        if ((hints & ClassHints.NAME_AD) != 0) {
            bits |= NAME_AD;
        }
        if ((hints & ClassHints.NAME_HEADING_FURNITURE_WORD) != 0) {
            bits |= NAME_HEADING_FURNITURE_WORD;
        }
        if (BoilerplatePruner.hidesAlone(name)) {
            bits |= NAME_HIDES;
        }
        if (BoilerplatePruner.showsAgain(name)) {
            bits |= NAME_SHOWS;
        }
        if (BoilerplatePruner.isCaptionName(name)) {
            bits |= NAME_CAPTION;
        }
        return bits;
    }
}
