package org.reintegration.portal.community;

/**
 * A community as saved, with what staff should know about it.
 *
 * @param locationOutsideArea true when the location lies outside its admin area's outline (it is
 *     saved anyway: boundaries are simplified and communities sit on borders)
 */
public record SavedCommunity(Community community, boolean locationOutsideArea) {}
