package org.reintegration.portal.community;

import java.util.Locale;
import org.reintegration.portal.base.PCode;

/** How imports match a community: its area and its name, ignoring case and surrounding spaces. */
public final class CommunityNameKey {

    private CommunityNameKey() {}

    public static String of(PCode area, String name) {
        return area.value() + "|" + name.strip().toLowerCase(Locale.ROOT);
    }
}
