package org.reintegration.portal.interop.kobo;

import java.util.List;
import java.util.Set;
import org.reintegration.portal.interop.hxl.ImportException;
import org.reintegration.portal.interop.hxl.ImportProblems;
import org.reintegration.portal.interop.hxl.ImportResult;

/**
 * The steps every import of a form's export takes before reading submissions into its own fields: read the
 * mapping staff typed, check that its targets are fields of that import, and apply it to the export (see
 * {@link KoboPreview}), collecting the problems of each step in one list.
 *
 * @param mapping  the mapping read
 * @param rows     the submissions in the import's fields, in file order
 * @param unlisted how many of the preview's problems were counted but not kept
 */
public record MappedExport(KoboFieldMapping mapping, List<KoboPreview.Row> rows, int unlisted) {

    /** Checks that every target of a mapping is a field the import knows. */
    @FunctionalInterface
    public interface TargetCheck {

        /** @throws ImportException naming the first mapping line whose target the import does not know */
        void check(KoboFieldMapping mapping) throws ImportException;
    }

    public MappedExport {
        rows = List.copyOf(rows);
    }

    /**
     * Reads and checks the mapping and applies it to the export, adding every problem found to {@code problems}.
     *
     * @param requiredFields the targets every submission must fill
     * @return the mapped export, or null when the mapping itself is wrong (its problem is then the one added)
     */
    public static MappedExport of(
            KoboExport export,
            String mappingText,
            TargetCheck targets,
            Set<String> requiredFields,
            ImportProblems problems) {
        KoboFieldMapping mapping;
        try {
            mapping = KoboFieldMapping.parse(mappingText);
            targets.check(mapping);
        } catch (ImportException wrong) {
            problems.add(wrong);
            return null;
        }
        ImportResult<KoboPreview.Row> preview = KoboPreview.of(export, mapping, requiredFields);
        preview.problems().forEach(problems::add);
        return new MappedExport(
                mapping,
                preview.rows(),
                preview.problemCount() - preview.problems().size());
    }

    /** How many problems there are in all: those collected and the preview's that were not kept. */
    public int problemCount(ImportProblems problems) {
        return problems.count() + Math.max(0, unlisted);
    }
}
