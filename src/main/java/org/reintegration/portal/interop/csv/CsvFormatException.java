package org.reintegration.portal.interop.csv;

import java.io.IOException;

/**
 * A file that cannot be split into CSV records. The message starts with where the problem is (line,
 * and column when one field is to blame), unless it is about the whole file, and then says what is
 * wrong, so it can be shown as it is.
 */
public class CsvFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String problem;
    private final int line;
    private final int column;

    /**
     * @param problem what is wrong, as a sentence fragment without the position
     * @param line    the 1-based physical line the problem is on, or 0 when it is about the whole file
     * @param column  the 1-based column (field number) of the offending field, or 0 when no single field is to blame
     */
    public CsvFormatException(String problem, int line, int column) {
        super(line == 0 ? problem : "line " + line + (column > 0 ? ", column " + column : "") + ": " + problem);
        this.problem = problem;
        this.line = line;
        this.column = column;
    }

    /** What is wrong, without the position. */
    public String problem() {
        return problem;
    }

    /** The 1-based physical line, or 0 when the problem is about the whole file (such as its encoding). */
    public int line() {
        return line;
    }

    /** The 1-based column (field number, as a spreadsheet counts it), or 0 when the whole line is to blame. */
    public int column() {
        return column;
    }
}
