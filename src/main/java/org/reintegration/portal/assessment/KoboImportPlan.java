package org.reintegration.portal.assessment;

import java.util.List;
import org.reintegration.portal.interop.hxl.ImportProblem;

/**
 * What importing an export would record, worked out without writing anything.
 *
 * @param rows         the submissions that could be read, in file order (with problems, some are missing)
 * @param problems     the problems to show, each naming the mapping line or the file's line and column
 * @param problemCount how many problems there were in all (more than listed when there are many)
 */
public record KoboImportPlan(List<PlannedAssessment> rows, List<ImportProblem> problems, int problemCount) {

    public KoboImportPlan {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    /** The problems listed, in English, for logs and the API. */
    public List<String> messages() {
        return problems.stream().map(ImportProblem::message).toList();
    }

    /** True when the file can be imported as it is. */
    public boolean isAccepted() {
        return problemCount == 0;
    }

    /** Profiles the import would record. */
    public long newProfiles() {
        return rows.stream().filter(r -> !r.alreadyImported()).count();
    }

    /** Submissions recorded by an earlier import, which this one skips. */
    public long alreadyImported() {
        return rows.stream().filter(PlannedAssessment::alreadyImported).count();
    }

    /** Communities the import would create (one per new name and area, however many submissions name it). */
    public long newCommunities() {
        return rows.stream()
                .filter(r -> !r.alreadyImported() && r.createsCommunity())
                .map(r -> r.area().value() + "|" + r.communityName().toLowerCase(java.util.Locale.ROOT))
                .distinct()
                .count();
    }
}
