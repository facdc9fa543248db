package org.reintegration.portal.selection.round;

import java.time.LocalDateTime;

/** One entry of a round's change log: who changed what, when, in plain words. */
public record RoundChange(long id, long roundId, String changedBy, LocalDateTime changedAt, String what) {}
