package org.reintegration.portal.grant;

import java.math.BigDecimal;
import java.util.Objects;
import org.reintegration.portal.base.OptionalText;

/** One line of a grant's budget: what it pays for and how much. {@code id} is 0 before it is stored. */
public record BudgetLine(long id, BudgetCategory category, String description, BigDecimal amount) {

    public static final int DESCRIPTION_MAX = 300;

    public BudgetLine {
        Objects.requireNonNull(category, "category");
        description = OptionalText.of(description, DESCRIPTION_MAX, "description");
        if (description == null) {
            throw new IllegalArgumentException("description: required");
        }
        amount = Money.positive(amount, "amount");
    }

    public static BudgetLine of(BudgetCategory category, String description, BigDecimal amount) {
        return new BudgetLine(0, category, description, amount);
    }
}
