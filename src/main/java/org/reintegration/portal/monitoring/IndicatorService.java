package org.reintegration.portal.monitoring;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.InvalidInputException;
import org.reintegration.portal.monitoring.repository.IndicatorRepository;
import org.reintegration.portal.project.ProjectService;
import org.reintegration.portal.security.CurrentUser;
import org.reintegration.portal.security.PortalUser;
import org.reintegration.portal.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Indicators of the results framework, of a project or of the whole programme, with what they
 * reached period by period. Staff record them; local authorities read those of projects in their area
 * scopes; the programme's own indicators are for staff only.
 */
@Service
public class IndicatorService {

    private final IndicatorRepository indicators;
    private final ProjectService projects;
    private final CurrentUser currentUser;
    private final Clock clock;

    IndicatorService(IndicatorRepository indicators, ProjectService projects, CurrentUser currentUser, Clock clock) {
        this.indicators = indicators;
        this.projects = projects;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * A project's indicators with their actuals, outcomes first.
     *
     * @throws InvalidInputException when there is no such project
     * @throws org.springframework.security.access.AccessDeniedException when it lies outside the caller's areas
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<IndicatorProgress> ofProject(long projectId) {
        projects.get(projectId);
        return withActuals(indicators.ofProject(projectId));
    }

    /**
     * The indicators with their actuals of many projects at once, by project id (projects without any
     * missing): for the programme's IATI export, which reads every project. Staff only, as that export is; the
     * caller has read the projects.
     */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional(readOnly = true)
    public Map<Long, List<IndicatorProgress>> ofProjects(Collection<Long> projectIds) {
        Map<Long, List<IndicatorProgress>> found = new HashMap<>();
        withActuals(indicators.ofProjects(projectIds))
                .forEach(p -> found.computeIfAbsent(p.indicator().projectId(), k -> new ArrayList<>())
                        .add(p));
        return found;
    }

    /** The programme's own indicators with their actuals. */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional(readOnly = true)
    public List<IndicatorProgress> ofProgramme() {
        return withActuals(indicators.ofProject(null));
    }

    /**
     * Adds an indicator to a project, or to the programme when {@code projectId} is null.
     *
     * @throws InvalidInputException when there is no such project; nothing is stored then
     */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional
    public Indicator add(Long projectId, IndicatorData data) {
        if (projectId != null) {
            projects.get(projectId);
        }
        long id = indicators.insert(projectId, data, actor(), now());
        return indicators.find(id).orElseThrow();
    }

    /**
     * Changes an indicator's name, baseline and target. Its unit stays: the actuals recorded are in it.
     *
     * @throws InvalidFieldException ({@code unit}) when the unit would change while actuals exist
     */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional
    public Indicator update(long indicatorId, IndicatorData data) {
        IndicatorProgress existing = progressOf(indicatorId);
        if (existing.indicator().data().unit() != data.unit()
                && !existing.actuals().isEmpty()) {
            throw new InvalidFieldException("unit", "indicators.error.unit-change", "actuals are recorded in the unit");
        }
        checkValues(data, existing.actuals());
        indicators.update(indicatorId, data);
        return indicators.find(indicatorId).orElseThrow();
    }

    /**
     * Records what an indicator reached in a period. Periods of one indicator do not overlap, so that
     * counts can be added up; a percentage is at most 100; parts of people counts are whole people.
     *
     * @throws InvalidFieldException when the period overlaps one recorded, or the value does not fit the
     *     unit; nothing is stored then
     */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional
    public IndicatorProgress recordActual(long indicatorId, Actual actual) {
        IndicatorProgress existing = progressOf(indicatorId);
        for (Actual other : existing.actuals()) {
            if (other.overlaps(actual)) {
                throw new InvalidFieldException(
                        "periodStart",
                        "indicators.error.overlap",
                        "the period overlaps " + other.periodStart() + " – " + other.periodEnd());
            }
        }
        IndicatorUnit unit = existing.indicator().data().unit();
        IndicatorData.value(actual.value(), unit, "value");
        if (!unit.isPercentage() && actual.value().stripTrailingZeros().scale() > 0) {
            throw new InvalidFieldException("value", "indicators.error.whole", "a count is a whole number");
        }
        if (!unit.countsPeople() && actual.isDisaggregated()) {
            throw new InvalidFieldException("female", "indicators.error.not-people", unit + " are not people");
        }
        indicators.insertActual(indicatorId, actual, actor(), now());
        return progressOf(indicatorId);
    }

    /** Removes an actual recorded by mistake. */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional
    public IndicatorProgress removeActual(long indicatorId, long actualId) {
        progressOf(indicatorId);
        if (!indicators.deleteActual(indicatorId, actualId)) {
            throw new InvalidInputException("There is no actual " + actualId + " of indicator " + indicatorId);
        }
        return progressOf(indicatorId);
    }

    /** One indicator with its actuals, for those who may see its project. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public IndicatorProgress progressOf(long indicatorId) {
        Indicator indicator = indicators
                .find(indicatorId)
                .orElseThrow(() -> new InvalidInputException("There is no indicator " + indicatorId));
        if (indicator.projectId() == null) {
            if (!currentUser.hasRole(Role.STAFF)) {
                throw new AccessDeniedException("The programme's indicators are for staff");
            }
        } else {
            projects.get(indicator.projectId());
        }
        return withActuals(List.of(indicator)).getFirst();
    }

    private void checkValues(IndicatorData data, List<Actual> actuals) {
        if (data.unit().isPercentage()) {
            actuals.forEach(a -> IndicatorData.value(a.value(), data.unit(), "unit"));
        }
    }

    private List<IndicatorProgress> withActuals(List<Indicator> list) {
        Map<Long, List<Actual>> actuals =
                indicators.actualsOf(list.stream().map(Indicator::id).toList());
        return list.stream()
                .map(i -> new IndicatorProgress(i, actuals.getOrDefault(i.id(), List.of())))
                .toList();
    }

    private String actor() {
        return currentUser.get().map(PortalUser::username).orElse("system");
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
