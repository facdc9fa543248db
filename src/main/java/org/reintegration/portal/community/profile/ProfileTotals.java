package org.reintegration.portal.community.profile;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.reintegration.portal.security.SmallCounts;

/**
 * The totals a profile shows: people of each group, and of each group and sex, across age bands. For
 * readers outside staff they are worked out from the real counts and then protected together with the
 * counts ({@link org.reintegration.portal.security.ComplementarySuppression}), so a total may read as
 * {@link SmallCounts#FEWER_THAN_FIVE} or {@link SmallCounts#WITHHELD} and is otherwise the true figure.
 *
 * @param groups a group's people; absent when the profile counted none of the group
 * @param groupsBySex a group's people of one sex; absent when none of them were counted
 */
public record ProfileTotals(Map<PopulationGroup, Integer> groups, Map<PopulationGroup, Map<Sex, Integer>> groupsBySex) {

    public ProfileTotals {
        groups = Map.copyOf(groups);
        groupsBySex = Map.copyOf(groupsBySex);
    }

    /** The exact totals of unsuppressed counts. */
    public static ProfileTotals of(List<PopulationCount> counts) {
        Map<PopulationGroup, Integer> groups = new EnumMap<>(PopulationGroup.class);
        Map<PopulationGroup, Map<Sex, Integer>> bySex = new EnumMap<>(PopulationGroup.class);
        for (PopulationCount count : counts) {
            if (SmallCounts.hidden(count.people())) {
                throw new IllegalArgumentException("totals of hidden counts cannot be worked out");
            }
            groups.merge(count.group(), count.people(), Integer::sum);
            bySex.computeIfAbsent(count.group(), g -> new EnumMap<>(Sex.class))
                    .merge(count.sex(), count.people(), Integer::sum);
        }
        return new ProfileTotals(groups, bySex);
    }

    /** A group's people, null when none were counted. */
    public Integer of(PopulationGroup group) {
        return groups.get(group);
    }

    /** A group's people of one sex, null when none were counted. */
    public Integer of(PopulationGroup group, Sex sex) {
        return groupsBySex.getOrDefault(group, Map.of()).get(sex);
    }
}
