package org.reintegration.portal.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.project.ProjectSamples;
import org.reintegration.portal.project.ProjectService;
import org.reintegration.portal.security.SystemTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@PortalTest
@Transactional
class IndicatorServiceTest {

    @Autowired
    IndicatorService indicators;

    @Autowired
    ProjectService projects;

    private long project(String title, String area) {
        long[] id = new long[1];
        SystemTask.runAsAdministrator(() -> id[0] = projects.create(ProjectSamples.ongoing(title, PCode.of(area), null))
                .id());
        return id[0];
    }

    @Test
    @WithUserDetails("staff")
    void staff_record_actuals_and_see_the_indicator_move_towards_its_target() {
        long projectId = project("Grain mill", "GN004004");
        Indicator indicator = indicators.add(projectId, MonitoringSamples.peopleBenefiting());

        indicators.recordActual(indicator.id(), MonitoringSamples.month(3, 30, 16, 14, 10, 20));
        IndicatorProgress progress =
                indicators.recordActual(indicator.id(), MonitoringSamples.month(4, 15, null, null, null, null));

        assertThat(indicators.ofProject(projectId)).singleElement().isEqualTo(progress);
        assertThat(progress.actuals()).hasSize(2);
        assertThat(progress.actuals().getFirst().female()).isEqualTo(16);
        assertThat(progress.reached()).isEqualByComparingTo("45");
        assertThat(progress.percentOfTarget()).contains(45);
    }

    @Test
    @WithUserDetails("staff")
    void an_overlapping_period_is_refused_and_changes_nothing() {
        long projectId = project("Grain mill", "GN004004");
        Indicator indicator = indicators.add(projectId, MonitoringSamples.peopleBenefiting());
        indicators.recordActual(indicator.id(), MonitoringSamples.month(3, 30, null, null, null, null));
        Actual overlapping = Actual.of(
                LocalDate.of(2026, 3, 20), LocalDate.of(2026, 4, 10), BigDecimal.TEN, null, null, null, null, null);

        assertThatThrownBy(() -> indicators.recordActual(indicator.id(), overlapping))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("indicators.error.overlap"));
        assertThat(indicators.progressOf(indicator.id()).actuals()).hasSize(1);

        long first = indicators.progressOf(indicator.id()).actuals().getFirst().id();
        indicators.removeActual(indicator.id(), first);
        assertThat(indicators.recordActual(indicator.id(), overlapping).actuals())
                .singleElement()
                .satisfies(a -> assertThat(a.periodStart()).isEqualTo(LocalDate.of(2026, 3, 20)));
    }

    @Test
    @WithUserDetails("staff")
    void a_fraction_of_a_person_and_parts_of_something_else_than_people_are_refused() {
        long projectId = project("Grain mill", "GN004004");
        Indicator people = indicators.add(projectId, MonitoringSamples.peopleBenefiting());
        Indicator jobs = indicators.add(
                projectId,
                IndicatorData.of(
                        StarterIndicator.JOBS_CREATED,
                        BigDecimal.ZERO,
                        LocalDate.of(2026, 1, 1),
                        BigDecimal.TEN,
                        null));
        Actual half = Actual.of(
                LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31),
                new BigDecimal("2.5"),
                null,
                null,
                null,
                null,
                null);

        assertThatThrownBy(() -> indicators.recordActual(people.id(), half)).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> indicators.recordActual(jobs.id(), MonitoringSamples.month(3, 6, 3, 3, null, null)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("indicators.error.not-people"));
        assertThat(indicators.ofProject(projectId))
                .allSatisfy(p -> assertThat(p.actuals()).isEmpty());
    }

    @Test
    @WithUserDetails("staff")
    void the_programme_has_indicators_of_its_own_apart_from_the_projects() {
        long projectId = project("Grain mill", "GN004004");
        int before = indicators.ofProgramme().size();
        Indicator own = indicators.add(
                null,
                new IndicatorData(
                        null,
                        "Community committees trained",
                        IndicatorLevel.OUTPUT,
                        IndicatorUnit.ACTIVITIES,
                        true,
                        BigDecimal.ZERO,
                        LocalDate.of(2026, 1, 1),
                        BigDecimal.valueOf(12),
                        null));

        assertThat(indicators.ofProgramme()).hasSize(before + 1).anySatisfy(p -> assertThat(p.indicator())
                .isEqualTo(own));
        assertThat(indicators.ofProject(projectId)).isEmpty();
    }

    @Test
    @WithUserDetails("staff")
    void a_target_may_change_but_not_the_unit_of_recorded_actuals() {
        long projectId = project("Grain mill", "GN004004");
        Indicator indicator = indicators.add(projectId, MonitoringSamples.peopleBenefiting());
        indicators.recordActual(indicator.id(), MonitoringSamples.month(3, 30, null, null, null, null));
        IndicatorData d = indicator.data();
        IndicatorData percent = new IndicatorData(
                null,
                "Share of members",
                d.level(),
                IndicatorUnit.PERCENT,
                true,
                d.baseline(),
                d.baselineDate(),
                BigDecimal.valueOf(50),
                null);

        Indicator changed = indicators.update(
                indicator.id(),
                IndicatorData.of(d.starter(), d.baseline(), d.baselineDate(), BigDecimal.valueOf(60), d.targetDate()));

        assertThat(changed.data().target()).isEqualByComparingTo("60");
        assertThatThrownBy(() -> indicators.update(indicator.id(), percent))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("unit"));
        assertThat(indicators.progressOf(indicator.id()).indicator().data().unit())
                .isEqualTo(IndicatorUnit.PEOPLE);
    }

    @Test
    @WithUserDetails("authority")
    void a_local_authority_reads_the_indicators_of_its_areas_only_and_changes_nothing() {
        long[] ids = new long[4];
        ids[0] = project("Kankan grain mill", "GN004004");
        ids[1] = project("Kindia grain mill", "GN005001");
        SystemTask.runAsAdministrator(() -> {
            ids[2] =
                    indicators.add(ids[0], MonitoringSamples.peopleBenefiting()).id();
            ids[3] =
                    indicators.add(ids[1], MonitoringSamples.peopleBenefiting()).id();
        });

        assertThat(indicators.ofProject(ids[0])).hasSize(1);
        assertThatThrownBy(() -> indicators.ofProject(ids[1])).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> indicators.progressOf(ids[3])).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> indicators.ofProgramme()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> indicators.recordActual(ids[2], MonitoringSamples.month(3, 5, null, null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_public_sees_no_indicator() {
        assertThatThrownBy(() -> indicators.ofProgramme())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> indicators.ofProject(1))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
