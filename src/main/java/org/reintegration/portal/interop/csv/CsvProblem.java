package org.reintegration.portal.interop.csv;

import org.reintegration.portal.base.ProblemText;

/**
 * Finds the first thing in one record's text that keeps it from being split unambiguously, with its line
 * and column: a quote inside an unquoted field, text after a closing quote, or a quoted field that is never
 * closed. The parser only says that a record is refused; this says where and why, in the words a person
 * fixing the file in a spreadsheet needs.
 */
final class CsvProblem {

    private CsvProblem() {}

    /**
     * @param text      the text from the start of the record on (it may go on past the record's end)
     * @param separator the character that separates fields
     * @param line      the physical line the record starts on
     * @return the problem, or {@code null} when the record is well-formed
     */
    static CsvFormatException find(CharSequence text, char separator, int line) {
        int column = 1;
        int length = text.length();
        boolean fieldStart = true;
        int i = 0;
        while (i < length) {
            char c = text.charAt(i++);
            if (c == separator) {
                column++;
                fieldStart = true;
            } else if (c == '\r' || c == '\n') {
                return null;
            } else if (c != '"') {
                fieldStart = false;
            } else if (!fieldStart) {
                return new CsvFormatException(ProblemText.of("import.csv.quote-inside"), line, column);
            } else {
                int openedOn = line;
                while (true) {
                    if (i >= length) {
                        return new CsvFormatException(ProblemText.of("import.csv.quote-unclosed"), openedOn, column);
                    }
                    c = text.charAt(i++);
                    if (c == '"') {
                        if (i >= length || text.charAt(i) != '"') {
                            break;
                        }
                        i++;
                    } else if (c == '\n' || c == '\r' && (i >= length || text.charAt(i) != '\n')) {
                        line++;
                    }
                }
                if (i < length && !endsField(text.charAt(i), separator)) {
                    return afterClosingQuote(text.charAt(i), separator, line, column);
                }
                fieldStart = false;
            }
        }
        return null;
    }

    private static boolean endsField(char c, char separator) {
        return c == separator || c == '\r' || c == '\n';
    }

    private static CsvFormatException afterClosingQuote(char next, char separator, int line, int column) {
        ProblemText problem = ProblemText.of("import.csv.after-quote");
        if (SeparatorDetection.CANDIDATES.indexOf(next) >= 0) {
            // The usual cause: a file of quoted fields read with the other separator.
            problem =
                    ProblemText.of("import.csv.separator-after-quote", String.valueOf(next), String.valueOf(separator));
        }
        return new CsvFormatException(problem, line, column);
    }
}
