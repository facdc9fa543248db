package org.reintegration.portal.selection.result;

import java.util.Map;

/**
 * Who took part in a round, from what voters chose to declare. Keys are enum names, with
 * {@link #UNDECLARED} for voters who said nothing. Counts are as the caller may see them: outside
 * staff, 1 to 4 travel as {@link org.reintegration.portal.security.SmallCounts#FEWER_THAN_FIVE}.
 *
 * @param supportByGroup per initiative id, the support it got from each declared group
 */
public record Participation(
        int ballots,
        Map<String, Integer> byChannel,
        Map<String, Integer> byGroup,
        Map<String, Integer> bySex,
        Map<String, Integer> byAgeBand,
        Map<Long, Map<String, Integer>> supportByGroup) {

    public static final String UNDECLARED = "UNDECLARED";
}
