package org.reintegration.portal.grant;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The shape checks of amounts of money: at most two decimals, within DECIMAL(19,2). */
public final class Money {

    /** The largest amount a DECIMAL(19,2) column holds. */
    public static final BigDecimal MAX = new BigDecimal("99999999999999999.99");

    private Money() {}

    /**
     * @return the amount with two decimals
     * @throws IllegalArgumentException naming the field when it is missing, not above zero, too large or has
     *     fractions of a cent
     */
    public static BigDecimal positive(BigDecimal amount, String field) {
        if (amount == null) {
            throw new IllegalArgumentException(field + ": required");
        }
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException(field + ": must be more than zero");
        }
        return checked(amount, field);
    }

    /** Like {@link #positive} but zero is allowed and null stays null. */
    public static BigDecimal optional(BigDecimal amount, String field) {
        if (amount == null) {
            return null;
        }
        if (amount.signum() < 0) {
            throw new IllegalArgumentException(field + ": must not be negative");
        }
        return checked(amount, field);
    }

    private static BigDecimal checked(BigDecimal amount, String field) {
        if (amount.compareTo(MAX) > 0) {
            throw new IllegalArgumentException(field + ": too large");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(field + ": at most two decimals");
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }
}
