package org.reintegration.portal.community.profile;

import java.util.Objects;
import org.reintegration.portal.base.OptionalText;

public record ServiceAccess(ServiceKind service, AccessRating rating, String note) {

    public static final int NOTE_MAX = 500;

    public ServiceAccess {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(rating, "rating");
        note = OptionalText.of(note, NOTE_MAX, "note");
    }
}
