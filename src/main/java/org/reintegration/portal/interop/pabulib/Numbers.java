package org.reintegration.portal.interop.pabulib;

import java.math.BigDecimal;

/** Reads numeric fields, naming the field and its position when one is not a number of the right kind. */
final class Numbers {

    private Numbers() {
    }

    static BigDecimal decimal(Row row, int index, String what) throws PabulibFormatException {
        String text = row.field(index).strip();
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException notANumber) {
            throw new PabulibFormatException(what + " '" + text + "' is not a number", row.line(), row.column(index));
        }
    }

    /** A whole number of zero or more; "1000.0" is accepted as 1000, "12.5" is not. */
    static long wholeNumber(Row row, int index, String what) throws PabulibFormatException {
        BigDecimal value = decimal(row, index, what);
        String text = row.field(index).strip();
        if (value.signum() < 0) {
            throw new PabulibFormatException(what + " '" + text + "' is negative", row.line(), row.column(index));
        }
        try {
            return value.longValueExact();
        } catch (ArithmeticException notWhole) {
            throw new PabulibFormatException(what + " '" + text + "' is not a whole number", row.line(),
                    row.column(index));
        }
    }
}
