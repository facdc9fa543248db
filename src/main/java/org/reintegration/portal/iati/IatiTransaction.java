package org.reintegration.portal.iati;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One money movement of a project in IATI's terms.
 *
 * @param type        commitment, disbursement or expenditure
 * @param date        the day of the movement (IATI {@code transaction-date} and {@code value-date})
 * @param amount      the amount, more than zero
 * @param currency    the ISO 4217 code, such as {@code GNF}
 * @param description a short description, or empty
 * @param receiver    who received the money (the grantee), or empty
 * @param reference   the portal's own reference for the movement, unique within the project, such as
 *                    {@code grant-12-tranche-3}
 */
public record IatiTransaction(
        IatiTransactionType type,
        LocalDate date,
        BigDecimal amount,
        String currency,
        String description,
        String receiver,
        String reference) {

    public IatiTransaction {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("amount must be more than zero");
        }
        if (!currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code");
        }
        description = description == null ? "" : description.strip();
        receiver = receiver == null ? "" : receiver.strip();
        reference = reference == null ? "" : reference.strip();
    }
}
