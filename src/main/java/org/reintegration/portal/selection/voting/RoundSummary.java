package org.reintegration.portal.selection.voting;

import org.reintegration.portal.selection.round.BallotFormat;
import org.reintegration.portal.selection.round.Phase;

/** A round as staff pick it from a list. */
public record RoundSummary(long id, String name, Phase phase, BallotFormat format) {}
