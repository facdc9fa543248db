package org.reintegration.portal.outcome;

import java.util.List;
import org.reintegration.portal.interop.hxl.ImportProblem;

/**
 * What importing a survey export would record, worked out without writing anything.
 *
 * @param rows          the submissions that could be read, in file order
 * @param problems      the problems to show, each naming the mapping line or the file's line and column
 * @param problemCount  how many problems there were in all
 * @param schemeVersion the scheme version whose questions the answers were checked against
 */
public record SurveyPlan(
        List<PlannedResponse> rows, List<ImportProblem> problems, int problemCount, int schemeVersion) {

    public SurveyPlan {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    /** The problems listed, in English, for logs and the API. */
    public List<String> messages() {
        return problems.stream().map(ImportProblem::message).toList();
    }

    public boolean isAccepted() {
        return problemCount == 0;
    }

    public long newResponses() {
        return rows.stream().filter(r -> !r.alreadyImported()).count();
    }

    public long alreadyImported() {
        return rows.stream().filter(PlannedResponse::alreadyImported).count();
    }
}
