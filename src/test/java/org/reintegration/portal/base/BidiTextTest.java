package org.reintegration.portal.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

public class BidiTextTest {

    /** Every character that changes direction: embeddings, overrides, their end, isolates, their end, marks. */
    public static final List<Character> CONTROLS = List.of(
            '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E',
            '\u200F', '\u061C');

    @Test
    void every_control_in_a_title_is_closed_before_the_isolate_ends() {
        for (char c : CONTROLS) {
            for (String hostile : List.of(
                    "Well" + c + " 1200 USD",
                    c + "Well",
                    "Well" + c,
                    "" + c + c + c,
                    c + "\u2069\u202C" + c + "Well",
                    "\u2067Well" + c + "\u202E")) {
                String isolated = BidiText.isolate(hostile);
                assertThat(isolated).startsWith("\u2068").endsWith("\u2069");
                assertThat(isolated.substring(1, isolated.length() - 1))
                        .as("inside of %s", name(hostile))
                        .isEqualTo(BidiText.balanced(hostile));
                assertBalanced(BidiText.balanced(hostile), hostile);
                assertThat(visible(BidiText.balanced(hostile))).isEqualTo(visible(hostile));
            }
        }
    }

    @Test
    void an_override_left_open_is_closed_and_a_stray_isolate_end_cannot_end_the_isolate_early() {
        assertThat(BidiText.isolate("Well\u202E")).isEqualTo("\u2068Well\u202E\u202C\u2069");
        assertThat(BidiText.isolate("\u2069\u202EWell")).isEqualTo("\u2068\u202EWell\u202C\u2069");
        assertThat(BidiText.isolate("\u2067a\u202Bb\u2069c")).isEqualTo("\u2068\u2067a\u202Bb\u202C\u2069c\u2069");
    }

    @Test
    void text_without_direction_controls_is_left_as_it_is() {
        assertThat(BidiText.balanced("بئر القرية")).isEqualTo("بئر القرية");
        assertThat(BidiText.balanced("Puits\u200F")).isEqualTo("Puits\u200F");
        assertThat(BidiText.isolate(null)).isEqualTo("\u2068\u2069");
    }

    /** Fails when a closer closes nothing or something stays open, following UAX #9 rules X6a and X7. */
    private static void assertBalanced(String text, String from) {
        Deque<Character> open = new ArrayDeque<>();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\u202A', '\u202B', '\u202D', '\u202E' -> open.push('E');
                case '\u2066', '\u2067', '\u2068' -> open.push('I');
                case '\u202C' -> {
                    if (open.isEmpty() || open.peek() != 'E') {
                        fail("a PDF closing nothing in " + name(text) + " from " + name(from));
                    }
                    open.pop();
                }
                case '\u2069' -> {
                    if (!open.contains('I')) {
                        fail("a PDI closing nothing in " + name(text) + " from " + name(from));
                    }
                    while (open.pop() != 'I') {}
                }
                default -> {}
            }
        }
        assertThat(open).as("left open in %s from %s", name(text), name(from)).isEmpty();
    }

    private static String visible(String text) {
        return text.codePoints()
                .filter(c -> !BidiText.isControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    private static String name(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c < 128 ? String.valueOf((char) c) : String.format("<U+%04X>", c)));
        return out.toString();
    }
}
