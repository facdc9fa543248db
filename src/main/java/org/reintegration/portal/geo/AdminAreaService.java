package org.reintegration.portal.geo;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.reintegration.portal.base.AdminAreasChanged;
import org.reintegration.portal.base.InvalidInputException;
import org.reintegration.portal.base.LatLon;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.geo.BoundaryFileReader.BoundaryFile;
import org.reintegration.portal.geo.repository.AdminAreaRepository;
import org.reintegration.portal.interop.hxl.ImportProblem;
import org.reintegration.portal.interop.hxl.ImportRejectedException;
import org.reintegration.portal.security.AreaAccess;
import org.reintegration.portal.security.AreaScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Admin areas: boundary imports for administrators, reads within the caller's area scope. */
@Service
public class AdminAreaService {

    private final AdminAreaRepository areas;
    private final AdminAreaDirectory directory;
    private final AreaAccess access;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final BoundaryFileReader reader = new BoundaryFileReader();

    AdminAreaService(
            AdminAreaRepository areas,
            AdminAreaDirectory directory,
            AreaAccess access,
            Clock clock,
            ApplicationEventPublisher events) {
        this.areas = areas;
        this.directory = directory;
        this.access = access;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Imports a COD-AB GeoJSON boundary file (current or legacy attribute schema). All or nothing: a
     * file with any problem changes nothing and the exception names every problem by feature.
     * Re-importing a file is safe: areas are matched by P-code and replaced. Ancestors that the file
     * names without shapes (e.g. the regions in a prefecture file) are created when missing, and never
     * overwrite what is stored.
     *
     * @throws InvalidInputException when the file is malformed or contradicts stored areas
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public BoundaryImportResult importBoundaries(InputStream in, String fileName) {
        BoundaryFile file = reader.read(in, fileName);
        List<PCode> all = Stream.concat(file.areas().stream(), file.namedAncestors().stream())
                .map(AdminAreaData::pcode)
                .toList();
        Map<PCode, Integer> stored = areas.levelsOf(all);
        List<ImportProblem> conflicts = new ArrayList<>();
        Stream.concat(file.areas().stream(), file.namedAncestors().stream()).forEach(area -> {
            Integer level = stored.get(area.pcode());
            if (level != null && level != area.level()) {
                conflicts.add(ImportProblem.inFile(
                        "import.geo.level-conflict",
                        area.pcode().value(),
                        String.valueOf(level),
                        String.valueOf(area.level())));
            }
        });
        if (!conflicts.isEmpty()) {
            throw new ImportRejectedException(fileName, conflicts);
        }

        LocalDateTime now = LocalDateTime.now(clock);
        String source = fileName.length() > 200 ? fileName.substring(0, 200) : fileName;
        Comparator<AdminAreaData> parentsFirst = Comparator.comparingInt(AdminAreaData::level);
        file.namedAncestors().stream()
                .filter(a -> !stored.containsKey(a.pcode()))
                .sorted(parentsFirst)
                .forEach(a -> areas.upsert(a, source, now));
        int created = 0;
        for (AdminAreaData area : file.areas().stream().sorted(parentsFirst).toList()) {
            areas.upsert(area, source, now);
            if (!stored.containsKey(area.pcode())) {
                created++;
            }
        }
        reloadDirectoryAfterCommit();
        events.publishEvent(new AdminAreasChanged());
        return new BoundaryImportResult(fileName, created, file.areas().size() - created);
    }

    /** An area, if the caller may see it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public AdminArea getArea(PCode pcode) {
        access.checkMaySee(pcode);
        return areas.find(pcode).orElseThrow(() -> new InvalidInputException("Unknown admin area " + pcode));
    }

    /** Areas of one level (0 country, 1 region …) that the caller may see, by name. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AdminArea> listAreas(int level) {
        AreaScope scope = access.visibleScope();
        return areas.findByLevel(level, null).stream()
                .filter(area -> scope.covers(area.pcode(), directory))
                .toList();
    }

    /**
     * Areas down to a level (0 country, 1 region …) that the caller may see and whose name, in any language,
     * contains the text, ignoring case and accents.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AdminArea> findNamed(String nameContains, int deepestLevel) {
        Predicate<PCode> visible = access.visibility();
        return areas.findNamed(nameContains, deepestLevel).stream()
                .filter(area -> visible.test(area.pcode()))
                .toList();
    }

    /** Those of these areas that exist and that the caller may see, by P-code. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<PCode, AdminArea> findAll(Collection<PCode> pcodes) {
        Predicate<PCode> visible = access.visibility();
        Map<PCode, AdminArea> found = new HashMap<>();
        areas.findAll(pcodes.stream().filter(visible).toList()).forEach(area -> found.put(area.pcode(), area));
        return found;
    }

    /** Shapes of one level for a map, limited to what the caller may see. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AreaShape> shapesForMap(int level) {
        AreaScope scope = access.visibleScope();
        if (scope.everywhere()) {
            return areas.findShapesByLevel(level, null);
        }
        Set<PCode> visible = areas.findByLevel(level, null).stream()
                .map(AdminArea::pcode)
                .filter(pcode -> scope.covers(pcode, directory))
                .collect(Collectors.toSet());
        return visible.isEmpty() ? List.of() : areas.findShapesByLevel(level, visible);
    }

    /**
     * The areas of one level with an outline that the caller may see, with when each outline was stored, but
     * not the outlines: for a map that keeps simplified copies and reads {@link #outlines} only for the areas
     * whose copy is missing or older.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AreaOutlineVersion> outlineVersionsForMap(int level) {
        AreaScope scope = access.visibleScope();
        if (scope.everywhere()) {
            return areas.findOutlineVersionsByLevel(level, null);
        }
        return areas.findOutlineVersionsByLevel(level, null).stream()
                .filter(v -> scope.covers(v.area().pcode(), directory))
                .toList();
    }

    /** The stored outlines (GeoJSON) of those of these areas that the caller may see and that have one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<PCode, String> outlines(Collection<PCode> pcodes) {
        Predicate<PCode> visible = access.visibility();
        return areas.findGeometries(pcodes.stream().filter(visible).toList());
    }

    /**
     * Whether a point lies inside an area's outline. Empty when the area has no stored outline, so
     * the caller can say "cannot check" rather than "outside".
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Boolean> isInside(PCode pcode, LatLon point) {
        return areas.findGeometry(pcode).map(json -> AreaGeometry.parse(json).contains(point.lat(), point.lon()));
    }

    /** True when any admin area is stored (a fresh installation has none). */
    @Transactional(readOnly = true)
    public boolean hasAreas() {
        return areas.count() > 0;
    }

    private void reloadDirectoryAfterCommit() {
        directory.invalidate();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    directory.invalidate();
                }
            });
        }
    }
}
