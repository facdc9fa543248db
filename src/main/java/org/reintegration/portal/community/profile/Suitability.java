package org.reintegration.portal.community.profile;

import java.util.Objects;
import org.reintegration.portal.base.OptionalText;

public record Suitability(SuitabilityCriterion criterion, SuitabilityAnswer answer, String note) {

    public static final int NOTE_MAX = 500;

    public Suitability {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(answer, "answer");
        note = OptionalText.of(note, NOTE_MAX, "note");
    }
}
