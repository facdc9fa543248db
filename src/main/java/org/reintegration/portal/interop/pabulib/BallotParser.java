package org.reintegration.portal.interop.pabulib;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.reintegration.portal.selection.outcome.Ballot;
import org.reintegration.portal.selection.outcome.VoteType;

/**
 * Turns a row of the VOTES section into a ballot: the {@code vote} field lists project ids separated
 * by commas and, for cumulative votes, the {@code points} field lists the points given to each, in
 * the same order.
 */
final class BallotParser {

    private final Set<String> projectIds;
    private final VoteType voteType;
    private final int vote;
    private final int points;
    private final Map<String, Ballot> parsed = new HashMap<>();

    BallotParser(Table table, Set<String> projectIds, VoteType voteType) throws PabulibFormatException {
        this.projectIds = projectIds;
        this.voteType = voteType;
        vote = table.require("vote");
        points = voteType == VoteType.CUMULATIVE ? table.require("points") : -1;
    }

    /** The ballot a row casts. Rows spelling a vote the same way share one ballot, parsed and checked once. */
    Ballot ballot(Row row) throws PabulibFormatException {
        String spelling = points < 0 ? row.field(vote) : row.field(vote) + ';' + row.field(points);
        Ballot known = parsed.get(spelling);
        if (known == null) {
            known = parse(row);
            parsed.put(spelling, known);
        }
        return known;
    }

    private Ballot parse(Row row) throws PabulibFormatException {
        String[] voted = split(row.field(vote));
        long[] given = points < 0 ? null : points(row, voted.length);
        var ballot = new TreeMap<String, Long>();
        for (int i = 0; i < voted.length; i++) {
            String projectId = voted[i];
            if (projectId.isEmpty()) {
                throw new PabulibFormatException("the vote lists an empty project id", row.line(), row.column(vote));
            }
            if (!projectIds.contains(projectId)) {
                throw new PabulibFormatException(
                        "the vote names unknown project '" + projectId + "'", row.line(), row.column(vote));
            }
            if (ballot.put(projectId, given == null ? 1L : given[i]) != null) {
                throw new PabulibFormatException(
                        "the vote names project '" + projectId + "' twice", row.line(), row.column(vote));
            }
        }
        return voteType == VoteType.CUMULATIVE ? Ballot.withPoints(ballot) : Ballot.approving(ballot.keySet());
    }

    private long[] points(Row row, int expected) throws PabulibFormatException {
        String[] values = split(row.field(points));
        if (values.length != expected) {
            throw new PabulibFormatException(
                    values.length + " points given for " + expected + " voted projects",
                    row.line(),
                    row.column(points));
        }
        long[] parsed = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            try {
                parsed[i] = Long.parseLong(values[i]);
            } catch (NumberFormatException notANumber) {
                parsed[i] = -1;
            }
            if (parsed[i] < 0) {
                throw new PabulibFormatException(
                        "points '" + values[i] + "' are not a whole number of zero or more",
                        row.line(),
                        row.column(points));
            }
        }
        return parsed;
    }

    private static String[] split(String field) {
        String list = field.strip();
        if (list.isEmpty()) {
            return new String[0];
        }
        String[] parts = list.split(",", -1);
        for (int i = 0; i < parts.length; i++) {
            parts[i] = parts[i].strip();
        }
        return parts;
    }
}
