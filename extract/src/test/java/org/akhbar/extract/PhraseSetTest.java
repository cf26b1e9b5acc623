package org.akhbar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class PhraseSetTest {

    private static final PhraseSet PHRASES = new PhraseSet(List.of("اقرا ايضا", "شارك", "all rights reserved", "rights"));

    @Test
    void findsAPhraseOnlyAsWholeWords() {
        assertThat(PHRASES.occursAsWords("جميع الحقوق all rights reserved 2026")).isTrue();
        assertThat(PHRASES.occursAsWords("copyrights reserved")).isFalse();
        assertThat(PHRASES.occursAsWords("شاركوا في النقاش")).isFalse();
        assertThat(PHRASES.occursAsWords("ثم شارك")).isTrue();
    }

    @Test
    void opensOnlyWhenThePhraseIsTheFirstWords() {
        assertThat(PHRASES.opens("اقرا ايضا وزير المالية يعلن الموازنة")).isTrue();
        assertThat(PHRASES.opens("اقرا ايضاً")).isFalse();
        assertThat(PHRASES.opens("وزير المالية اقرا ايضا")).isFalse();
        assertThat(PHRASES.opens("")).isFalse();
    }

    @Test
    void staysAReadOnlySetInInsertionOrder() {
        assertThat(PHRASES).containsExactly("اقرا ايضا", "شارك", "all rights reserved", "rights");
        assertThat(PHRASES.contains("شارك")).isTrue();
    }

    @Property
    void agreesWithAnIndexOfScanPerPhrase(@ForAll("texts") String text, @ForAll("phraseLists") List<String> phrases) {
        PhraseSet set = new PhraseSet(phrases);
        assertThat(set.occursAsWords(text)).isEqualTo(plainContains(text, phrases));
        assertThat(set.opens(text)).isEqualTo(plainStarts(text, phrases));
    }

    @Property
    void setsScannedTogetherAnswerAsEachAlone(@ForAll("texts") String text, @ForAll("phraseLists") List<String> first,
            @ForAll("phraseLists") List<String> second) {
        PhraseSet.Family family = new PhraseSet.Family();
        PhraseSet a = family.add(new PhraseSet(first));
        PhraseSet b = family.add(new PhraseSet(second));
        // Asked twice about the same text: the second answer comes from the family's last scan.
        assertThat(a.occursAsWords(text)).isEqualTo(plainContains(text, first));
        assertThat(b.occursAsWords(text)).isEqualTo(plainContains(text, second));
        assertThat(a.occursAsWords(text)).isEqualTo(plainContains(text, first));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("اب ةx y").ofMaxLength(14);
    }

    @Provide
    Arbitrary<List<String>> phraseLists() {
        // No empty phrase: the reference scan below would never end on one.
        return Arbitraries.strings().withChars("اب ةx y").ofMinLength(1).ofMaxLength(4).list().ofMaxSize(4);
    }

    private static boolean plainContains(String n, List<String> phrases) {
        for (String p : phrases) {
            int at = n.indexOf(p);
            while (at >= 0) {
                int end = at + p.length();
                if ((at == 0 || n.charAt(at - 1) == ' ') && (end == n.length() || n.charAt(end) == ' ')) {
                    return true;
                }
                at = n.indexOf(p, at + 1);
            }
        }
        return false;
    }

    private static boolean plainStarts(String n, List<String> phrases) {
        for (String p : phrases) {
            if (n.startsWith(p) && (n.length() == p.length() || n.charAt(p.length()) == ' ')) {
                return true;
            }
        }
        return false;
    }
}
