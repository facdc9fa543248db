package org.reintegration.portal.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.reintegration.portal.base.LatLon;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.initiative.Dimension;
import org.reintegration.portal.initiative.InitiativeType;

/** Projects for tests. */
public final class ProjectSamples {

    private ProjectSamples() {}

    /** An ongoing economic project of 2026 with progress from milestones, 120 people targeted. */
    public static ProjectData ongoing(String title, PCode area, String code) {
        return new ProjectData(
                code,
                null,
                area,
                null,
                Dimension.ECONOMIC,
                null,
                "Livelihoods",
                title,
                null,
                "Local NGO",
                null,
                ProjectStatus.ONGOING,
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31),
                null,
                null,
                0,
                true,
                null,
                false,
                null,
                120,
                40,
                null,
                new BigDecimal("15000"),
                null,
                "USD");
    }

    /** A confidential peer-support project in Siguiri with a point and counts below five. */
    public static ProjectData peerCircle() {
        return new ProjectData(
                "GN-PSY-1",
                null,
                PCode.of("GN004004"),
                "Siguiri",
                Dimension.PSYCHOSOCIAL,
                null,
                "Protection",
                "Peer circle for returnees",
                null,
                "Local NGO",
                null,
                ProjectStatus.ONGOING,
                LocalDate.of(2026, 1, 1),
                null,
                null,
                null,
                0,
                false,
                new LatLon(11.42, -9.17),
                true,
                null,
                3,
                3,
                2,
                null,
                null,
                null);
    }

    /** The same project in a community (and so without a separate place name), confidential or not. */
    public static ProjectData inCommunity(ProjectData d, long communityId, boolean confidential) {
        return copy(d, communityId, null, d.dimension(), d.type(), d.status(), confidential);
    }

    /** The same project of another initiative type, and so of that type's dimension. */
    public static ProjectData withType(ProjectData d, InitiativeType type) {
        return copy(d, d.communityId(), d.locationName(), type.dimension(), type, d.status(), d.confidential());
    }

    /** The same project in another status. */
    public static ProjectData withStatus(ProjectData d, ProjectStatus status) {
        return copy(d, d.communityId(), d.locationName(), d.dimension(), d.type(), status, d.confidential());
    }

    private static ProjectData copy(
            ProjectData d,
            Long communityId,
            String locationName,
            Dimension dimension,
            InitiativeType type,
            ProjectStatus status,
            boolean confidential) {
        return new ProjectData(
                d.code(),
                communityId,
                d.area(),
                locationName,
                dimension,
                type,
                d.sector(),
                d.title(),
                d.description(),
                d.implementingPartner(),
                d.funder(),
                status,
                d.plannedStart(),
                d.plannedEnd(),
                d.actualStart(),
                d.actualEnd(),
                d.progressPercent(),
                d.progressFromMilestones(),
                d.location(),
                confidential,
                d.beneficiaries(),
                d.targetedPeople(),
                d.targetedReturnees(),
                d.reachedPeople(),
                d.budget(),
                d.spent(),
                d.currency());
    }
}
