package org.reintegration.portal.selection.round;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.reintegration.portal.base.InvalidFieldException;

/**
 * What staff set for a selection round.
 *
 * @param communityIds the communities whose initiatives may go on the ballot and whose members vote
 * @param budget what the round can fund, in its currency
 * @param currency ISO 4217, the programme's
 * @param slipLanguage the language voting slips and the voting page default to, or null
 */
public record RoundData(
        String name,
        Set<Long> communityIds,
        BigDecimal budget,
        String currency,
        PhaseDates dates,
        BallotRules rules,
        RuleName rule,
        String slipLanguage) {

    public static final int NAME_MAX = 200;
    public static final BigDecimal BUDGET_MAX = new BigDecimal("999999999999.99");

    public RoundData {
        name = name == null ? "" : name.strip();
        if (name.isEmpty() || name.length() > NAME_MAX) {
            throw new InvalidFieldException("name", "rounds.error.name", "name");
        }
        if (communityIds == null || communityIds.isEmpty()) {
            throw new InvalidFieldException("communities", "rounds.error.communities", "no community");
        }
        communityIds = Set.copyOf(new TreeSet<>(communityIds));
        if (budget == null
                || budget.signum() <= 0
                || budget.compareTo(BUDGET_MAX) > 0
                || budget.stripTrailingZeros().scale() > 2) {
            throw new InvalidFieldException("budget", "rounds.error.budget", "budget " + budget);
        }
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new InvalidFieldException("currency", "rounds.error.currency", "currency " + currency);
        }
        dates = dates == null ? PhaseDates.NONE : dates;
        Objects.requireNonNull(rules, "rules");
        if (rule == null) {
            throw new InvalidFieldException("rule", "rounds.error.rule", "no rule");
        }
        slipLanguage = slipLanguage == null || slipLanguage.isBlank() ? null : slipLanguage;
        if (slipLanguage != null && !slipLanguage.matches("[a-z]{2,3}")) {
            throw new InvalidFieldException("slipLanguage", "rounds.error.language", "language " + slipLanguage);
        }
    }
}
