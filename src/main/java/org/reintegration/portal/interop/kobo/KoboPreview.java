package org.reintegration.portal.interop.kobo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.Set;
import org.reintegration.portal.base.ProblemText;
import org.reintegration.portal.interop.hxl.Cell;
import org.reintegration.portal.interop.hxl.ImportProblem;
import org.reintegration.portal.interop.hxl.ImportProblems;
import org.reintegration.portal.interop.hxl.ImportResult;

/**
 * What importing an export with a field mapping would give, worked out before anything is saved, so
 * that staff see the rows and every problem together and either fix the file or mapping, or import
 * all of it. The problems are the export's own (see {@link KoboExport}) and those of the mapping: a
 * mapped form field the file does not have, or whose name is ambiguous; a required target field that
 * no form field fills, or that a submission leaves empty.
 */
public final class KoboPreview {

    /**
     * One submission in the portal's fields.
     *
     * @param line   the submission's line in the export
     * @param uuid   the submission's {@code _uuid}
     * @param values target field to value, in mapping order; {@code ""} for an empty answer; for a select-multiple
     *               question, the chosen options separated by spaces in the form's order of options
     * @param cells  target field to the cell it was read from, to name its line and column in a message
     */
    public record Row(int line, String uuid, SequencedMap<String, String> values, Map<String, Cell> cells) {

        public Row {
            values = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(values));
            cells = Map.copyOf(cells);
        }

        /** The cell a target field was read from; empty (with the row's line) when no form field fills it. */
        public Cell cell(String target) {
            Cell cell = cells.get(target);
            return cell != null ? cell : new Cell("", line, 0, target);
        }
    }

    private KoboPreview() {}

    /**
     * Applies a mapping to an export.
     *
     * @param requiredFields the target fields every submission must fill
     */
    public static ImportResult<Row> of(KoboExport export, KoboFieldMapping mapping, Set<String> requiredFields) {
        ImportProblems problems = new ImportProblems();
        export.problems().forEach(problems::add);
        Map<String, String> pathsByTarget = resolve(export.columns(), mapping, requiredFields, problems);
        requiredFields.stream()
                .sorted()
                .filter(target -> !mapping.targets().containsValue(target))
                .forEach(target -> problems.add(ImportProblem.inFile("import.kobo.required-unmapped", target)));

        List<Row> rows = new ArrayList<>();
        for (KoboSubmission submission : export.submissions()) {
            SequencedMap<String, String> values = new LinkedHashMap<>();
            Map<String, Cell> cells = new HashMap<>();
            pathsByTarget.forEach((target, path) -> {
                Cell cell = submission.cell(path);
                cells.put(target, cell);
                if (cell.isEmpty() && requiredFields.contains(target)) {
                    problems.add(cell.problem("import.kobo.required-empty", target));
                }
                boolean selectMultiple = !export.columns().options(path).isEmpty();
                values.put(target, selectMultiple ? String.join(" ", submission.selected(path)) : cell.value());
            });
            rows.add(new Row(submission.line(), submission.uuid(), values, cells));
        }
        return ImportResult.of(rows, problems);
    }

    /** Target field to the export's column path, for the mapped form fields the export has unambiguously. */
    private static Map<String, String> resolve(
            KoboColumns columns, KoboFieldMapping mapping, Set<String> requiredFields, ImportProblems problems) {
        Map<String, String> pathsByTarget = new LinkedHashMap<>();
        mapping.targets().forEach((field, target) -> {
            List<String> paths = columns.pathsNamed(field);
            int line = mapping.lineOf(field);
            if (paths.size() == 1) {
                pathsByTarget.put(target, paths.getFirst());
            } else if (paths.isEmpty()) {
                problems.add(mappingProblem(
                        line,
                        requiredFields.contains(target)
                                ? ProblemText.of("import.kobo.no-field-required", field, target)
                                : ProblemText.of("import.kobo.no-field", field)));
            } else {
                problems.add(mappingProblem(line, ambiguous(field, paths)));
            }
        });
        return pathsByTarget;
    }

    /**
     * A problem of a mapping line found against the file: sorted with the problems about the whole file, as the
     * line is the mapping's and not the file's.
     */
    public static ImportProblem mappingProblem(int mappingLine, ProblemText what) {
        return ImportProblem.inFile("import.at.mapping-line", String.valueOf(mappingLine), what);
    }

    /** A form field's name that more than one column has: "'adm2' may mean a/adm2 or b/adm2; give the full path". */
    static ProblemText ambiguous(String field, List<String> paths) {
        String allButLast = String.join(", ", paths.subList(0, paths.size() - 1));
        return ProblemText.of(
                "import.kobo.ambiguous", field, ProblemText.of("import.list.or", allButLast, paths.getLast()));
    }
}
