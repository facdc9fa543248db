package org.reintegration.portal.grant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.reintegration.portal.base.OptionalText;

/**
 * An expenditure report as entered from the grantee's papers.
 *
 * @param spent amounts by budget line id; lines with nothing spent may be left out, at least one amount
 */
public record ReportData(LocalDate periodEnd, boolean finalReport, String note, Map<Long, BigDecimal> spent) {

    public static final int NOTE_MAX = 1000;

    public ReportData {
        Objects.requireNonNull(periodEnd, "period end");
        note = OptionalText.of(note, NOTE_MAX, "note");
        Map<Long, BigDecimal> checked = new LinkedHashMap<>();
        if (spent != null) {
            spent.forEach((line, amount) -> {
                BigDecimal value = Money.optional(amount, "spent");
                if (value != null && value.signum() > 0) {
                    checked.put(line, value);
                }
            });
        }
        if (checked.isEmpty()) {
            throw new IllegalArgumentException("spent: at least one budget line with an amount");
        }
        spent = Map.copyOf(checked);
    }
}
