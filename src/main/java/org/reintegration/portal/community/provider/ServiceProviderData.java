package org.reintegration.portal.community.provider;

import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.LatLon;
import org.reintegration.portal.base.PCode;

/**
 * What staff enter for a service provider: an organisation or one of its offices, never a person,
 * so its contact (an office phone or e-mail) is not personal data and is shown to everyone who may
 * see the provider. Texts keep the language they were written in.
 *
 * <p>Each problem of shape is an {@link InvalidFieldException} naming the field, so that forms show
 * it next to that field.
 *
 * @param area the admin area it serves; when it serves one community, that community's area
 * @param communityId the community it serves; null when it serves the whole area
 * @param organisation the organisation it belongs to (e.g. the ministry of an office); may be null
 * @param contact phone numbers or e-mail addresses; may be null
 * @param latitude where it is, with {@code longitude}; both null when not known
 * @param capacity how many people it can take, in words ("40 trainees a year"); may be null
 */
public record ServiceProviderData(
        PCode area,
        Long communityId,
        String name,
        String organisation,
        ProviderType type,
        StakeholderKind kind,
        String contact,
        Double latitude,
        Double longitude,
        String capacity,
        boolean acceptsReferrals,
        String notes) {

    public static final int NAME_MAX = 200;
    public static final int ORGANISATION_MAX = 200;
    public static final int CONTACT_MAX = 300;
    public static final int CAPACITY_MAX = 200;
    public static final int NOTES_MAX = 2000;

    public ServiceProviderData {
        name = name == null ? "" : name.strip();
        organisation = optional(organisation);
        contact = optional(contact);
        capacity = optional(capacity);
        notes = optional(notes);
        if (name.isEmpty()) {
            throw new InvalidFieldException("name", "providers.error.name", "missing");
        }
        if (area == null) {
            throw new InvalidFieldException("area", "providers.error.area", "missing");
        }
        if (type == null) {
            throw new InvalidFieldException("type", "providers.error.type", "missing");
        }
        if (kind == null) {
            throw new InvalidFieldException("kind", "providers.error.kind", "missing");
        }
        checkLength("name", name, NAME_MAX);
        checkLength("organisation", organisation, ORGANISATION_MAX);
        checkLength("contact", contact, CONTACT_MAX);
        checkLength("capacity", capacity, CAPACITY_MAX);
        checkLength("notes", notes, NOTES_MAX);
        if ((latitude == null) != (longitude == null)) {
            String missing = latitude == null ? "latitude" : "longitude";
            throw new InvalidFieldException(missing, "providers.error.location-pair", "only one coordinate");
        }
        if (latitude != null && (latitude.isNaN() || Math.abs(latitude) > 90)) {
            throw new InvalidFieldException("latitude", "providers.error.latitude", "out of range: " + latitude);
        }
        if (longitude != null && (longitude.isNaN() || Math.abs(longitude) > 180)) {
            throw new InvalidFieldException("longitude", "providers.error.longitude", "out of range: " + longitude);
        }
    }

    /** Where the provider is, or null when not known. */
    public LatLon location() {
        return latitude == null ? null : new LatLon(latitude, longitude);
    }

    private static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static void checkLength(String field, String text, int max) {
        if (text != null && text.length() > max) {
            throw new InvalidFieldException(field, "providers.error.too-long", "longer than " + max);
        }
    }
}
