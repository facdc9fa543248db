package org.reintegration.portal.initiative;

import java.math.BigDecimal;
import java.util.Map;
import org.reintegration.portal.base.InvalidFieldException;

/**
 * What a reviewer enters in the feasibility grid. Every criterion needs a rating; the do-no-harm
 * check needs a note saying who benefits and whether it could deepen tension; the decision needs a
 * reason the public can read.
 *
 * @param validatedCost the cost the ballot will show, or null to keep the estimate
 */
public record ReviewData(
        Map<Criterion, Assessment> assessments,
        ReviewDecision decision,
        String publicReason,
        BigDecimal validatedCost) {

    public static final int REASON_MAX = 2000;

    public ReviewData {
        assessments = assessments == null ? Map.of() : Map.copyOf(assessments);
        for (Criterion criterion : Criterion.values()) {
            Assessment assessment = assessments.get(criterion);
            if (assessment == null) {
                throw new InvalidFieldException(
                        "criterion." + criterion.name(), "review.error.rating", criterion + " not rated");
            }
            if (assessment.note() != null && assessment.note().length() > criterion.noteMax()) {
                throw new InvalidFieldException(
                        "note." + criterion.name(), "review.error.note-too-long", criterion + " note too long");
            }
        }
        if (assessments.get(Criterion.DO_NO_HARM).note() == null) {
            throw new InvalidFieldException("note.DO_NO_HARM", "review.error.do-no-harm-note", "no do-no-harm note");
        }
        if (decision == null) {
            throw new InvalidFieldException("decision", "review.error.decision", "no decision");
        }
        publicReason = publicReason == null ? "" : publicReason.strip();
        if (publicReason.isEmpty() || publicReason.length() > REASON_MAX) {
            throw new InvalidFieldException("publicReason", "review.error.reason", "reason missing or too long");
        }
        if (validatedCost != null
                && (validatedCost.signum() < 0
                        || validatedCost.compareTo(InitiativeData.COST_MAX) > 0
                        || validatedCost.stripTrailingZeros().scale() > 2)) {
            throw new InvalidFieldException("validatedCost", "initiatives.error.cost", "cost " + validatedCost);
        }
    }

    public Assessment get(Criterion criterion) {
        return assessments.get(criterion);
    }
}
