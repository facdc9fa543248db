package org.reintegration.portal.e2e;

import org.reintegration.portal.base.LatLon;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.initiative.Dimension;
import org.reintegration.portal.project.ProjectData;
import org.reintegration.portal.project.ProjectStatus;

/** Projects that the map tests place on the map: ongoing, run by a local NGO, at a point of their own. */
final class MapProjects {

    private MapProjects() {}

    static ProjectData ongoingAt(String code, String title, PCode area, Dimension dimension, double lat, double lon) {
        return new ProjectData(
                code,
                null,
                area,
                null,
                dimension,
                null,
                null,
                title,
                null,
                "Local NGO",
                null,
                ProjectStatus.ONGOING,
                null,
                null,
                null,
                null,
                30,
                false,
                new LatLon(lat, lon),
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
