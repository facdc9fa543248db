package org.reintegration.portal.base;

import java.io.Serializable;

/**
 * A value a record refuses, with what is wrong in the interface's words: readers of files (schemes, imports)
 * show {@link #problem()} in the reader's language; the message stays English for logs and the API.
 */
public class InvalidValueException extends IllegalArgumentException {

    private final ProblemText problem;

    public InvalidValueException(String key, Serializable... args) {
        this(ProblemText.of(key, args));
    }

    public InvalidValueException(ProblemText problem) {
        super(problem.english());
        this.problem = problem;
    }

    public ProblemText problem() {
        return problem;
    }
}
