package org.reintegration.portal.selection.round;

import java.math.BigDecimal;
import java.util.List;

/**
 * A round as anyone may see it: its dates, phase, rules and, once the ballot is set, the initiatives
 * on it.
 *
 * @param dates the dates announced for each phase
 * @param started the day each phase actually started, once it has
 * @param communityNames the communities taking part
 */
public record PublicRound(
        long id,
        String name,
        Phase phase,
        PhaseDates dates,
        PhaseDates started,
        BigDecimal budget,
        String currency,
        BallotRules rules,
        RuleName rule,
        List<String> communityNames,
        List<BallotItem> ballot) {}
