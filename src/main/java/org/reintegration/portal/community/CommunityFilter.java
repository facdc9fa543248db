package org.reintegration.portal.community;

import java.time.LocalDate;
import org.reintegration.portal.base.PCode;

/**
 * Which communities a list shows.
 *
 * @param area only communities in this admin area or any area below it; null for all
 * @param nameContains only names containing this text (any case); null or blank for all
 * @param tension only communities whose current profile has this tension level; null for all
 * @param minReturneeShare only communities where returnees are at least this share of the population
 *     (0 to 1); null for all
 * @param notProfiledSince only communities never profiled, or last profiled before this date (to
 *     find stale profiles); null for all
 */
public record CommunityFilter(
        PCode area,
        String nameContains,
        boolean includeArchived,
        TensionLevel tension,
        Double minReturneeShare,
        LocalDate notProfiledSince) {

    public static final CommunityFilter ALL = new CommunityFilter(null, null, false, null, null, null);

    public CommunityFilter(PCode area, String nameContains, boolean includeArchived) {
        this(area, nameContains, includeArchived, null, null, null);
    }
}
