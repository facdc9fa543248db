package org.reintegration.portal.initiative;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.LatLon;

/**
 * What a proposer enters for an initiative. Title and description keep the language they were
 * written in and are never translated. Each problem is reported as an {@link InvalidFieldException}
 * naming its field, so forms show it next to that field.
 *
 * @param costEstimate in the programme's currency, from 0, at most two decimals
 * @param returneeBeneficiaries estimated returnees who benefit, or null when not known
 * @param residentBeneficiaries estimated residents who benefit, or null when not known
 * @param location where it would happen, or null
 * @param confidential never shown at a precise location, nor with its own details, outside staff
 */
public record InitiativeData(
        long communityId,
        InitiativeType type,
        String title,
        String description,
        String textLanguage,
        BigDecimal costEstimate,
        Beneficiaries beneficiaries,
        Integer returneeBeneficiaries,
        Integer residentBeneficiaries,
        LatLon location,
        boolean confidential,
        TypeDetails details) {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    public static final BigDecimal COST_MAX = new BigDecimal("999999999999.99");
    public static final int BENEFICIARIES_MAX = 10_000_000;

    public InitiativeData {
        if (type == null) {
            throw new InvalidFieldException("type", "initiatives.error.type", "no type");
        }
        title = title == null ? "" : title.strip();
        description = description == null ? "" : description.strip();
        if (title.isEmpty()) {
            throw new InvalidFieldException("title", "initiatives.error.title", "empty");
        }
        if (title.length() > TITLE_MAX) {
            throw new InvalidFieldException("title", "initiatives.error.too-long", "longer than " + TITLE_MAX);
        }
        if (description.isEmpty()) {
            throw new InvalidFieldException("description", "initiatives.error.description", "empty");
        }
        if (description.length() > DESCRIPTION_MAX) {
            throw new InvalidFieldException(
                    "description", "initiatives.error.too-long", "longer than " + DESCRIPTION_MAX);
        }
        if (textLanguage == null || !textLanguage.matches("[a-z]{2,3}")) {
            throw new InvalidFieldException("textLanguage", "initiatives.error.language", "language " + textLanguage);
        }
        if (costEstimate == null
                || costEstimate.signum() < 0
                || costEstimate.compareTo(COST_MAX) > 0
                || costEstimate.stripTrailingZeros().scale() > 2) {
            throw new InvalidFieldException("costEstimate", "initiatives.error.cost", "cost " + costEstimate);
        }
        if (beneficiaries == null) {
            throw new InvalidFieldException("beneficiaries", "initiatives.error.beneficiaries", "none chosen");
        }
        checkCount("returneeBeneficiaries", returneeBeneficiaries);
        checkCount("residentBeneficiaries", residentBeneficiaries);
        details = TypeDetails.check(type, details == null ? Map.of() : details.values());
        Objects.requireNonNull(details);
    }

    public Dimension dimension() {
        return type.dimension();
    }

    private static void checkCount(String field, Integer count) {
        if (count != null && (count < 0 || count > BENEFICIARIES_MAX)) {
            throw new InvalidFieldException(field, "initiatives.error.count", field + " " + count);
        }
    }
}
