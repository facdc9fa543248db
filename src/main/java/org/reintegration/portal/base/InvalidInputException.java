package org.reintegration.portal.base;

import java.util.List;

/**
 * Input that cannot be accepted, with every problem found. Whatever raised it has changed nothing.
 */
public class InvalidInputException extends RuntimeException {

    private final List<String> problems;

    public InvalidInputException(String summary, List<String> problems) {
        super(problems.isEmpty() ? summary : summary + ": " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String problem) {
        this(problem, List.of());
    }

    /** The individual problems, each naming where it is (line and column, feature, field). */
    public List<String> problems() {
        return problems;
    }
}
