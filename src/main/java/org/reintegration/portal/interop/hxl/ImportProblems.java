package org.reintegration.portal.interop.hxl;

import java.util.List;
import java.util.TreeSet;
import org.reintegration.portal.interop.csv.CsvFormatException;

/**
 * Collects the problems found while reading a file, so that all of them can be shown at once and the
 * file rejected as a whole. Only the first {@link #KEPT} by position are kept, which bounds memory on
 * a large file where every row is wrong; {@link #count()} still counts them all. Not thread-safe: one
 * collector per import.
 */
public final class ImportProblems {

    /** How many problems are kept and shown; the rest are only counted. */
    public static final int KEPT = 100;

    private final TreeSet<ImportProblem> kept = new TreeSet<>();
    private int count;

    /** Reads one value, such as a cell's count, that may fail with a problem. */
    @FunctionalInterface
    public interface Read<T> {
        T read() throws ImportException;
    }

    /** Records a problem; the same problem twice counts once. */
    public void add(ImportProblem problem) {
        if (kept.add(problem)) {
            count++;
            if (kept.size() > KEPT) {
                kept.pollLast();
            }
        }
    }

    /** Records the problem an exception carries. */
    public void add(ImportException failure) {
        add(failure.problem());
    }

    /** Records the problem a CSV reader stopped at. */
    public void add(CsvFormatException notCsv) {
        add(ImportProblem.of(notCsv));
    }

    /**
     * Reads a value, recording the problem if reading it fails, so that one pass over a file finds all
     * the bad cells: {@code Long returnees = problems.attempt(() -> row.cell(individuals).count());}
     *
     * @return the value read, or {@code null} when reading it failed and a problem was recorded
     */
    public <T> T attempt(Read<T> read) {
        try {
            return read.read();
        } catch (ImportException failure) {
            add(failure);
            return null;
        }
    }

    public boolean isEmpty() {
        return count == 0;
    }

    /** How many problems were found, including those not kept. */
    public int count() {
        return count;
    }

    /** The first {@link #KEPT} problems by position. */
    public List<ImportProblem> list() {
        return List.copyOf(kept);
    }
}
