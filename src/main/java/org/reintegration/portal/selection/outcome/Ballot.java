package org.reintegration.portal.selection.outcome;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One voter's ballot: the points given to each project it names. An approval ballot gives one point
 * to every approved project. Two ballots are equal when they give the same points to the same
 * projects, whatever order the voter listed them in, which is what lets identical ballots be grouped.
 *
 * @param points points per project id, sorted by id; every value is zero or more
 */
public record Ballot(SortedMap<String, Long> points) {

    public Ballot {
        points.forEach((projectId, value) -> {
            Objects.requireNonNull(projectId, "project id");
            if (value == null || value < 0) {
                throw new IllegalArgumentException("points for project " + projectId + " must be zero or more");
            }
        });
        points = Collections.unmodifiableSortedMap(new TreeMap<>(points));
    }

    /** A ballot approving each of the given projects. */
    public static Ballot approving(Collection<String> projectIds) {
        var points = new TreeMap<String, Long>();
        projectIds.forEach(projectId -> points.put(projectId, 1L));
        return new Ballot(points);
    }

    /** A ballot approving each of the given projects. */
    public static Ballot approving(String... projectIds) {
        return approving(List.of(projectIds));
    }

    /** A cumulative ballot giving the stated points to each project. */
    public static Ballot withPoints(Map<String, Long> points) {
        return new Ballot(new TreeMap<>(points));
    }

    /** Points given to the project, zero when the ballot does not name it. */
    public long pointsFor(String projectId) {
        return points.getOrDefault(projectId, 0L);
    }

    /** Whether the ballot supports the project, that is, gives it at least one point. */
    public boolean supports(String projectId) {
        return pointsFor(projectId) > 0;
    }
}
