package org.reintegration.portal.initiative;

import java.math.BigDecimal;
import org.reintegration.portal.base.LatLon;

/**
 * An initiative as anyone may see it. A confidential one comes without location, its own details or
 * photo, so that nobody can find the people it supports.
 *
 * @param location null for confidential initiatives or when none was given
 * @param details empty for confidential initiatives
 * @param publicReason the feasibility decision's public reason, or null before a decision
 */
public record PublicInitiative(
        long id,
        long communityId,
        String communityName,
        InitiativeType type,
        String title,
        String description,
        String textLanguage,
        BigDecimal cost,
        String currency,
        Beneficiaries beneficiaries,
        InitiativeStatus status,
        boolean confidential,
        LatLon location,
        TypeDetails details,
        boolean hasPhoto,
        String publicReason) {

    static PublicInitiative of(Initiative initiative, String publicReason) {
        InitiativeData data = initiative.data();
        boolean hidden = data.confidential();
        return new PublicInitiative(
                initiative.id(),
                data.communityId(),
                initiative.communityName(),
                data.type(),
                data.title(),
                data.description(),
                data.textLanguage(),
                initiative.ballotCost(),
                initiative.currency(),
                data.beneficiaries(),
                initiative.status(),
                hidden,
                hidden ? null : data.location(),
                hidden ? TypeDetails.NONE : data.details(),
                !hidden && initiative.hasPhoto(),
                publicReason);
    }

    public Dimension dimension() {
        return type.dimension();
    }
}
