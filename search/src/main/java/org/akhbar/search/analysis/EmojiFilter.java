package org.akhbar.search.analysis;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Drops the tokens {@link StandardTokenizer} types as emoji: a reader never searches news
 * for them. The tokenizer hands out the type strings of its own table, so the test is a
 * reference comparison, with an equals for any other tokenizer.
 */
public final class EmojiFilter extends FilteringTokenFilter {
    private static final String EMOJI = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.EMOJI];

    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

    public EmojiFilter(TokenStream in) {
        super(in);
    }

    @Override
    protected boolean accept() {
        String type = typeAtt.type();
        return type != EMOJI && !EMOJI.equals(type);
    }
}
