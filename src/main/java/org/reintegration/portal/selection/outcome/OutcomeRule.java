package org.reintegration.portal.selection.outcome;

import java.util.List;
import java.util.Optional;

/**
 * A rule deciding which projects an election funds. Every rule is deterministic: ties are broken in
 * favour of the smallest project id compared as a string, so "10" wins over "9".
 */
public sealed interface OutcomeRule
        permits GreedyRule, EqualSharesRule, EqualSharesAdd1URule, EqualSharesAdd1UGreedyRule {

    /** The rule's short name, as used on the command line and in Pabulib tooling. */
    String name();

    /** Applies the rule. The outcome never costs more than the election's budget. */
    Outcome apply(Election election);

    /** Every rule, in the order they are usually presented. */
    static List<OutcomeRule> all() {
        return List.of(
                new GreedyRule(), new EqualSharesRule(), new EqualSharesAdd1URule(), new EqualSharesAdd1UGreedyRule());
    }

    /** The rule with the given short name: greedy, mes, mes_add1u or mes_add1u_greedy. */
    static Optional<OutcomeRule> named(String name) {
        return all().stream().filter(rule -> rule.name().equals(name)).findFirst();
    }
}
