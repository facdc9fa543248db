package org.reintegration.portal.interop.csv;

/**
 * Tells a {@code ;}-separated file from a {@code ,}-separated one by its first record: whichever of the
 * two occurs more often outside quotes separates the fields; a tie (a single-column file) means {@code ,}.
 * Spreadsheets in locales with a decimal comma save CSV with {@code ;}, as do KoboToolbox exports by
 * default, while HDX and most tools write {@code ,}.
 */
final class SeparatorDetection {

    /** The separators told apart. */
    static final String CANDIDATES = ",;";

    private int commas;
    private int semicolons;
    private boolean quoted;

    /** Takes the next character of the file; returns false once the first record has ended. */
    boolean accept(char c) {
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && (c == '\n' || c == '\r')) {
            return false;
        } else if (!quoted && c == ',') {
            commas++;
        } else if (!quoted && c == ';') {
            semicolons++;
        }
        return true;
    }

    /** The separator of the characters taken so far. */
    char separator() {
        return semicolons > commas ? ';' : ',';
    }
}
