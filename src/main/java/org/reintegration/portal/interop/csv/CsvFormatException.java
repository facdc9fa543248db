package org.reintegration.portal.interop.csv;

import java.io.IOException;
import org.reintegration.portal.base.ProblemText;

/**
 * A file that cannot be split into CSV records. The message starts with where the problem is (line,
 * and column when one field is to blame), unless it is about the whole file, and then says what is
 * wrong, in English; {@link #text()} is the same problem in the interface's words, for the reader's language.
 */
public class CsvFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final ProblemText problem;
    private final int line;
    private final int column;

    /**
     * @param problem what is wrong, without the position
     * @param line    the 1-based physical line the problem is on, or 0 when it is about the whole file
     * @param column  the 1-based column (field number) of the offending field, or 0 when no single field is to blame
     */
    public CsvFormatException(ProblemText problem, int line, int column) {
        super(
                line == 0
                        ? problem.english()
                        : "line " + line + (column > 0 ? ", column " + column : "") + ": " + problem.english());
        this.problem = problem;
        this.line = line;
        this.column = column;
    }

    /** What is wrong, without the position, in English. */
    public String problem() {
        return problem.english();
    }

    /** What is wrong, without the position, to be put in the reader's language. */
    public ProblemText text() {
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
