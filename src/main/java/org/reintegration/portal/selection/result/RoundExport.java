package org.reintegration.portal.selection.result;

import java.util.List;
import org.reintegration.portal.selection.outcome.Election;

/**
 * A round ready to be written as a Pabulib file: one ballot group per voter, with the voter columns'
 * values in the same order.
 */
public record RoundExport(long roundId, Election election, List<String> voterColumns, List<List<String>> voterValues) {

    /** Pabulib's own column names where it has them (sex, voting_method), ours otherwise. */
    public static final List<String> VOTER_COLUMNS = List.of("voter_group", "sex", "age_band", "voting_method");

    public RoundExport {
        voterColumns = List.copyOf(voterColumns);
        voterValues = List.copyOf(voterValues);
    }

    public String fileName() {
        return "round-" + roundId + ".pb";
    }
}
