package org.reintegration.portal.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.InvalidInputException;
import org.reintegration.portal.monitoring.repository.VisitRepository;
import org.reintegration.portal.project.ProjectService;
import org.reintegration.portal.security.CurrentUser;
import org.reintegration.portal.security.PortalUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monitoring visits to projects: findings, the tension observed, photos and the follow-up actions
 * they ask for. Staff record them; local authorities read those of projects in their area scopes.
 */
@Service
public class VisitService {

    private final VisitRepository visits;
    private final ProjectService projects;
    private final CurrentUser currentUser;
    private final Clock clock;

    VisitService(VisitRepository visits, ProjectService projects, CurrentUser currentUser, Clock clock) {
        this.visits = visits;
        this.projects = projects;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A project's visits, newest first, for those who may see the project. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Visit> ofProject(long projectId) {
        projects.get(projectId);
        return visits.ofProject(projectId);
    }

    /**
     * Records a visit with its follow-up actions.
     *
     * @throws InvalidFieldException ({@code visitedOn}) when the visit lies in the future; nothing is
     *     stored then
     */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional
    public Visit record(long projectId, VisitData data, List<FollowUp> followUps) {
        projects.get(projectId);
        if (data.visitedOn().isAfter(LocalDate.now(clock))) {
            throw new InvalidFieldException("visitedOn", "visits.error.future", "a visit cannot lie in the future");
        }
        long id = visits.insert(projectId, data, actor(), now());
        followUps.forEach(f -> visits.insertFollowUp(id, f));
        return find(projectId, id);
    }

    /** Adds a follow-up action to a visit. */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional
    public Visit addFollowUp(long visitId, FollowUp followUp) {
        long projectId = projectOfVisit(visitId);
        visits.insertFollowUp(visitId, followUp);
        return find(projectId, visitId);
    }

    /** Marks a follow-up action done (today), dropped, or open again. */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional
    public Visit setFollowUpStatus(long followUpId, FollowUpStatus status) {
        long visitId = visits.visitOfFollowUp(followUpId)
                .orElseThrow(() -> new InvalidInputException("There is no follow-up " + followUpId));
        long projectId = projectOfVisit(visitId);
        visits.setFollowUpStatus(followUpId, status, status == FollowUpStatus.DONE ? LocalDate.now(clock) : null);
        return find(projectId, visitId);
    }

    /**
     * Adds a photo to a visit.
     *
     * @throws InvalidFieldException ({@code photo}) when the file is too large, not a JPEG, PNG or WebP
     *     image, named with another type's extension, or the visit has its most photos already
     */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional
    public Visit addPhoto(long visitId, String fileName, byte[] bytes) {
        long projectId = projectOfVisit(visitId);
        VisitPhoto photo = VisitPhoto.of(fileName, bytes);
        if (visits.photoCount(visitId) >= VisitPhoto.MAX_PER_VISIT) {
            throw new InvalidFieldException("photo", "visits.error.photo-count", "at most " + VisitPhoto.MAX_PER_VISIT);
        }
        visits.insertPhoto(visitId, photo, now());
        return find(projectId, visitId);
    }

    /** A visit photo, for those who may see its project. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public VisitPhoto photo(long photoId) {
        Map.Entry<Long, VisitPhoto> found =
                visits.photo(photoId).orElseThrow(() -> new InvalidInputException("There is no photo " + photoId));
        projects.get(found.getKey());
        return found.getValue();
    }

    private long projectOfVisit(long visitId) {
        long projectId =
                visits.projectOf(visitId).orElseThrow(() -> new InvalidInputException("There is no visit " + visitId));
        projects.get(projectId);
        return projectId;
    }

    private Visit find(long projectId, long visitId) {
        return visits.ofProject(projectId).stream()
                .filter(v -> v.id() == visitId)
                .findFirst()
                .orElseThrow();
    }

    private String actor() {
        return currentUser.get().map(PortalUser::username).orElse("system");
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
