package org.reintegration.portal.returnees;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reintegration.portal.base.AreaHierarchy;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.interop.hxl.ImportProblem;
import org.reintegration.portal.interop.hxl.ImportRejectedException;
import org.reintegration.portal.interop.hxl.ImportResult;
import org.reintegration.portal.returnees.AreaPopulationFile.Row;
import org.reintegration.portal.returnees.repository.AreaPopulationRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inhabitants per admin area and year, the denominators of returnee concentration. Figures are public
 * statistics: every signed-in user reads them; staff import them.
 */
@Service
public class AreaPopulationService {

    private final AreaPopulationRepository figures;
    private final AreaHierarchy hierarchy;
    private final Clock clock;

    AreaPopulationService(AreaPopulationRepository figures, AreaHierarchy hierarchy, Clock clock) {
        this.figures = figures;
        this.hierarchy = hierarchy;
        this.clock = clock;
    }

    /**
     * Imports an HXL-tagged CSV table of inhabitants per area (see {@link AreaPopulationFile}). All or nothing;
     * re-importing the same figures is safe, other figures for an area and year already stored are refused.
     *
     * @throws org.reintegration.portal.base.InvalidInputException naming each problem's line and column; nothing
     *     is stored then
     */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional
    public ReturneeImportResult importHxl(InputStream in, String fileName) {
        ImportResult<Row> read =
                new AreaPopulationFile(hierarchy, LocalDate.now(clock).getYear()).read(in);
        if (!read.isAccepted()) {
            throw ImportRejectedException.of(fileName, read);
        }
        Map<String, AreaPopulation> stored = new HashMap<>();
        figures.findAll().forEach(f -> stored.put(key(f), f));
        List<ImportProblem> conflicts = new ArrayList<>();
        List<AreaPopulation> toAdd = new ArrayList<>();
        for (Row row : read.acceptedRows()) {
            AreaPopulation existing = stored.get(key(row.figure()));
            if (existing == null) {
                toAdd.add(row.figure());
            } else if (existing.population() != row.figure().population()) {
                conflicts.add(row.populationCell()
                        .problem(
                                "import.population.conflict",
                                String.valueOf(existing.population()),
                                existing.area().value(),
                                String.valueOf(existing.referenceYear())));
            }
        }
        if (!conflicts.isEmpty()) {
            throw new ImportRejectedException(fileName, conflicts);
        }
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        toAdd.forEach(figure -> figures.insert(figure, now));
        return new ReturneeImportResult(
                fileName, toAdd.size(), read.acceptedRows().size() - toAdd.size());
    }

    /**
     * The figure of each area to divide counts of a given date by: the latest reference year not after the
     * date's year, else the earliest one after it.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<PCode, Long> populationsAt(LocalDate date) {
        Map<PCode, AreaPopulation> chosen = new HashMap<>();
        for (AreaPopulation figure : figures.findAll()) {
            chosen.merge(figure.area(), figure, (a, b) -> closer(a, b, date.getYear()));
        }
        Map<PCode, Long> populations = new HashMap<>();
        chosen.forEach((area, figure) -> populations.put(area, figure.population()));
        return populations;
    }

    private static AreaPopulation closer(AreaPopulation a, AreaPopulation b, int year) {
        boolean aBefore = a.referenceYear() <= year;
        boolean bBefore = b.referenceYear() <= year;
        if (aBefore != bBefore) {
            return aBefore ? a : b;
        }
        // both before: the later; both after: the earlier
        return (a.referenceYear() > b.referenceYear()) == aBefore ? a : b;
    }

    private static String key(AreaPopulation figure) {
        return figure.area().value() + "|" + figure.referenceYear();
    }
}
