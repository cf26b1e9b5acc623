package org.akhbar.tools.bench.extract;

/**
 * Mean shingle precision, recall and F1 over the pages of a set, as the benchmark defines them:
 * P is the mean precision over pages with a non-empty extraction, R the mean recall over pages
 * with a non-empty expected text, F1 = 2PR/(P+R) of those two means. Also the title exact-match
 * rate over the pages whose title is given.
 */
public final class QualitySummary {
    private double precisionSum;
    private int precisionPages;
    private double recallSum;
    private int recallPages;
    private int titlesGiven;
    private int titlesMatched;

    /** Adds one page's shingle counts. */
    public void add(ShingleMetric.Counts counts) {
        double p = counts.precision();
        if (!Double.isNaN(p)) {
            precisionSum += p;
            precisionPages++;
        }
        double r = counts.recall();
        if (!Double.isNaN(r)) {
            recallSum += r;
            recallPages++;
        }
    }

    /** Adds one page's title; pages whose expected title is null do not count. */
    public void addTitle(String expected, String extracted) {
        if (expected == null) {
            return;
        }
        titlesGiven++;
        if (titleMatches(expected, extracted)) {
            titlesMatched++;
        }
    }

    /**
     * Whether the extracted title is the expected one: exact after trimming and collapsing every
     * run of whitespace to one space, case and punctuation kept.
     */
    public static boolean titleMatches(String expected, String extracted) {
        return extracted != null && collapse(expected).equals(collapse(extracted));
    }

    static String collapse(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    public double precision() {
        return precisionPages == 0 ? 0 : precisionSum / precisionPages;
    }

    public double recall() {
        return recallPages == 0 ? 0 : recallSum / recallPages;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Pages whose title the set gives. */
    public int titlesGiven() {
        return titlesGiven;
    }

    /** Share of those whose title matched, or NaN when the set gives no title. */
    public double titleMatchRate() {
        return titlesGiven == 0 ? Double.NaN : (double) titlesMatched / titlesGiven;
    }
}
