package org.reintegration.portal.community.profile;

import java.util.Objects;
import org.reintegration.portal.security.SmallCounts;

/**
 * An aggregated number of people of one group, sex and age band; never an individual record.
 *
 * @param people the count, or {@code SmallCounts.FEWER_THAN_FIVE} or {@code SmallCounts.WITHHELD} where it
 *     is hidden from the reader
 */
public record PopulationCount(PopulationGroup group, Sex sex, AgeBand ageBand, int people) {

    public PopulationCount {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(ageBand, "ageBand");
        if (people < 0 && !SmallCounts.hidden(people)) {
            throw new IllegalArgumentException("A count cannot be negative: " + people);
        }
    }
}
