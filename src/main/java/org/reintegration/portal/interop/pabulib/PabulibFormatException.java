package org.reintegration.portal.interop.pabulib;

import java.io.IOException;

/**
 * A Pabulib file that cannot be read as an election. The message starts with where the problem is
 * (line, and column when one field is to blame) and then says what is wrong.
 */
public class PabulibFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String problem;
    private final int line;
    private final int column;

    /**
     * @param problem what is wrong, as a sentence fragment without the position
     * @param line    the 1-based line the problem is on
     * @param column  the 1-based column of the offending field, or 0 when no single field is to blame
     */
    public PabulibFormatException(String problem, int line, int column) {
        super("line " + line + (column > 0 ? ", column " + column : "") + ": " + problem);
        this.problem = problem;
        this.line = line;
        this.column = column;
    }

    public String problem() {
        return problem;
    }

    public int line() {
        return line;
    }

    /** The 1-based column of the offending field, or 0 when the whole line is to blame. */
    public int column() {
        return column;
    }
}
