package org.akhbar.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Drops the paragraphs that are page furniture rather than article text, judged by their
 * words ({@link BoilerplatePhrases}), their link ratio and their length.
 *
 * <p>Rules, in order: a repeat of the title goes; a comments heading ("تعليقات الزوار") ends
 * the article, everything after it goes; a related-links heading ("شاهد أيضا") goes with the
 * link lists and short items under it, until prose resumes; an inline "اقرأ أيضا: ..." line
 * goes when it is mostly a link; short ad labels, share bars, cookie notices, tag lists,
 * newsletter boxes, breadcrumbs and copyright lines go; any paragraph that is mostly links
 * (more than 60%) goes.
 */
final class ParagraphFilter {

    private static final int MAX_FURNITURE_CHARS = 400;
    private static final int MIN_PROSE_CHARS = 60;
    private static final double RELATED_LINK_RATIO = 0.3;
    private static final double LINK_LIST_RATIO = 0.6;

    private ParagraphFilter() {}

    static List<Paragraph> filter(List<Paragraph> paragraphs, String title) {
        String titleKey = title == null ? "" : TextNormalizer.forComparison(title);
        List<Paragraph> out = new ArrayList<>();
        boolean underRelatedHeading = false;
        for (Paragraph p : paragraphs) {
            String text = p.text();
            if (!titleKey.isEmpty() && TextNormalizer.forComparison(text).equals(titleKey)) {
                continue;
            }
            if (BoilerplatePhrases.isCommentsHeading(text)) {
                break;
            }
            BoilerplatePhrases.Kind kind = BoilerplatePhrases.classify(text);
            if (kind == BoilerplatePhrases.Kind.RELATED) {
                if (BoilerplatePhrases.isRelatedHeading(text)) {
                    underRelatedHeading = true;
                    continue;
                }
                if (p.linkRatio() >= RELATED_LINK_RATIO) {
                    continue;
                }
            }
            if (underRelatedHeading) {
                boolean prose = p.kind() == Paragraph.Kind.TEXT && p.linkRatio() < RELATED_LINK_RATIO
                        && text.length() >= MIN_PROSE_CHARS;
                if (!prose) {
                    continue;
                }
                underRelatedHeading = false;
            }
            if (kind != BoilerplatePhrases.Kind.NONE && kind != BoilerplatePhrases.Kind.RELATED
                    && text.length() <= MAX_FURNITURE_CHARS) {
                continue;
            }
            if (p.linkRatio() > LINK_LIST_RATIO) {
                continue;
            }
            out.add(p);
        }
        return out;
    }
}
