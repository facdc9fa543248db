package org.reintegration.portal.selection.result;

import java.util.List;
import org.reintegration.portal.selection.outcome.Election;

/**
 * A round ready to be written as a Pabulib file: one ballot group per voter, with the voter columns'
 * values in the same order. The shareable file has its voter values made k-anonymous ({@link
 * VoterAttributes}); the full one keeps them as declared and says it is not for sharing.
 *
 * @param full whether the voter values are as declared (staff only, never to be shared)
 */
public record RoundExport(
        long roundId, Election election, List<String> voterColumns, List<List<String>> voterValues, boolean full) {

    /** Pabulib's own column names where it has them (sex, voting_method), ours otherwise. */
    public static final List<String> VOTER_COLUMNS = List.of("voter_group", "sex", "age_band", "voting_method");

    public RoundExport {
        voterColumns = List.copyOf(voterColumns);
        voterValues = List.copyOf(voterValues);
    }

    /** The META comment that says which file this is. */
    public static final String FULL_COMMENT = "full voter attributes, not for sharing";

    public static final String SHAREABLE_COMMENT =
            "voter attributes shared by fewer than " + VoterAttributes.K + " voters are left blank";

    /** The shareable file's name, or for the full one a name that says it is not for sharing. */
    public String fileName() {
        return full ? "round-" + roundId + "-full-not-for-sharing.pb" : "round-" + roundId + ".pb";
    }

    public String comment() {
        return full ? FULL_COMMENT : SHAREABLE_COMMENT;
    }
}
