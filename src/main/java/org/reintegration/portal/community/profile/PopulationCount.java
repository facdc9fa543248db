package org.reintegration.portal.community.profile;

import java.util.Objects;
import org.reintegration.portal.security.SmallCounts;

/**
 * An aggregated number of people of one group, sex and age band; never an individual record.
 *
 * @param people the count, or {@code SmallCounts.FEWER_THAN_FIVE} where it is suppressed for the reader
 */
public record PopulationCount(PopulationGroup group, Sex sex, AgeBand ageBand, int people) {

    public PopulationCount {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(ageBand, "ageBand");
        if (people < 0 && people != SmallCounts.FEWER_THAN_FIVE) {
            throw new IllegalArgumentException("A count cannot be negative: " + people);
        }
    }
}
