package org.reintegration.portal.initiative;

/** Where a public proposal stands with the moderators. Staff-entered initiatives need none. */
public enum Moderation {
    PENDING,
    APPROVED,
    REJECTED
}
