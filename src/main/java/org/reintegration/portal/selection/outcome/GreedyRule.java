package org.reintegration.portal.selection.outcome;

import java.util.Arrays;
import java.util.List;

/**
 * Greedy by votes: projects in decreasing order of approvals (total points in a cumulative election),
 * ties to the smaller id, each funded if its cost still fits in what is left of the budget. Projects
 * that do not fit are skipped and the walk goes on, so cheaper projects further down can still be
 * funded; zero-cost projects and projects nobody voted for are funded too when they fit.
 */
public final class GreedyRule implements OutcomeRule {

    public static final String NAME = "greedy";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Outcome apply(Election election) {
        Electorate electorate = Electorate.of(election);
        GreedyWalk walk = GreedyWalk.over(electorate, new boolean[electorate.projectCount], election.budget());
        String summary = "Greedy by " + (election.voteType() == VoteType.CUMULATIVE ? "points" : "votes") + ": "
                + walk.selected().size() + " of " + electorate.projectCount + " projects selected, costing "
                + walk.cost() + " of " + election.budget().toPlainString();
        List<Explanation> explanations = Arrays.<Explanation>asList(walk.explanations());
        return new Outcome(NAME, walk.selectedIds(electorate), walk.cost(), summary, explanations);
    }
}
