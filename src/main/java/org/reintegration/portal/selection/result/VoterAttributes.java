package org.reintegration.portal.selection.result;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes the voter columns of a round's export k-anonymous, so that a file shared beyond staff does not
 * single out anyone: every row's combination of values (group, sex, age band, channel), as written,
 * is shared by at least {@link #K} rows. Pure: no Spring, no database.
 *
 * <p>Rows are generalised by blanking whole columns, never by changing a value, in a fixed order from
 * the most to the least identifying: age band first, then sex, then group, then channel. All rows of a
 * combination that fewer than {@code K} rows share lose the next column together, and the combinations
 * are counted again, until every combination is shared by {@code K} rows or its rows are blank
 * throughout (a blank row tells nothing). A row only ever moves as part of a whole small combination,
 * so a combination that was large enough stays so. Votes stay untouched: the outcome can be recomputed
 * from the shared file.
 */
public final class VoterAttributes {

    /** The smallest number of voters that a written combination of values describes. */
    public static final int K = 5;

    /** Column indexes of {@link RoundExport#VOTER_COLUMNS}, in the order they are blanked. */
    private static final List<Integer> BLANKING_ORDER = List.of(2, 1, 0, 3);

    private VoterAttributes() {}

    /** The rows with values blanked as described; rows keep their order. */
    public static List<List<String>> kAnonymous(List<List<String>> rows) {
        int[] level = new int[rows.size()];
        while (true) {
            Map<List<String>, List<Integer>> classes = new HashMap<>();
            for (int r = 0; r < rows.size(); r++) {
                classes.computeIfAbsent(generalised(rows.get(r), level[r]), key -> new ArrayList<>())
                        .add(r);
            }
            boolean moved = false;
            for (List<Integer> members : classes.values()) {
                if (members.size() < K && level[members.getFirst()] < BLANKING_ORDER.size()) {
                    members.forEach(r -> level[r]++);
                    moved = true;
                }
            }
            if (!moved) {
                List<List<String>> shown = new ArrayList<>(rows.size());
                for (int r = 0; r < rows.size(); r++) {
                    shown.add(generalised(rows.get(r), level[r]));
                }
                return Collections.unmodifiableList(shown);
            }
        }
    }

    private static List<String> generalised(List<String> row, int level) {
        List<String> values = new ArrayList<>(row);
        for (int i = 0; i < level && i < BLANKING_ORDER.size(); i++) {
            int column = BLANKING_ORDER.get(i);
            if (column < values.size()) {
                values.set(column, "");
            }
        }
        return List.copyOf(values);
    }
}
