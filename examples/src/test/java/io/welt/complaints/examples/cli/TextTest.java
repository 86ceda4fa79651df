package io.welt.complaints.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Values from the input are shown on one line, with nothing invisible or terminal-controlling left. */
class TextTest {

    @Test
    void safe_escapesControlAndInvisibleFormatCharacters() {
        assertThat(Text.safe("a\u001B[31mb\nc\u202Ed\uFEFFe\u00e9"))
                .isEqualTo("a\\u001B[31mb\\u000Ac\\u202Ed\\uFEFFe\u00e9");
    }

    @Test
    void excerpt_cutsLongValues() {
        assertThat(Text.excerpt("x".repeat(41))).isEqualTo("x".repeat(40) + "...");
        assertThat(Text.excerpt("x".repeat(40))).isEqualTo("x".repeat(40));
    }
}
