package org.akhbar.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.NotEmpty;
import org.junit.jupiter.api.Test;

class LinesTest {

    @Test
    void theEmptyListIsTheEmptyText() {
        assertThat(Lines.join(List.of(), "an author")).isEmpty();
        assertThat(Lines.split("")).isEmpty();
        assertThat(Lines.split(null)).isEmpty();
    }

    @Test
    void anEntryWithALineBreakIsRejected() {
        assertThatThrownBy(() -> Lines.join(List.of("سطر\rثان"), "a paragraph"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a paragraph must not contain a line break");
    }

    @Test
    void anEmptyEntryIsRejectedBecauseItWouldVanish() {
        assertThatThrownBy(() -> Lines.join(List.of(""), "an author"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("an author must not be empty");
    }

    @Property
    void arabicLinesRoundTrip(
            @ForAll List<@NotEmpty @CharRange(from = '\u0600', to = '\u06ff') String> entries) {
        assertThat(Lines.split(Lines.join(entries, "an entry"))).isEqualTo(entries);
    }
}
