package org.reintegration.portal.initiative;

/** What a feasibility review decides. */
public enum ReviewDecision {
    FEASIBLE,
    NOT_FEASIBLE;

    InitiativeStatus status() {
        return this == FEASIBLE ? InitiativeStatus.FEASIBLE : InitiativeStatus.NOT_FEASIBLE;
    }
}
