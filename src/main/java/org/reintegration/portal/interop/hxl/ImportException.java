package org.reintegration.portal.interop.hxl;

import java.io.IOException;
import java.util.Objects;

/**
 * Thrown when an imported file, or one cell of it, cannot be used; its message is the problem's in English,
 * position first, and {@link #problem()} the problem to show in the reader's language.
 */
public class ImportException extends IOException {

    private static final long serialVersionUID = 1L;

    private final ImportProblem problem;

    public ImportException(ImportProblem problem) {
        this.problem = Objects.requireNonNull(problem);
    }

    /** The problem in English, position first; put in words only when asked, as most are collected, not logged. */
    @Override
    public String getMessage() {
        return problem.message();
    }

    /** What is wrong and where. */
    public ImportProblem problem() {
        return problem;
    }
}
