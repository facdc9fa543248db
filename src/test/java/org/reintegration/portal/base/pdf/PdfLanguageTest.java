package org.reintegration.portal.base.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PdfLanguageTest {

    @Test
    void isolates_become_the_embeddings_that_the_pdf_layout_understands() {
        assertThat(PdfLanguage.embeddings(PdfLanguage.leftToRight("#7"))).isEqualTo("\u202A#7\u202C");
        assertThat(PdfLanguage.embeddings(PdfLanguage.typed("مطحنة"))).isEqualTo("\u202Bمطحنة\u202C");
        assertThat(PdfLanguage.embeddings(PdfLanguage.typed("Coop \u202Ex")))
                .isEqualTo("\u202ACoop \u202Ex\u202C\u202C");
        assertThat(PdfLanguage.embeddings(PdfLanguage.typed("12 \u2067abc\u2069 مطحنة")))
                .as("a nested isolate does not decide the direction of the outer one")
                .isEqualTo("\u202B12 \u202Babc\u202C مطحنة\u202C");
    }
}
