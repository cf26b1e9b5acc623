package org.akhbar.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PresentationFormFilterTest {

    private static List<String> run(String text) {
        return Tokens.filter(text, PresentationFormFilter::new);
    }

    @Test
    void positionalGlyphsBecomeTheLettersTheyShow() {
        assertThat(run("ﺍﻟﻤﻐﺮﺏ ﻣﺪﺭﺳﺔ")).containsExactly("المغرب", "مدرسة");
    }

    @Test
    void ligaturesUnfoldIntoSeveralLetters() {
        assertThat(run("ﻻ ﷲ")).containsExactly("لا", "الله");
    }

    @Test
    void wordsTypedNormallyPassUnchanged() {
        assertThat(run("المغرب Rabat ٢٠٢٣")).containsExactly("المغرب", "Rabat", "٢٠٢٣");
    }

    @Test
    void nothingOutsideThePresentationBlocksIsTouched() {
        String other = "\uFE00\uFE30\uFE50\uFEFF";
        char[] s = other.toCharArray();
        assertThat(ArabicPresentationForms.hasPresentationForm(s, s.length)).isFalse();
    }
}
