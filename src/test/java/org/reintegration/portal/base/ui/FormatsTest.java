package org.reintegration.portal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.Bidi;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private static final Locale ARABIC = Locale.of("ar");
    private static final char FSI = '\u2068';
    private static final char PDI = '\u2069';
    private static final char RLM = '\u200F';
    private static final char NBSP = '\u00A0';

    @Test
    void an_arabic_amount_follows_cldr_the_number_then_the_code_behind_a_right_to_left_mark_in_an_isolate() {
        String money = Formats.money(ARABIC, new BigDecimal("1500000"), "GNF");

        assertThat(money).isEqualTo(FSI + "" + RLM + "1,500,000" + NBSP + "GNF" + PDI);
    }

    @Test
    void an_arabic_amount_has_its_currencys_decimals_and_a_negative_one_keeps_its_sign_before_the_number() {
        assertThat(Formats.money(ARABIC, new BigDecimal("12.5"), "USD")).contains("12.50" + NBSP + "USD");
        assertThat(Formats.money(ARABIC, new BigDecimal("-100"), "GNF"))
                .startsWith(FSI + "" + RLM)
                .contains("-100" + NBSP + "GNF")
                .endsWith("" + PDI);
    }

    @Test
    void in_an_arabic_sentence_the_amount_reads_number_then_code_and_leaves_the_words_around_it_in_place() {
        String amount = Formats.money(ARABIC, new BigDecimal("600"), "GNF");
        String sentence = "التكلفة " + amount + " من الميزانية";

        // Laid out right to left, the amount is one piece: read from the right, 600 then GNF, and the
        // Arabic words before and after it stay before and after it.
        assertThat(visual(sentence)).isEqualTo(reversed(" من الميزانية") + "GNF" + NBSP + "600" + reversed("التكلفة "));
    }

    @Test
    void after_a_latin_name_in_an_arabic_line_the_amount_still_reads_number_then_code_from_the_right() {
        String amount = Formats.money(ARABIC, new BigDecimal("600"), "GNF");

        // Drawn from the left: the amount (GNF, then 600 on its right), then the name, as Arabic reads it.
        assertThat(visual("Kankan · " + amount)).isEqualTo("GNF" + NBSP + "600 · Kankan");
        // Plain text after a Latin name joins the name's left-to-right run, the code on the wrong side.
        assertThat(visual("Kankan · 600 GNF")).isEqualTo("Kankan · 600 GNF");
    }

    @Test
    void french_writes_the_code_after_the_number_with_no_break_spaces_and_english_as_before() {
        assertThat(Formats.money(Locale.FRENCH, new BigDecimal("1500000"), "GNF"))
                .isEqualTo("1\u202F500\u202F000" + NBSP + "GNF");
        assertThat(Formats.money(Locale.FRENCH, new BigDecimal("12.5"), "USD")).isEqualTo("12,50" + NBSP + "USD");
        assertThat(Formats.money(Locale.ENGLISH, new BigDecimal("1500000"), "GNF"))
                .isEqualTo("1,500,000 GNF");
        assertThat(Formats.money(Locale.ENGLISH, new BigDecimal("1500000.004"), "GNF"))
                .isEqualTo("1,500,000 GNF");
    }

    /** The characters of one line in the order they are drawn from left to right (Unicode bidi algorithm). */
    private static String visual(String text) {
        Bidi bidi = new Bidi(text, Bidi.DIRECTION_RIGHT_TO_LEFT);
        int runs = bidi.getRunCount();
        byte[] levels = new byte[runs];
        Integer[] order = new Integer[runs];
        for (int i = 0; i < runs; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            order[i] = i;
        }
        Bidi.reorderVisually(levels, 0, order, 0, runs);
        StringBuilder out = new StringBuilder();
        for (Integer run : order) {
            String part = text.substring(bidi.getRunStart(run), bidi.getRunLimit(run));
            out.append(bidi.getRunLevel(run) % 2 == 1 ? new StringBuilder(part).reverse() : part);
        }
        return out.toString().replaceAll("[\u2068\u2069\u200F]", "");
    }

    private static String reversed(String text) {
        return new StringBuilder(text).reverse().toString();
    }
}
