package org.akhbar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageGuesserTest {

    private static List<Paragraph> ps(String text) {
        return List.of(new Paragraph(text, 0, Paragraph.Kind.TEXT));
    }

    @Test
    void arabicLettersDominatingMakeItArabicWhateverThePageDeclares() {
        assertThat(LanguageGuesser.guess(ps("أعلنت الوزارة عن خطة جديدة للنقل (Plan Transport)"), "en")).isEqualTo("ar");
    }

    @Test
    void aLatinBodyTakesTheDeclaredLanguage() {
        assertThat(LanguageGuesser.guess(ps("Le ministère a annoncé un plan"), "fr")).isEqualTo("fr");
    }

    @Test
    void withoutADeclarationCommonWordsTellFrenchFromEnglish() {
        assertThat(LanguageGuesser.guess(ps("Le ministre a présenté le plan pour les villes et les régions"), null)).isEqualTo("fr");
        assertThat(LanguageGuesser.guess(ps("The minister presented the plan for the cities and the regions"), null)).isEqualTo("en");
    }
}
