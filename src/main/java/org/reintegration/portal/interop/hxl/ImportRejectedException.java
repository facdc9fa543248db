package org.reintegration.portal.interop.hxl;

import java.util.List;
import java.util.Objects;
import org.reintegration.portal.base.InvalidInputException;

/**
 * A file refused as a whole, with every problem found in it: {@link #problems()} in English for logs and the
 * API, {@link #importProblems()} to be shown in the reader's language with their lines and columns.
 */
public class ImportRejectedException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    private final String fileName;
    private final List<ImportProblem> importProblems;
    private final int problemCount;

    /**
     * @param fileName     the uploaded file's name, or null when it has none
     * @param problems     the problems listed, sorted by position
     * @param problemCount how many problems there were in all (at least as many as listed)
     */
    public ImportRejectedException(String fileName, List<ImportProblem> problems, int problemCount) {
        this(fileName, "was not imported", problems, problemCount);
    }

    /**
     * @param what says in English why, after the file's name, such as {@code is not valid JSON}
     */
    public ImportRejectedException(String fileName, String what, List<ImportProblem> problems, int problemCount) {
        super(
                Objects.requireNonNullElse(fileName, "The file") + " " + what,
                ImportResult.messages(problems, problemCount));
        this.fileName = fileName;
        this.importProblems = List.copyOf(problems);
        this.problemCount = problemCount;
    }

    /** The file's problems, every one found. */
    public ImportRejectedException(String fileName, List<ImportProblem> problems) {
        this(fileName, problems, problems.size());
    }

    /** A file whose reading found problems. */
    public static ImportRejectedException of(String fileName, ImportResult<?> read) {
        return new ImportRejectedException(fileName, read.problems(), read.problemCount());
    }

    /** The uploaded file's name, or null. */
    public String fileName() {
        return fileName;
    }

    /** The problems listed, sorted by position: at most {@link ImportProblems#KEPT}. */
    public List<ImportProblem> importProblems() {
        return importProblems;
    }

    /** How many problems there were in all, listed or not. */
    public int problemCount() {
        return problemCount;
    }
}
