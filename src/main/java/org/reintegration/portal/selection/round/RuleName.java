package org.reintegration.portal.selection.round;

import java.util.Arrays;
import java.util.Optional;
import org.reintegration.portal.selection.outcome.OutcomeRule;

/**
 * The outcome rules a round may use, by the short names of the Pabulib tooling (stored in the
 * round): greedy by support within the budget, or the Method of Equal Shares with Add1U completion
 * and a greedy fill.
 */
public enum RuleName {
    GREEDY("greedy"),
    MES("mes"),
    MES_ADD1U("mes_add1u"),
    MES_ADD1U_GREEDY("mes_add1u_greedy");

    private final String code;

    RuleName(String code) {
        this.code = code;
    }

    /** The short name: greedy, mes, mes_add1u or mes_add1u_greedy. */
    public String code() {
        return code;
    }

    /** The rule itself, to compute results with. */
    public OutcomeRule rule() {
        return OutcomeRule.named(code).orElseThrow();
    }

    public static Optional<RuleName> ofCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }

    public String labelKey() {
        return "outcome-rule." + code;
    }
}
