package org.reintegration.portal.outcome;

import java.util.Optional;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.InvalidInputException;
import org.reintegration.portal.interop.hxl.ImportException;
import org.reintegration.portal.outcome.repository.OutcomeRepository;
import org.springframework.stereotype.Component;

/** The scheme version every figure is shown under (the one applied last), read into its rules. */
@Component
class AppliedScheme {

    private final OutcomeRepository outcomes;

    AppliedScheme(OutcomeRepository outcomes) {
        this.outcomes = outcomes;
    }

    Optional<SchemeVersion> get() {
        return outcomes.appliedScheme().map(s -> {
            try {
                return new SchemeVersion(s, SchemeText.parse(s.definition()));
            } catch (ImportException stored) {
                throw new IllegalStateException("stored scheme version " + s.version() + " does not read", stored);
            }
        });
    }

    SchemeVersion require() {
        return get().orElseThrow(() -> new InvalidInputException(
                "No scoring scheme has been applied yet: an administrator applies one first"));
    }

    /**
     * Reads a scheme's text.
     *
     * @throws InvalidFieldException ({@code definition}) naming the line of the first mistake
     */
    static ScoringScheme parse(String text) {
        try {
            return SchemeText.parse(text);
        } catch (ImportException wrong) {
            throw new InvalidFieldException("definition", "outcome.scheme.error", wrong.getMessage());
        }
    }
}
