package org.reintegration.portal.selection.outcome;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * An election compiled into arrays indexed by project and by ballot group, the form the rules
 * compute on. A ballot group supports a project when it gives it at least one point.
 */
final class Electorate {

    /** Project ids in the order tie-breaking prefers them: smallest first, compared code point by code point. */
    static final Comparator<String> ID_ORDER = (left, right) -> {
        int common = Math.min(left.length(), right.length());
        for (int i = 0; i < common; ) {
            int a = left.codePointAt(i);
            int b = right.codePointAt(i);
            if (a != b) {
                return Integer.compare(a, b);
            }
            i += Character.charCount(a);
        }
        return Integer.compare(left.length(), right.length());
    };

    final Election election;
    final BigDecimal budget;
    final int projectCount;
    final String[] ids;
    final long[] costs;
    /** Position of each project when sorted by id; a lower rank wins a tie. */
    final int[] rank;
    /** Voters who support each project. */
    final long[] supporterCount;
    /** Points each project received: its approvals in an approval election. */
    final long[] score;
    /** Ballot groups supporting each project. */
    final int[][] supporters;
    /** Projects each ballot group supports. */
    final int[][] supported;

    final long[] groupVoters;
    final long voterCount;
    /** Per project, the projects sharing a supporter with it; filled in when first asked for. */
    private final int[][] neighbours;

    private Electorate(Election election) {
        this.election = election;
        this.budget = election.budget();
        List<Project> projects = election.projects();
        projectCount = projects.size();
        ids = projects.stream().map(Project::id).toArray(String[]::new);
        costs = projects.stream().mapToLong(Project::cost).toArray();
        rank = new int[projectCount];
        int[] byId = IntStream.range(0, projectCount)
                .boxed()
                .sorted((a, b) -> ID_ORDER.compare(ids[a], ids[b]))
                .mapToInt(Integer::intValue)
                .toArray();
        for (int position = 0; position < projectCount; position++) {
            rank[byId[position]] = position;
        }
        Map<String, Integer> index = new HashMap<>();
        for (int p = 0; p < projectCount; p++) {
            index.put(ids[p], p);
        }

        List<BallotGroup> groups = election.ballots();
        groupVoters = groups.stream().mapToLong(BallotGroup::voters).toArray();
        voterCount = election.voterCount();
        supported = new int[groups.size()][];
        supporterCount = new long[projectCount];
        score = new long[projectCount];
        int[] supporterTotals = new int[projectCount];
        for (int g = 0; g < groups.size(); g++) {
            long voters = groupVoters[g];
            List<Integer> backed = new ArrayList<>();
            groups.get(g).ballot().points().forEach((projectId, points) -> {
                if (points > 0) {
                    int p = index.get(projectId);
                    backed.add(p);
                    supporterCount[p] += voters;
                    score[p] = Math.addExact(score[p], Math.multiplyExact(points, voters));
                }
            });
            supported[g] = backed.stream().mapToInt(Integer::intValue).toArray();
            for (int p : supported[g]) {
                supporterTotals[p]++;
            }
        }
        supporters = new int[projectCount][];
        for (int p = 0; p < projectCount; p++) {
            supporters[p] = new int[supporterTotals[p]];
        }
        neighbours = new int[projectCount][];
        int[] filled = new int[projectCount];
        for (int g = 0; g < supported.length; g++) {
            for (int p : supported[g]) {
                supporters[p][filled[p]++] = g;
            }
        }
    }

    static Electorate of(Election election) {
        return new Electorate(election);
    }

    /**
     * The projects at least one supporter of the given project also supports, itself included: those
     * whose supporters' money changes when it is bought. Computed once per project and kept, as
     * completion runs equal shares many times over.
     */
    int[] neighbours(int project) {
        if (neighbours[project] == null) {
            boolean[] shared = new boolean[projectCount];
            for (int g : supporters[project]) {
                for (int other : supported[g]) {
                    shared[other] = true;
                }
            }
            neighbours[project] =
                    IntStream.range(0, projectCount).filter(p -> shared[p]).toArray();
        }
        return neighbours[project];
    }

    int groupCount() {
        return groupVoters.length;
    }

    /** Whether equal shares can ever buy the project: it costs something and somebody supports it. */
    boolean isCandidate(int project) {
        return costs[project] > 0 && supporterCount[project] > 0;
    }
}
