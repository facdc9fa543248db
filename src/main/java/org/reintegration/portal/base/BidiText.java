package org.reintegration.portal.base;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Keeps text that people typed from changing the direction of the text around it. A title holding a
 * right-to-left override (U+202E) would otherwise turn everything written after it on the same line
 * backwards: the cost beside it, the community's name, a status.
 *
 * <p>{@link #isolate} is for plain text (notifications, combo box items, map tooltips, PDF text): it
 * wraps the text in a first-strong isolate (U+2068 … U+2069), so the text takes its own direction from
 * its first letter and what follows it keeps the page's. {@link #balanced} is for text that markup
 * isolates already (an HTML {@code <bdi>}): it only makes sure no control inside leaks out of it.
 *
 * <p>Both drop a closing control that closes nothing (a stray U+2069 would end the isolate around the
 * text early) and close, at the end, every embedding, override and isolate the text left open. Marks
 * (U+200E, U+200F, U+061C) open nothing and are kept. See docs/adr/0012-hostile-text-and-exports.md.
 */
public final class BidiText {

    /** FIRST STRONG ISOLATE: starts an isolate whose direction its first letter decides. */
    public static final char FSI = '\u2068';
    /** POP DIRECTIONAL ISOLATE: ends the innermost isolate. */
    public static final char PDI = '\u2069';
    /** POP DIRECTIONAL FORMATTING: ends the innermost embedding or override. */
    public static final char PDF = '\u202C';

    private BidiText() {}

    /** The text between a first-strong isolate and its end, with its own controls balanced; "" for null. */
    public static String isolate(String text) {
        return FSI + balanced(text) + PDI;
    }

    /**
     * The text without closing controls that close nothing, followed by the closers of whatever it left
     * open, innermost first; "" for null. Text without bidi controls comes back unchanged.
     */
    public static String balanced(String text) {
        if (text == null) {
            return "";
        }
        if (text.chars().noneMatch(BidiText::isControl)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 4);
        // What is open, innermost first: PDF for an embedding or override, PDI for an isolate.
        Deque<Character> open = new ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\u202A', '\u202B', '\u202D', '\u202E' -> {
                    open.push(PDF);
                    out.append(c);
                }
                case '\u2066', '\u2067', FSI -> {
                    open.push(PDI);
                    out.append(c);
                }
                case PDF -> {
                    // Closes an embedding only when no isolate was opened after it (UAX #9, X7).
                    if (!open.isEmpty() && open.peek() == PDF) {
                        open.pop();
                        out.append(c);
                    }
                }
                case PDI -> {
                    // Closes the innermost isolate and every embedding opened inside it (UAX #9, X6a).
                    if (open.contains(PDI)) {
                        while (open.peek() == PDF) {
                            out.append(open.pop());
                        }
                        out.append(open.pop());
                    }
                }
                default -> out.append(c);
            }
        }
        while (!open.isEmpty()) {
            out.append(open.pop());
        }
        return out.toString();
    }

    /** Whether the character opens or closes an embedding, override or isolate. */
    static boolean isControl(int c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
