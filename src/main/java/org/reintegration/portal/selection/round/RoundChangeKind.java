package org.reintegration.portal.selection.round;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a round change log entry says happened. Stored by name with the entry; each reader's page words it
 * in their language from the entry's figures ({@link RoundChange#params()}).
 */
public enum RoundChangeKind {
    /** name, communities, budget, currency, format, min, max, points, rule */
    ROUND_CREATED,
    /** from, to */
    NAME_CHANGED,
    /** from.PHASE and to.PHASE: the announced date of each phase (ISO), absent when none */
    DATES_CHANGED,
    /** from, to: language codes */
    SLIP_LANGUAGE_CHANGED,
    /** from, to: community names */
    COMMUNITIES_CHANGED,
    /** from, to, currency */
    BUDGET_CHANGED,
    /** from.format, from.min, from.max, from.points and the same under to. */
    BALLOT_RULES_CHANGED,
    /** from, to: outcome rule codes */
    OUTCOME_RULE_CHANGED,
    /** phase, date */
    PHASE_MOVED,
    /** phase, date */
    PHASE_STEPPED_BACK,
    /** ballot, added, removed: initiative titles, one per line */
    BALLOT_SET;

    public static Optional<RoundChangeKind> ofName(String name) {
        return Arrays.stream(values()).filter(k -> k.name().equals(name)).findFirst();
    }
}
