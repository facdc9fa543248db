package org.reintegration.portal.monitoring;

/** A visit photo as lists show it, without its bytes. */
public record PhotoInfo(long id, String fileName, String mediaType) {}
