package org.reintegration.portal.project;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.reintegration.portal.base.AreaHierarchy;
import org.reintegration.portal.base.InvalidInputException;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.community.CommunityService;
import org.reintegration.portal.initiative.Dimension;
import org.reintegration.portal.interop.hxl.ImportProblem;
import org.reintegration.portal.interop.hxl.ImportRejectedException;
import org.reintegration.portal.interop.hxl.ImportResult;
import org.reintegration.portal.project.repository.ProjectRepository;
import org.reintegration.portal.security.CurrentUser;
import org.reintegration.portal.security.PortalUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Projects imported from 3W/4W tables, the form partners already report in (see {@link ThreeWFile}).
 */
@Service
public class ThreeWImportService {

    public static final int MAX_IMPORT_ROWS = 10_000;

    private final ProjectRepository projects;
    private final ProjectChangeLog changes;
    private final CommunityService communities;
    private final AreaHierarchy hierarchy;
    private final CurrentUser currentUser;
    private final Clock clock;

    ThreeWImportService(
            ProjectRepository projects,
            ProjectChangeLog changes,
            CommunityService communities,
            AreaHierarchy hierarchy,
            CurrentUser currentUser,
            Clock clock) {
        this.projects = projects;
        this.changes = changes;
        this.communities = communities;
        this.hierarchy = hierarchy;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Imports a 3W/4W table of projects (see {@link ThreeWFile}). All or nothing: a file with any problem
     * changes nothing and the exception names each problem's line and column. Projects are matched on
     * their code: new codes are added, stored projects whose figures differ are updated, identical rows
     * change nothing, so importing the same file again is safe. Rows are linked to a community of the
     * same name in their area when there is one.
     *
     * @throws InvalidInputException when the file cannot be imported; nothing is stored then
     */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional
    public ThreeWImportResult importThreeW(InputStream in, String fileName) {
        ImportResult<ThreeWRow> read = new ThreeWFile(hierarchy).read(in);
        if (!read.isAccepted()) {
            throw ImportRejectedException.of(fileName, read);
        }
        List<ThreeWRow> rows = read.acceptedRows();
        if (rows.size() > MAX_IMPORT_ROWS) {
            throw new ImportRejectedException(
                    fileName,
                    List.of(ImportProblem.inFile("import.projects.too-many", String.valueOf(MAX_IMPORT_ROWS))));
        }
        Map<String, Project> stored =
                projects.findByCodes(rows.stream().map(ThreeWRow::code).toList());
        Set<PCode> areas = new LinkedHashSet<>();
        rows.forEach(r -> areas.add(r.area()));
        Map<String, Long> communityIds = communities.idsByAreaAndName(areas);
        List<ImportProblem> conflicts = new ArrayList<>();
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        LocalDateTime now = now();
        for (ThreeWRow row : rows) {
            Project existing = stored.get(row.code());
            Long communityId = row.locationName() == null
                    ? null
                    : communityIds.get(CommunityService.nameKey(row.area(), row.locationName()));
            ProjectData data = fromRow(row, communityId, existing);
            if (existing != null && existing.data().equals(data)) {
                unchanged++;
            } else if (existing != null && existing.initiativeId() != null) {
                conflicts.add(row.codeCell().problem("import.projects.from-initiative", row.code()));
            } else if (existing == null) {
                changes.log(projects.insert(data, null, null, actor(), now), null, now);
                added++;
            } else {
                projects.update(existing.id(), data, now);
                changes.log(existing.id(), existing.data(), now);
                updated++;
            }
        }
        if (!conflicts.isEmpty()) {
            throw new ImportRejectedException(fileName, conflicts);
        }
        return new ThreeWImportResult(fileName, added, updated, unchanged);
    }

    /**
     * What a 3W row says of a project. What the table cannot say is kept from the stored project, and so is
     * every stored value the row says again as the 4W export writes it (a sector read from the dimension, the
     * place, a start that is the actual or else the planned one): the exported table imports back unchanged.
     */
    private static ProjectData fromRow(ThreeWRow row, Long communityId, Project existing) {
        ProjectData kept = existing == null ? null : existing.data();
        boolean started = row.status() != ProjectStatus.PLANNED;
        boolean ended = row.status() == ProjectStatus.COMPLETED || row.status() == ProjectStatus.CANCELLED;
        boolean sameSector = kept != null && Objects.equals(row.sector(), ProjectExport.sector(existing));
        boolean samePlace = kept != null
                && row.area().equals(kept.area())
                && Objects.equals(row.locationName(), existing.placeName());
        boolean sameStart = kept != null
                && Objects.equals(row.start(), kept.actualStart() != null ? kept.actualStart() : kept.plannedStart())
                && row.status() == kept.status();
        boolean sameEnd = kept != null
                && Objects.equals(row.end(), kept.actualEnd() != null ? kept.actualEnd() : kept.plannedEnd())
                && row.status() == kept.status();
        Dimension dimension = sameSector ? kept.dimension() : dimensionOf(row.sector());
        return new ProjectData(
                row.code(),
                samePlace ? kept.communityId() : communityId,
                row.area(),
                samePlace ? kept.locationName() : communityId == null ? row.locationName() : null,
                dimension,
                kept != null && kept.type() != null && kept.type().dimension() == dimension ? kept.type() : null,
                sameSector ? kept.sector() : row.sector(),
                row.title(),
                kept != null && kept.description() != null ? kept.description() : row.activity(),
                row.partner(),
                row.funder(),
                row.status(),
                sameStart ? kept.plannedStart() : row.start(),
                sameEnd ? kept.plannedEnd() : row.end(),
                sameStart ? kept.actualStart() : started ? row.start() : null,
                sameEnd ? kept.actualEnd() : ended ? row.end() : null,
                kept != null && row.status() == kept.status()
                        ? kept.progressPercent()
                        : row.status() == ProjectStatus.COMPLETED ? 100 : kept == null ? 0 : kept.progressPercent(),
                kept != null && kept.progressFromMilestones(),
                row.location() == null && kept != null && kept.confidential() ? kept.location() : row.location(),
                kept != null && kept.confidential(),
                kept == null ? null : kept.beneficiaries(),
                row.targeted(),
                row.targetedReturnees(),
                row.reached(),
                row.budget(),
                row.spent(),
                row.currency());
    }

    /**
     * The dimension a 3W sector belongs to: livelihoods and the like are economic, protection and
     * psychosocial work psychosocial, services and infrastructure social.
     */
    static Dimension dimensionOf(String sector) {
        String s = sector == null ? "" : sector.toLowerCase(Locale.ROOT);
        if (s.matches(".*(livelihood|economic|income|employ|agricult|food|market|cash|financ|moyens d.existence).*")) {
            return Dimension.ECONOMIC;
        }
        if (s.matches(".*(protection|psycho|mhpss|cohesion|social cohesion|peace|cohésion).*")) {
            return Dimension.PSYCHOSOCIAL;
        }
        return Dimension.SOCIAL;
    }

    private String actor() {
        return currentUser.get().map(PortalUser::username).orElse("system");
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
