package org.reintegration.portal.interop.hxl;

import java.util.ArrayList;
import java.util.List;

/**
 * What reading a file gave: the rows read and the problems found. A file is imported all or nothing:
 * as soon as there is one problem, none of its rows may be saved ({@link #acceptedRows()} refuses),
 * though the rows can still be shown in a preview next to the problems.
 *
 * @param rows         the rows that could be read, in file order
 * @param problems     the first {@link ImportProblems#KEPT} problems, sorted by position
 * @param problemCount how many problems there were in all
 * @param <T>          what a row becomes
 */
public record ImportResult<T>(List<T> rows, List<ImportProblem> problems, int problemCount) {

    public ImportResult {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
        if (problemCount < problems.size()) {
            throw new IllegalArgumentException("there are at least as many problems as are listed");
        }
    }

    /** The rows read and the problems collected while reading them. */
    public static <T> ImportResult<T> of(List<T> rows, ImportProblems problems) {
        return new ImportResult<>(rows, problems.list(), problems.count());
    }

    /** A file refused before any row could be read, such as one without a hashtag row. */
    public static <T> ImportResult<T> rejected(ImportProblem problem) {
        return new ImportResult<>(List.of(), List.of(problem), 1);
    }

    /** Whether the file may be imported: no problem at all was found. */
    public boolean isAccepted() {
        return problemCount == 0;
    }

    /**
     * The rows to save.
     *
     * @throws IllegalStateException when there is a problem, so a partly wrong file cannot be saved by mistake
     */
    public List<T> acceptedRows() {
        if (!isAccepted()) {
            throw new IllegalStateException("the file has " + problemCount + " problem(s) and may not be imported");
        }
        return rows;
    }

    /** The problems' messages to show, followed by "and N more problems" when not all are listed. */
    public List<String> messages() {
        return messages(problems, problemCount);
    }

    /** The problems' messages in English, followed by "and N more problems" when not all are listed. */
    static List<String> messages(List<ImportProblem> problems, int problemCount) {
        List<String> messages =
                new ArrayList<>(problems.stream().map(ImportProblem::message).toList());
        int unlisted = problemCount - problems.size();
        if (unlisted > 0) {
            messages.add("and " + unlisted + " more problem" + (unlisted == 1 ? "" : "s"));
        }
        return List.copyOf(messages);
    }
}
