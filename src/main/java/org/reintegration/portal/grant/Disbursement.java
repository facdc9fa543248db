package org.reintegration.portal.grant;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * Money paid out of a tranche, whole or in part.
 *
 * @param decidedBy who released or cancelled it, null while prepared
 */
public record Disbursement(
        long id,
        long grantId,
        long trancheId,
        int trancheNumber,
        BigDecimal amount,
        String note,
        DisbursementStatus status,
        String preparedBy,
        LocalDateTime preparedAt,
        String decidedBy,
        LocalDateTime decidedAt) {

    public static final int NOTE_MAX = 500;

    /** The longest reason for releasing before the tranche's planned date. */
    public static final int EARLY_REASON_MAX = 500;
}
