package org.reintegration.portal.project;

/**
 * The one rule for confidential projects (see docs/adr/0010-map-layers.md): outside staff roles a
 * confidential project shows no title, no type, no description and no point of its own; it is known
 * only by its community or area, its dimension, status, partner, dates and (suppressed) counts. Every
 * read of {@link ProjectService} for such readers goes through here, so lists, pages, the map and the
 * 4W and GeoJSON exports agree, and searching by title or type never finds a confidential project.
 */
final class ProjectVisibility {

    private final boolean staff;

    private ProjectVisibility(boolean staff) {
        this.staff = staff;
    }

    static ProjectVisibility forStaff(boolean staff) {
        return new ProjectVisibility(staff);
    }

    /** Whether this reader may not see the project's title, type, description and own point. */
    boolean hidesDetails(boolean confidential) {
        return confidential && !staff;
    }

    /** Whether a search by title or type may match confidential projects for this reader. */
    boolean matchesConfidentialDetails() {
        return staff;
    }

    /** The project as this reader may see it. */
    Project shown(Project project) {
        if (!hidesDetails(project.data().confidential())) {
            return project;
        }
        return new Project(
                project.id(),
                project.data().withoutConfidentialDetails(),
                project.initiativeId(),
                project.roundId(),
                project.communityName(),
                project.createdBy(),
                project.createdAt(),
                project.updatedAt());
    }
}
