package org.reintegration.portal.selection.result;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.reintegration.portal.selection.outcome.EqualSharesExplanation;
import org.reintegration.portal.selection.outcome.Explanation;
import org.reintegration.portal.selection.outcome.GreedyExplanation;

/**
 * Why an initiative was or was not selected, as the outcome rule explained it, in a form every
 * language can render: a kind (a translation key under {@code results.why.}) and its figures. Stored
 * in {@code round_result.explanation} as {@code kind|figure|figure...}.
 *
 * <ul>
 *   <li>{@code greedy.selected}, {@code greedy.did-not-fit}: support, unit (votes or points), cost,
 *       budget left when the initiative's turn came
 *   <li>{@code mes.SELECTED}: round bought in, supporters, the most a supporter paid, cost
 *   <li>{@code mes.UNAFFORDABLE}: supporters, what they had left, cost
 *   <li>{@code mes.NO_SUPPORTERS}, {@code mes.FREE}: nothing
 * </ul>
 */
public record ResultExplanation(String kind, List<String> figures) {

    public static final int MAX_LENGTH = 2000;

    public ResultExplanation {
        Objects.requireNonNull(kind, "kind");
        figures = List.copyOf(figures);
        if (kind.contains("|") || figures.stream().anyMatch(f -> f.contains("|"))) {
            throw new IllegalArgumentException("'|' separates the parts of an explanation");
        }
    }

    /** The explanation of what a rule did with one project. */
    public static ResultExplanation of(Explanation explanation) {
        return switch (explanation) {
            case GreedyExplanation greedy ->
                new ResultExplanation(
                        greedy.selected() ? "greedy.selected" : "greedy.did-not-fit",
                        List.of(
                                Long.toString(greedy.support()),
                                greedy.unit(),
                                Long.toString(greedy.cost()),
                                plain(greedy.budgetLeft())));
            case EqualSharesExplanation shares ->
                switch (shares.status()) {
                    case SELECTED ->
                        new ResultExplanation(
                                "mes.SELECTED",
                                List.of(
                                        Integer.toString(shares.round()),
                                        Long.toString(shares.supporters()),
                                        plain(shares.share()),
                                        Long.toString(shares.cost())));
                    case UNAFFORDABLE ->
                        new ResultExplanation(
                                "mes.UNAFFORDABLE",
                                List.of(
                                        Long.toString(shares.supporters()),
                                        plain(shares.supportersMoney()),
                                        Long.toString(shares.cost())));
                    case NO_SUPPORTERS -> new ResultExplanation("mes.NO_SUPPORTERS", List.of());
                    case FREE -> new ResultExplanation("mes.FREE", List.of());
                };
        };
    }

    /** The translation key of the sentence. */
    public String messageKey() {
        return "results.why." + kind;
    }

    public String encode() {
        return figures.isEmpty() ? kind : kind + "|" + String.join("|", figures);
    }

    public static ResultExplanation decode(String stored) {
        String[] parts = stored.split("\\|", -1);
        return new ResultExplanation(parts[0], Arrays.asList(parts).subList(1, parts.length));
    }

    private static String plain(BigDecimal amount) {
        return amount == null
                ? "0"
                : amount.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
