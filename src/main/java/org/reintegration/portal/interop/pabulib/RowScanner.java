package org.reintegration.portal.interop.pabulib;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the text of a Pabulib file into {@code ;}-separated rows. A field that starts with a double
 * quote runs to the matching closing quote and may contain {@code ;}, line breaks and doubled quotes
 * standing for one quote, as spreadsheet exports write them.
 */
final class RowScanner {

    private final String text;
    private int position;
    private int line = 1;
    private int lineStart;

    RowScanner(String text) {
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The line the next row would start on; past the end, one more than the last line. */
    int line() {
        return line;
    }

    /** The next row, or {@code null} at the end of the text. */
    Row next() throws PabulibFormatException {
        if (position >= text.length()) {
            return null;
        }
        int rowLine = line;
        List<String> fields = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        while (true) {
            columns.add(position - lineStart + 1);
            fields.add(field());
            if (position < text.length() && text.charAt(position) == ';') {
                position++;
                continue;
            }
            endLine();
            return new Row(rowLine, List.copyOf(fields), List.copyOf(columns));
        }
    }

    private String field() throws PabulibFormatException {
        StringBuilder value = new StringBuilder();
        if (position < text.length() && text.charAt(position) == '"') {
            quoted(value);
        }
        // Unquoted text, or anything trailing a closing quote, which is kept as written.
        while (position < text.length() && !isFieldEnd(text.charAt(position))) {
            value.append(text.charAt(position++));
        }
        return value.toString();
    }

    private void quoted(StringBuilder value) throws PabulibFormatException {
        int openLine = line;
        int openColumn = position - lineStart + 1;
        position++;
        while (true) {
            if (position >= text.length()) {
                throw new PabulibFormatException("the quoted field opened here is never closed", openLine, openColumn);
            }
            char c = text.charAt(position);
            if (c == '"') {
                if (position + 1 < text.length() && text.charAt(position + 1) == '"') {
                    value.append('"');
                    position += 2;
                    continue;
                }
                position++;
                return;
            }
            if (c == '\r' || c == '\n') {
                value.append('\n');
                endLine();
                continue;
            }
            value.append(c);
            position++;
        }
    }

    private static boolean isFieldEnd(char c) {
        return c == ';' || c == '\n' || c == '\r';
    }

    private void endLine() {
        if (position < text.length() && text.charAt(position) == '\r') {
            position++;
        }
        if (position < text.length() && text.charAt(position) == '\n') {
            position++;
        }
        line++;
        lineStart = position;
    }
}
