package org.reintegration.portal.selection.voting;

/** A round as staff pick it from a list. */
public record RoundSummary(long id, String name, RoundPhase phase, BallotFormat format) {}
