package org.reintegration.portal.initiative;

/**
 * Which initiatives a list shows; null fields match anything.
 *
 * @param awaitingModeration only public proposals no moderator has decided on yet
 */
public record InitiativeFilter(
        Long communityId,
        Dimension dimension,
        InitiativeType type,
        InitiativeStatus status,
        boolean awaitingModeration) {

    public static final InitiativeFilter ALL = new InitiativeFilter(null, null, null, null, false);
}
