package org.reintegration.portal.grant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.reintegration.portal.base.OptionalText;

/**
 * What staff enter about a grant agreement. Shape checks here; whether the projects exist and the grant may
 * still change is the service's business.
 *
 * @param projectIds       the projects the grant funds, at least one
 * @param granteeContact   staff data: a person, phone or address, or null
 * @param bankReference    staff data: where the money goes, or null
 * @param cofundingAmount  what others contribute in cash or the value of what they give in kind, or null
 * @param tolerancePercent how far spending on a budget line may pass its amount before it is flagged
 * @param reportEveryMonths an expenditure report is due every so many months after the start
 */
public record GrantData(
        String title,
        Set<Long> projectIds,
        String granteeName,
        GranteeKind granteeKind,
        String granteeContact,
        String bankReference,
        BigDecimal amount,
        String currency,
        BigDecimal cofundingAmount,
        CofundingKind cofundingKind,
        String cofundingNote,
        LocalDate startOn,
        LocalDate endOn,
        int tolerancePercent,
        int reportEveryMonths) {

    public static final int TITLE_MAX = 200;
    public static final int GRANTEE_MAX = 200;
    public static final int CONTACT_MAX = 300;
    public static final int BANK_MAX = 100;
    public static final int COFUNDING_NOTE_MAX = 500;
    public static final int TOLERANCE_MAX = 100;
    public static final int REPORT_MONTHS_MAX = 24;

    public GrantData {
        title = required(title, TITLE_MAX, "title");
        granteeName = required(granteeName, GRANTEE_MAX, "grantee");
        Objects.requireNonNull(granteeKind, "granteeKind");
        if (projectIds == null || projectIds.isEmpty()) {
            throw new IllegalArgumentException("projects: at least one");
        }
        projectIds = Set.copyOf(projectIds);
        granteeContact = OptionalText.of(granteeContact, CONTACT_MAX, "contact");
        bankReference = OptionalText.of(bankReference, BANK_MAX, "bank reference");
        amount = Money.positive(amount, "amount");
        if (currency == null || !currency.strip().matches("[A-Za-z]{3}")) {
            throw new IllegalArgumentException("currency: an ISO 4217 code such as GNF");
        }
        currency = currency.strip().toUpperCase(java.util.Locale.ROOT);
        cofundingAmount = Money.optional(cofundingAmount, "co-funding");
        cofundingNote = OptionalText.of(cofundingNote, COFUNDING_NOTE_MAX, "co-funding note");
        if (cofundingAmount != null && cofundingAmount.signum() > 0 && cofundingKind == null) {
            throw new IllegalArgumentException("co-funding: say whether it is in cash or in kind");
        }
        Objects.requireNonNull(startOn, "start");
        Objects.requireNonNull(endOn, "end");
        if (endOn.isBefore(startOn)) {
            throw new IllegalArgumentException("end: before the start");
        }
        if (tolerancePercent < 0 || tolerancePercent > TOLERANCE_MAX) {
            throw new IllegalArgumentException("tolerance: between 0 and " + TOLERANCE_MAX + " %");
        }
        if (reportEveryMonths < 1 || reportEveryMonths > REPORT_MONTHS_MAX) {
            throw new IllegalArgumentException("reporting: every 1 to " + REPORT_MONTHS_MAX + " months");
        }
    }

    private static String required(String value, int max, String field) {
        String text = OptionalText.of(value, max, field);
        if (text == null) {
            throw new IllegalArgumentException(field + ": required");
        }
        return text;
    }
}
