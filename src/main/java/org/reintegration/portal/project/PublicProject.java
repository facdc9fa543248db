package org.reintegration.portal.project;

import java.time.LocalDate;
import org.reintegration.portal.initiative.Dimension;
import org.reintegration.portal.initiative.InitiativeType;

/**
 * A project as community members read it: what was chosen and where it stands. A confidential project
 * shows only its kind, never its title or place.
 *
 * @param title null for a confidential project
 */
public record PublicProject(
        long id,
        String title,
        Dimension dimension,
        InitiativeType type,
        ProjectStatus status,
        int progressPercent,
        LocalDate plannedEnd,
        boolean chosenByVote) {

    static PublicProject of(Project project) {
        ProjectData d = project.data();
        return new PublicProject(
                project.id(),
                d.confidential() ? null : d.title(),
                d.dimension(),
                d.type(),
                d.status(),
                d.progressPercent(),
                d.plannedEnd(),
                project.initiativeId() != null);
    }
}
