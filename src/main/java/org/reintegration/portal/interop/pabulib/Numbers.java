package org.reintegration.portal.interop.pabulib;

import java.math.BigDecimal;

/** Reads numeric fields, naming the field and its position when one is not a number of the right kind. */
final class Numbers {

    private Numbers() {}

    /**
     * @param what  what the field holds, such as "budget"
     * @param owner whose it is, such as "project '3'", or {@code null}
     */
    static BigDecimal decimal(Row row, int index, String what, String owner) throws PabulibFormatException {
        String text = row.field(index).strip();
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException notANumber) {
            throw problem(row, index, what, owner, "is not a number");
        }
    }

    /** A whole number of zero or more; "1000.0" is accepted as 1000, "12.5" is not. */
    static long wholeNumber(Row row, int index, String what, String owner) throws PabulibFormatException {
        BigDecimal value = decimal(row, index, what, owner);
        if (value.signum() < 0) {
            throw problem(row, index, what, owner, "is negative");
        }
        if (value.stripTrailingZeros().scale() > 0) {
            throw problem(row, index, what, owner, "is not a whole number");
        }
        try {
            return value.longValueExact();
        } catch (ArithmeticException tooLarge) {
            throw problem(row, index, what, owner, "is too large");
        }
    }

    private static PabulibFormatException problem(Row row, int index, String what, String owner, String wrong) {
        String subject = what + " '" + row.field(index).strip() + "'" + (owner == null ? "" : " of " + owner);
        return new PabulibFormatException(subject + " " + wrong, row.line(), row.column(index));
    }
}
