package org.reintegration.portal.selection.outcome;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A participatory-budgeting election: the projects, the ballots cast and the money to spend.
 *
 * <p>Construction checks that project ids are unique, that every ballot names only listed projects
 * and that approval ballots give exactly one point per project, so a rule never has to.
 *
 * @param budget   the money available, exactly as published (it may have a fractional part)
 * @param voteType whether ballots approve projects or give them points
 * @param projects the projects, in the order they were listed
 * @param ballots  the distinct ballots with how many voters cast each, in order of first appearance
 */
public record Election(BigDecimal budget, VoteType voteType, List<Project> projects, List<BallotGroup> ballots) {

    public Election {
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(voteType, "voteType");
        if (budget.signum() < 0) {
            throw new IllegalArgumentException("the budget must not be negative: " + budget.toPlainString());
        }
        projects = List.copyOf(projects);
        ballots = List.copyOf(ballots);
        Set<String> ids = new HashSet<>();
        for (Project project : projects) {
            if (!ids.add(project.id())) {
                throw new IllegalArgumentException("project id " + project.id() + " is listed twice");
            }
        }
        for (BallotGroup group : ballots) {
            group.ballot().points().forEach((projectId, points) -> {
                if (!ids.contains(projectId)) {
                    throw new IllegalArgumentException("a ballot names unknown project " + projectId);
                }
                if (voteType == VoteType.APPROVAL && points != 1) {
                    throw new IllegalArgumentException(
                            "an approval ballot gives " + points + " points to " + projectId);
                }
            });
        }
    }

    /** An election from one ballot per voter; identical ballots are grouped in order of first appearance. */
    public static Election ofVoters(BigDecimal budget, VoteType voteType, List<Project> projects, List<Ballot> votes) {
        Map<Ballot, Long> voters = new LinkedHashMap<>();
        votes.forEach(ballot -> voters.merge(ballot, 1L, Long::sum));
        var groups = voters.entrySet().stream()
                .map(entry -> new BallotGroup(entry.getKey(), entry.getValue()))
                .toList();
        return new Election(budget, voteType, projects, groups);
    }

    /** The number of voters, counting every voter of every group. */
    public long voterCount() {
        return ballots.stream().mapToLong(BallotGroup::voters).sum();
    }
}
