package org.reintegration.portal.community.profile;

import java.util.Objects;

public record Suitability(SuitabilityCriterion criterion, SuitabilityAnswer answer, String note) {

    public static final int NOTE_MAX = 500;

    public Suitability {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(answer, "answer");
        note = ProfileData.text(note, NOTE_MAX, "note");
    }
}
