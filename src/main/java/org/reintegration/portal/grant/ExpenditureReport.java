package org.reintegration.portal.grant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * What the grantee reported spending, per budget line, with its receipts and the review.
 *
 * @param spent amounts by budget line id
 */
public record ExpenditureReport(
        long id,
        long grantId,
        LocalDate periodEnd,
        boolean finalReport,
        String note,
        ReportStatus status,
        String enteredBy,
        LocalDateTime enteredAt,
        String reviewedBy,
        LocalDateTime reviewedAt,
        String reviewNote,
        Map<Long, BigDecimal> spent,
        List<Receipt> receipts) {

    public BigDecimal total() {
        return spent.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
