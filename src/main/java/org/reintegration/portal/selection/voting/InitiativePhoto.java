package org.reintegration.portal.selection.voting;

/** An initiative's photo as stored, with its media type (image/jpeg, image/png ...). */
public record InitiativePhoto(byte[] bytes, String mediaType) {}
