package org.reintegration.portal.initiative;

/** A community a proposal can be made for, as the public form lists it. */
public record CommunityChoice(long id, String name, String areaName) {}
