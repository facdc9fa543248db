package org.reintegration.portal.project;

/** A community that has a public project page: one that is not archived. */
public record PublicCommunity(long id, String name) {}
