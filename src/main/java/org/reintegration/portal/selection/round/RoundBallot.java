package org.reintegration.portal.selection.round;

import java.math.BigDecimal;
import java.util.List;

/**
 * A round's ballot as the voting side reads it: the round with its format, rule and budget, and the
 * initiatives in the order shown.
 */
public record RoundBallot(SelectionRound round, List<BallotItem> items) {

    public RoundBallot {
        items = List.copyOf(items);
    }

    public long roundId() {
        return round.id();
    }

    public BallotRules rules() {
        return round.data().rules();
    }

    public BallotFormat format() {
        return round.data().rules().format();
    }

    public RuleName rule() {
        return round.data().rule();
    }

    public BigDecimal budget() {
        return round.data().budget();
    }

    public String currency() {
        return round.data().currency();
    }

    public Phase phase() {
        return round.phase();
    }
}
