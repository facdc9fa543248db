package org.reintegration.portal.project;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.reintegration.portal.base.AreaHierarchy;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.InvalidInputException;
import org.reintegration.portal.base.LatLon;
import org.reintegration.portal.base.OfficialComment;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.community.Community;
import org.reintegration.portal.community.CommunityService;
import org.reintegration.portal.initiative.Initiative;
import org.reintegration.portal.initiative.InitiativeService;
import org.reintegration.portal.initiative.InitiativeStatus;
import org.reintegration.portal.project.repository.MilestoneRepository;
import org.reintegration.portal.project.repository.ProjectRepository;
import org.reintegration.portal.security.AreaAccess;
import org.reintegration.portal.security.CurrentUser;
import org.reintegration.portal.security.PortalUser;
import org.reintegration.portal.security.Role;
import org.reintegration.portal.security.UserAccount;
import org.reintegration.portal.security.UserService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Projects: selected initiatives being implemented, projects entered directly (such as those that
 * predate the portal) and projects imported from 3W/4W tables ({@link ThreeWImportService}). Staff record and change them; local
 * authorities read those in their area scopes.
 */
@Service
public class ProjectService {

    private final ProjectRepository projects;
    private final MilestoneRepository milestoneStore;
    private final ProjectChangeLog changes;
    private final InitiativeService initiatives;
    private final CommunityService communities;
    private final AreaHierarchy hierarchy;
    private final AreaAccess access;
    private final CurrentUser currentUser;
    private final UserService users;
    private final Clock clock;

    ProjectService(
            ProjectRepository projects,
            MilestoneRepository milestoneStore,
            ProjectChangeLog changes,
            InitiativeService initiatives,
            CommunityService communities,
            AreaHierarchy hierarchy,
            AreaAccess access,
            CurrentUser currentUser,
            UserService users,
            Clock clock) {
        this.projects = projects;
        this.milestoneStore = milestoneStore;
        this.changes = changes;
        this.users = users;
        this.initiatives = initiatives;
        this.communities = communities;
        this.hierarchy = hierarchy;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Records a project entered directly. Without a code of its own it gets one ({@link #codeFor}).
     *
     * @throws InvalidFieldException when the area is unknown, the community lies elsewhere, dates contradict
     *     each other or the code is taken; nothing is stored then
     */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional
    public Project create(ProjectData data) {
        check(data, null);
        LocalDateTime now = now();
        long id = projects.insert(data, null, null, actor(), now);
        giveCode(id, data, now);
        changes.log(id, null, now);
        return get(id);
    }

    /**
     * Makes a selected initiative a project: it keeps the initiative's dimension, type, community,
     * location, beneficiaries and cost, starts as planned, and the initiative's status becomes PROJECT.
     *
     * @param roundId the round whose results selected it, or null when not known
     * @throws InvalidFieldException when the initiative is not selected, or is a project already
     */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional
    public Project createFromInitiative(long initiativeId, Long roundId) {
        Initiative initiative = initiatives.get(initiativeId);
        if (projects.findByInitiative(initiativeId).isPresent() || initiative.status() == InitiativeStatus.PROJECT) {
            throw new InvalidFieldException(
                    "initiative", "projects.error.already-project", "initiative " + initiativeId + " is a project");
        }
        if (initiative.status() != InitiativeStatus.SELECTED) {
            throw new InvalidFieldException(
                    "initiative",
                    "projects.error.not-selected",
                    "initiative " + initiativeId + " is " + initiative.status() + ", not selected");
        }
        var d = initiative.data();
        Integer people = d.returneeBeneficiaries() == null && d.residentBeneficiaries() == null
                ? null
                : (d.returneeBeneficiaries() == null ? 0 : d.returneeBeneficiaries())
                        + (d.residentBeneficiaries() == null ? 0 : d.residentBeneficiaries());
        ProjectData data = new ProjectData(
                null,
                d.communityId(),
                initiative.area(),
                null,
                d.type().dimension(),
                d.type(),
                null,
                d.title(),
                d.description(),
                null,
                null,
                ProjectStatus.PLANNED,
                null,
                null,
                null,
                null,
                0,
                true,
                d.location(),
                d.confidential(),
                d.beneficiaries(),
                people,
                d.returneeBeneficiaries(),
                null,
                initiative.ballotCost(),
                null,
                initiative.currency());
        LocalDateTime now = now();
        long id = projects.insert(data, initiativeId, roundId, actor(), now);
        giveCode(id, data, now);
        changes.log(id, null, now);
        initiatives.moveTo(initiativeId, InitiativeStatus.PROJECT);
        return get(id);
    }

    /** Changes a project; see {@link #create} for what is refused. */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional
    public Project update(long id, ProjectData data) {
        Project existing = get(id);
        access.checkMayChange(existing.data().area());
        check(data, id);
        LocalDateTime now = now();
        projects.update(id, data, now);
        if (data.progressFromMilestones()) {
            projects.setProgress(id, Milestone.progressOf(milestoneStore.milestones(id), data.progressPercent()));
        }
        changes.log(id, existing.data(), now);
        return get(id);
    }

    /**
     * A project the caller may see.
     *
     * @throws InvalidInputException when there is no such project
     * @throws org.springframework.security.access.AccessDeniedException when it lies outside the caller's areas
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Project get(long id) {
        Project project = projects.find(id).orElseThrow(() -> new InvalidInputException("There is no project " + id));
        access.checkMaySee(project.data().area());
        return shown(project);
    }

    /** The project that implements an initiative, if there is one and the caller may see it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.Optional<Project> forInitiative(long initiativeId) {
        return projects.findByInitiative(initiativeId)
                .filter(p -> access.maySee(p.data().area()))
                .map(this::shown);
    }

    /** One page of the projects the caller may see, by title. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Project> list(ProjectFilter filter, int offset, int limit) {
        Set<PCode> areas = access.visibleAreasWithin(filter.area());
        return areas != null && areas.isEmpty()
                ? List.of()
                : projects.findPage(areas, filter, visibility().matchesConfidentialDetails(), offset, limit).stream()
                        .map(this::shown)
                        .toList();
    }

    /** The project as the caller may see it ({@link ProjectVisibility}). */
    private Project shown(Project project) {
        return visibility().shown(project);
    }

    private ProjectVisibility visibility() {
        return ProjectVisibility.forStaff(currentUser.hasRole(Role.STAFF));
    }

    /**
     * The projects the caller may see, as the map draws them. Outside staff a confidential project is placed
     * at its community's point, without title, never at a point of its own; one whose community has no point
     * is left out. Projects without any point are left out too.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ProjectPoint> mapPoints(ProjectFilter filter) {
        Set<PCode> areas = access.visibleAreasWithin(filter.area());
        if (areas != null && areas.isEmpty()) {
            return List.of();
        }
        ProjectVisibility visibility = visibility();
        List<ProjectPoint> points = new ArrayList<>();
        for (ProjectRepository.PointRow row :
                projects.findPoints(areas, filter, visibility.matchesConfidentialDetails())) {
            boolean onlyCommunity = visibility.hidesDetails(row.confidential());
            LatLon location = onlyCommunity || row.own() == null ? row.community() : row.own();
            if (location == null) {
                continue;
            }
            points.add(new ProjectPoint(
                    row.id(),
                    onlyCommunity ? null : row.title(),
                    row.dimension(),
                    onlyCommunity ? null : row.type(),
                    row.status(),
                    row.progressPercent(),
                    row.communityId(),
                    row.area(),
                    location,
                    location == row.community(),
                    row.confidential()));
        }
        return points;
    }

    /**
     * The communities where support is on its way: a planned or ongoing project, confidential ones included.
     * Only ids are given, for the map's gap layer.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Set<Long> communitiesWithActiveSupport() {
        return projects.findCommunitiesWithStatus(Arrays.stream(ProjectStatus.values())
                .filter(ProjectStatus::isActiveSupport)
                .toList());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public int count(ProjectFilter filter) {
        Set<PCode> areas = access.visibleAreasWithin(filter.area());
        return areas != null && areas.isEmpty()
                ? 0
                : projects.count(areas, filter, visibility().matchesConfidentialDetails());
    }

    /**
     * Records a local authority's official comment on a project in its area scopes, signed with its
     * name and office.
     *
     * @throws InvalidFieldException when the text is empty or too long; nothing is stored then
     */
    @PreAuthorize("hasRole('AUTHORITY')")
    @Transactional
    public List<OfficialComment> comment(long projectId, String text) {
        get(projectId); // checks the project lies in the authority's areas
        String stripped = OfficialComment.checkedText(text);
        UserAccount author = users.ownAccount().orElseThrow();
        projects.insertComment(projectId, author.username(), author.displayName(), author.office(), stripped, now());
        return projects.comments(projectId);
    }

    /** A project's official comments, oldest first, for those who may see the project. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<OfficialComment> comments(long projectId) {
        get(projectId);
        return projects.comments(projectId);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Milestone> milestones(long projectId) {
        get(projectId);
        return milestoneStore.milestones(projectId);
    }

    /**
     * Replaces a project's milestones, in the order given, and derives its progress from them when the
     * project says so: the share of milestones done, dropped ones left out.
     */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional
    public List<Milestone> saveMilestones(long projectId, List<Milestone> milestones) {
        Project project = get(projectId);
        access.checkMayChange(project.data().area());
        Set<Long> doneBefore = new HashSet<>();
        milestoneStore.milestones(projectId).stream()
                .filter(m -> m.status() == MilestoneStatus.DONE)
                .forEach(m -> doneBefore.add(m.id()));
        milestoneStore.replaceMilestones(projectId, milestones);
        LocalDateTime now = now();
        for (Milestone m : milestones) {
            if (m.status() == MilestoneStatus.DONE && (m.id() == 0 || !doneBefore.contains(m.id()))) {
                projects.addChange(projectId, ProjectChangeKind.MILESTONE_DONE, m.title(), now);
            }
        }
        if (project.data().progressFromMilestones()) {
            projects.setProgress(
                    projectId, Milestone.progressOf(milestones, project.data().progressPercent()));
        }
        changes.log(projectId, project.data(), now);
        return milestoneStore.milestones(projectId);
    }

    /**
     * The code a project gets when none is given: its country (the first two letters of its area's P-code),
     * the year it was recorded and its id, such as GN-2026-17; with -P, -P2… added in the rare case that
     * another project was given that code by hand. Codes never change afterwards, so the 4W table the
     * portal exports imports back onto the same projects.
     */
    static List<String> codeFor(PCode area, int year, long id) {
        String base = area.value().substring(0, 2).toUpperCase(Locale.ROOT) + "-" + year + "-" + id;
        List<String> candidates = new ArrayList<>(List.of(base, base + "-P"));
        for (int n = 2; n <= 9; n++) {
            candidates.add(base + "-P" + n);
        }
        return candidates;
    }

    private void giveCode(long id, ProjectData data, LocalDateTime now) {
        if (data.code() == null) {
            projects.assignCode(id, codeFor(data.area(), now.getYear(), id));
        }
    }

    private void check(ProjectData data, Long id) {
        if (!hierarchy.contains(data.area())) {
            throw new InvalidFieldException("area", "projects.error.unknown-area", "unknown area " + data.area());
        }
        if (data.communityId() != null) {
            Community community = communities.get(data.communityId());
            if (!community.data().area().equals(data.area())) {
                throw new InvalidFieldException(
                        "communityId",
                        "projects.error.community-elsewhere",
                        "the community lies in " + community.data().area() + ", not in " + data.area());
            }
        }
        String conflict = data.dateConflict();
        if (conflict != null) {
            throw new InvalidFieldException(conflict, "projects.error.end-before-start", "ends before it starts");
        }
        if (data.code() != null) {
            Project holder = projects.findByCodes(List.of(data.code())).get(data.code());
            if (holder != null && (id == null || holder.id() != id)) {
                throw new InvalidFieldException(
                        "code", "projects.error.code-taken", "the code " + data.code() + " is taken");
            }
        }
    }

    private String actor() {
        return currentUser.get().map(PortalUser::username).orElse("system");
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
