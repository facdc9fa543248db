package org.reintegration.portal.outcome;

/** What a "don't know", "not applicable", refused or unanswered question does to the scores. */
public enum UnknownAnswers {
    /** The question is left out and the weights of the answered ones are scaled up to make the whole. */
    SKIP,
    /** The question counts with its full weight and a score of 0. */
    ZERO
}
