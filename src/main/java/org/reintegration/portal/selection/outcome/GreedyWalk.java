package org.reintegration.portal.selection.outcome;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The greedy walk: projects in decreasing order of votes (points in a cumulative election), ties to
 * the smaller id, each taken if its cost still fits in what is left.
 *
 * @param selected     the projects taken, by index, in order
 * @param cost         what they cost together
 * @param explanations per project, what the walk did with it; {@code null} for projects it was not given
 */
record GreedyWalk(List<Integer> selected, long cost, GreedyExplanation[] explanations) {

    /** Walks over the projects not excluded, spending at most {@code available}. */
    static GreedyWalk over(Electorate electorate, boolean[] excluded, BigDecimal available) {
        String unit = electorate.election.voteType() == VoteType.CUMULATIVE ? "points" : "votes";
        List<Integer> order = IntStream.range(0, electorate.projectCount)
                .filter(p -> !excluded[p])
                .boxed()
                .sorted(Comparator.<Integer>comparingLong(p -> -electorate.score[p])
                        .thenComparingInt(p -> electorate.rank[p]))
                .toList();
        List<Integer> selected = new ArrayList<>();
        GreedyExplanation[] explanations = new GreedyExplanation[electorate.projectCount];
        BigDecimal left = available;
        long cost = 0;
        for (int p : order) {
            BigDecimal projectCost = BigDecimal.valueOf(electorate.costs[p]);
            boolean fits = projectCost.compareTo(left) <= 0;
            explanations[p] = new GreedyExplanation(
                    electorate.ids[p], electorate.costs[p], electorate.score[p], unit, left, fits);
            if (fits) {
                selected.add(p);
                cost = Math.addExact(cost, electorate.costs[p]);
                left = left.subtract(projectCost);
            }
        }
        return new GreedyWalk(List.copyOf(selected), cost, explanations);
    }

    List<String> selectedIds(Electorate electorate) {
        return selected.stream().map(p -> electorate.ids[p]).toList();
    }
}
