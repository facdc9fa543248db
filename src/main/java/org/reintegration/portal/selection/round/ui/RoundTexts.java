package org.reintegration.portal.selection.round.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.math.BigDecimal;
import java.util.Locale;
import org.reintegration.portal.base.ui.Formats;
import org.reintegration.portal.selection.round.BallotRules;

/** How a round's figures and rules read, in the page's language. */
final class RoundTexts {

    private RoundTexts() {}

    static String money(Locale locale, BigDecimal amount, String currency) {
        return Formats.money(locale, amount, currency);
    }

    /** What a voter may do on the ballot, in a sentence. */
    static String rules(Locale locale, BallotRules rules, BigDecimal budget, String currency) {
        return switch (rules.format()) {
            case APPROVAL ->
                I18NProvider.translate(locale, "rounds.rules.APPROVAL", rules.minChoices(), rules.maxChoices());
            case KNAPSACK -> I18NProvider.translate(locale, "rounds.rules.KNAPSACK", money(locale, budget, currency));
            case CUMULATIVE -> I18NProvider.translate(locale, "rounds.rules.CUMULATIVE", rules.points());
        };
    }
}
