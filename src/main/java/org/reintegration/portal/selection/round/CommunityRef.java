package org.reintegration.portal.selection.round;

import org.reintegration.portal.base.PCode;

/** A community taking part in a round. */
public record CommunityRef(long id, String name, PCode area) {}
