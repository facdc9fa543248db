package org.reintegration.portal.selection.outcome;

/** Why a rule did or did not select one project, in terms a results page can show. */
public sealed interface Explanation permits GreedyExplanation, EqualSharesExplanation {

    String projectId();

    boolean selected();

    /** One sentence saying what happened to the project. */
    String describe();
}
