package org.reintegration.portal.returnees;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reintegration.portal.base.AreaHierarchy;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.InvalidInputException;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.community.Community;
import org.reintegration.portal.community.CommunityService;
import org.reintegration.portal.geo.AdminArea;
import org.reintegration.portal.geo.AdminAreaService;
import org.reintegration.portal.interop.hxl.ImportProblem;
import org.reintegration.portal.interop.hxl.ImportRejectedException;
import org.reintegration.portal.interop.hxl.ImportResult;
import org.reintegration.portal.returnees.ReturneeCountFile.Row;
import org.reintegration.portal.returnees.repository.ReturneeCountRepository;
import org.reintegration.portal.security.AreaAccess;
import org.reintegration.portal.security.ComplementarySuppression;
import org.reintegration.portal.security.CurrentUser;
import org.reintegration.portal.security.PortalUser;
import org.reintegration.portal.security.SmallCounts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Returnee counts over time, per admin area and per community: aggregated figures only, never an
 * individual returnee. Staff import, record and correct them everywhere (a correction keeps its reason and
 * the figures before it); local authorities read those within
 * their area scopes, with every figure from 1 to 4 suppressed ({@link SmallCounts}).
 */
@Service
public class ReturneeCountService {

    /** The most counts one read returns, newest first. */
    public static final int MAX_ROWS = 5000;

    private final ReturneeCountRepository counts;
    private final CommunityService communities;
    private final AdminAreaService areas;
    private final AreaHierarchy hierarchy;
    private final AreaAccess access;
    private final SmallCounts smallCounts;
    private final CurrentUser currentUser;
    private final Clock clock;

    ReturneeCountService(
            ReturneeCountRepository counts,
            CommunityService communities,
            AdminAreaService areas,
            AreaHierarchy hierarchy,
            AreaAccess access,
            SmallCounts smallCounts,
            CurrentUser currentUser,
            Clock clock) {
        this.counts = counts;
        this.communities = communities;
        this.areas = areas;
        this.hierarchy = hierarchy;
        this.access = access;
        this.smallCounts = smallCounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Imports an HXL-tagged CSV table of returnee counts by P-code (see {@link ReturneeCountFile} for
     * the hashtags). All or nothing: a file with any problem changes nothing, and the exception's
     * {@link InvalidInputException#problems()} name each problem's line and column. Re-importing the same
     * rows is safe: rows whose figures are already stored are counted, not stored again; rows with the
     * same area, date, period and source but other figures are refused, as an import never overwrites stored
     * counts (staff {@link #correct correct} a count, with a reason). A row with the figures a count had before
     * a correction counts as already stored: importing the original file again leaves the correction in place.
     *
     * @throws InvalidInputException when the file cannot be imported; nothing is stored then
     */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional
    public ReturneeImportResult importHxl(InputStream in, String fileName) {
        ImportResult<Row> read = new ReturneeCountFile(hierarchy, LocalDate.now(clock)).read(in);
        if (!read.isAccepted()) {
            throw ImportRejectedException.of(fileName, read);
        }
        List<Row> rows = read.acceptedRows();
        Map<String, ReturneeCount> stored = counts.findByImportKeys(
                rows.stream().map(row -> row.data().importKey()).toList());
        List<ImportProblem> conflicts = new ArrayList<>();
        List<ReturneeCountData> toAdd = new ArrayList<>();
        for (Row row : rows) {
            ReturneeCount existing = stored.get(row.data().importKey());
            if (existing == null) {
                toAdd.add(row.data());
            } else if (!existing.data().equals(row.data()) && !wasEverStored(existing, row.data())) {
                conflicts.add(row.individualsCell()
                        .problem(
                                "import.returnees.conflict",
                                row.data().area().value(),
                                row.data().periodEnd().toString(),
                                row.data().periodLabel(),
                                row.data().source()));
            }
        }
        if (!conflicts.isEmpty()) {
            throw new ImportRejectedException(fileName, conflicts);
        }
        LocalDateTime now = now();
        toAdd.forEach(data -> counts.insert(data, now));
        return new ReturneeImportResult(fileName, toAdd.size(), rows.size() - toAdd.size());
    }

    /**
     * Records one count entered by hand, for an admin area or for one community (then in the
     * community's area).
     *
     * @throws InvalidFieldException when the area is unknown, the community lies in another area, the
     *     reporting date is in the future or the same count is already stored; nothing is stored then
     */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional
    public ReturneeCount record(ReturneeCountData data) {
        access.checkMayChange(data.area());
        if (data.hasSuppressedFigures()) {
            throw new IllegalArgumentException("A suppressed figure is not a count");
        }
        if (!hierarchy.contains(data.area())) {
            throw new InvalidFieldException("area", "returnees.error.unknown-area", "unknown area " + data.area());
        }
        if (data.communityId() != null) {
            Community community = communities.get(data.communityId());
            if (!community.data().area().equals(data.area())) {
                throw new InvalidFieldException(
                        "communityId",
                        "returnees.error.community-elsewhere",
                        "the community lies in " + community.data().area() + ", not in " + data.area());
            }
        }
        if (data.periodEnd().isAfter(LocalDate.now(clock))) {
            throw new InvalidFieldException("periodEnd", "returnees.error.future-date", "reported in the future");
        }
        if (counts.existsImportKey(data.importKey())) {
            throw new InvalidFieldException(
                    "periodEnd", "returnees.error.duplicate", "already stored: " + data.importKey());
        }
        LocalDateTime now = now();
        return new ReturneeCount(counts.insert(data, now), data, now);
    }

    /**
     * The counts recorded for an area and everything below it (its sub-areas and their communities)
     * that the caller may see, newest reporting date first, at most {@value #MAX_ROWS}.
     *
     * @param area the area, or null for every area the caller may see
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ReturneeCount> countsFor(PCode area) {
        Set<PCode> visible = access.visibleAreasWithin(area);
        if (visible != null && visible.isEmpty()) {
            return List.of();
        }
        return shown(counts.find(visible, false, MAX_ROWS));
    }

    /**
     * For each area of a level (1 region, 2 prefecture …) the caller may see, the count with the latest
     * reporting date recorded for the whole area, as for a map of returnee concentration. Counts of
     * sub-areas or communities are not added up into it, since they may come from other sources and
     * dates; an area without a count of its own is left out.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ReturneeCount> latestByArea(int level) {
        Set<PCode> ofLevel = new HashSet<>();
        areas.listAreas(level).stream().map(AdminArea::pcode).forEach(ofLevel::add);
        if (ofLevel.isEmpty()) {
            return List.of();
        }
        Map<PCode, ReturneeCount> latest = new LinkedHashMap<>();
        // newest date first, newest row first: the first seen per area is its latest
        counts.find(ofLevel, true, Integer.MAX_VALUE)
                .forEach(c -> latest.putIfAbsent(c.data().area(), c));
        return shown(List.copyOf(latest.values()));
    }

    /**
     * Corrects the figures of a stored count, keeping the figures before, the reason, who and when in the
     * count's history; the count then holds the new figures, which every page and the map read. Corrections of
     * one count take turns (the count's row is locked), so each one's "before" is the figures the one before it
     * left.
     *
     * @throws InvalidFieldException when the reason is missing or too long, the figures are the count's own or
     *     contradict each other; nothing is stored then
     * @throws IllegalArgumentException when there is no such count
     */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional
    public ReturneeCorrection correct(long countId, ReturneeFigures figures, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new InvalidFieldException("reason", "returnees.correction.error.reason", "a reason is required");
        }
        if (why.length() > ReturneeCorrection.REASON_MAX) {
            throw new InvalidFieldException("reason", "returnees.correction.error.reason-long", "reason too long");
        }
        ReturneeCount count =
                counts.lock(countId).orElseThrow(() -> new IllegalArgumentException("No returnee count " + countId));
        access.checkMayChange(count.data().area());
        ReturneeFigures before = ReturneeFigures.of(count.data());
        if (before.equals(figures)) {
            throw new InvalidFieldException(
                    "individuals", "returnees.correction.error.unchanged", "the figures are those stored");
        }
        String by = currentUser.get().map(PortalUser::username).orElse("system");
        LocalDateTime now = now();
        long id = counts.correct(countId, before, figures, why, by, now);
        return new ReturneeCorrection(id, countId, before, figures, why, by, now);
    }

    /** The corrections of a count, newest first; staff only, since they show the figures unsuppressed. */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional(readOnly = true)
    public List<ReturneeCorrection> corrections(long countId) {
        return counts.corrections(countId);
    }

    private boolean wasEverStored(ReturneeCount existing, ReturneeCountData row) {
        return counts.corrections(existing.id()).stream()
                .anyMatch(c -> c.before().applyTo(existing.data()).equals(row));
    }

    private List<ReturneeCount> shown(List<ReturneeCount> found) {
        return smallCounts.mustSuppress() ? found.stream().map(this::suppressed).toList() : found;
    }

    private ReturneeCount suppressed(ReturneeCount count) {
        ReturneeCountData d = count.data();
        int individuals = smallCounts.shown(d.individuals());
        Integer females = smallCounts.shownOrNull(d.females());
        Integer males = smallCounts.shownOrNull(d.males());
        if (d.females() != null && d.males() != null && d.females() + d.males() == d.individuals()) {
            // individuals = females + males: protected together, so that no "<5" is a subtraction away
            int[] shownCells = ComplementarySuppression.protect(d.individuals(), d.females(), d.males());
            individuals = shownCells[0];
            females = shownCells[1];
            males = shownCells[2];
        }
        ReturneeCountData shown = new ReturneeCountData(
                d.area(),
                d.communityId(),
                d.periodLabel(),
                d.periodEnd(),
                individuals,
                smallCounts.shownOrNull(d.households()),
                females,
                males,
                smallCounts.shownOrNull(d.fromAbroad()),
                d.source());
        return new ReturneeCount(count.id(), shown, count.recordedAt());
    }

    private LocalDateTime now() {
        // The database keeps milliseconds; so does the count returned, so both read the same.
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
