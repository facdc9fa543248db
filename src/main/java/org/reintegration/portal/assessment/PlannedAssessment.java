package org.reintegration.portal.assessment;

import org.reintegration.portal.base.LatLon;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.community.profile.ProfileData;

/**
 * One submission as it would be recorded.
 *
 * @param line               the submission's line in the export
 * @param communityId        the community it profiles, or null when the import creates it
 * @param location           where the form was filled in, or null; used for communities the import creates
 * @param returnees          returnees counted in the community, recorded as a returnee count; or null
 * @param alreadyImported    true when a profile from this {@code _uuid} is stored, so the row is skipped
 * @param locationOutsideArea true when a new community's location lies outside its area's outline
 */
public record PlannedAssessment(
        int line,
        String uuid,
        PCode area,
        String communityName,
        Long communityId,
        LatLon location,
        ProfileData profile,
        Integer returnees,
        boolean alreadyImported,
        boolean locationOutsideArea) {

    public boolean createsCommunity() {
        return communityId == null;
    }
}
