package org.reintegration.portal.interop.hxl;

import java.io.IOException;
import java.util.Objects;

/**
 * Thrown when an imported file, or one cell of it, cannot be used; its message is the problem's,
 * position first, ready to be shown to the person who uploaded the file.
 */
public class ImportException extends IOException {

    private static final long serialVersionUID = 1L;

    private final ImportProblem problem;

    public ImportException(ImportProblem problem) {
        super(Objects.requireNonNull(problem).message());
        this.problem = problem;
    }

    /** What is wrong and where. */
    public ImportProblem problem() {
        return problem;
    }
}
