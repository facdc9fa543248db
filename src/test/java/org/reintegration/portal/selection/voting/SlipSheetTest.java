package org.reintegration.portal.selection.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reintegration.portal.base.pdf.PdfTexts;

class SlipSheetTest {

    private static final List<String> CODES = List.of("DNBS-7K2P-XQ4M", "ABCD-EFGH-JKLM", "QRST-UVWX-YZ23");
    private static final String URL = "https://portal.example.org/vote/3";

    @ParameterizedTest
    @ValueSource(strings = {"ar", "fr", "en"})
    void every_slip_carries_its_whole_code_the_instructions_and_the_address_in_the_reader_language(String language) {
        ResourceBundle texts = ResourceBundle.getBundle("vaadin-i18n/translations", Locale.of(language));
        for (boolean withQr : List.of(true, false)) {
            byte[] pdf = SlipSheet.pdf("جولة التصويت 2026 Tamara", CODES, Locale.of(language), URL, withQr);

            String text = PdfTexts.text(pdf);

            String slip = PdfTexts.oneLine(texts.getString("slip.code-label"));
            String instructions = PdfTexts.oneLine(texts.getString("slip.instructions"));
            String secret = PdfTexts.oneLine(texts.getString("slip.secret"));
            for (String code : CODES) {
                assertThat(text)
                        .as("the slip of %s in %s (QR code: %s)", code, language, withQr)
                        .contains(slip + " " + code + " " + instructions + " " + URL + " " + secret);
            }
        }
    }
}
