package org.reintegration.portal.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.reintegration.portal.community.TensionLevel;
import org.reintegration.portal.monitoring.Actual;
import org.reintegration.portal.monitoring.FollowUp;
import org.reintegration.portal.monitoring.FollowUpStatus;
import org.reintegration.portal.monitoring.Indicator;
import org.reintegration.portal.monitoring.IndicatorData;
import org.reintegration.portal.monitoring.IndicatorService;
import org.reintegration.portal.monitoring.LessonService;
import org.reintegration.portal.monitoring.StarterIndicator;
import org.reintegration.portal.monitoring.Visit;
import org.reintegration.portal.monitoring.VisitData;
import org.reintegration.portal.monitoring.VisitService;
import org.reintegration.portal.project.Project;
import org.reintegration.portal.project.ProjectFilter;
import org.reintegration.portal.project.ProjectService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Demo monitoring: the programme's starter indicators with targets, and on every demo project two
 * indicators with two months of invented actuals, a monitoring visit with follow-up actions and a
 * lesson learned. Everything says "(demo)".
 */
@Component
@ConditionalOnBooleanProperty("portal.demo.enabled")
public class DemoMonitoring {

    private static final LocalDate BASELINE = LocalDate.of(2026, 9, 15);
    private static final LocalDate TARGET = LocalDate.of(2027, 6, 30);

    private final ProjectService projects;
    private final IndicatorService indicators;
    private final VisitService visits;
    private final LessonService lessons;

    DemoMonitoring(ProjectService projects, IndicatorService indicators, VisitService visits, LessonService lessons) {
        this.projects = projects;
        this.indicators = indicators;
        this.visits = visits;
        this.lessons = lessons;
    }

    /** @return the number of projects given monitoring data */
    public int create() {
        programme();
        List<Project> demoProjects = projects.list(ProjectFilter.ALL, 0, 100);
        int seed = 0;
        for (Project project : demoProjects) {
            project(project, seed++);
        }
        return demoProjects.size();
    }

    private void programme() {
        int[] targets = {2400, 150, 40, 900, 20};
        int[] baselines = {0, 0, 0, 0, 45};
        StarterIndicator[] all = StarterIndicator.values();
        for (int i = 0; i < all.length; i++) {
            indicators.add(
                    null,
                    IndicatorData.of(
                            all[i],
                            BigDecimal.valueOf(baselines[i]),
                            BASELINE,
                            BigDecimal.valueOf(targets[i]),
                            TARGET));
        }
    }

    private void project(Project project, int seed) {
        long id = project.id();
        int target = project.data().targetedPeople() != null && project.data().targetedPeople() > 0
                ? project.data().targetedPeople()
                : 80 + 10 * seed;
        Indicator people = indicators.add(
                id,
                IndicatorData.of(
                        StarterIndicator.PEOPLE_BENEFITING,
                        BigDecimal.ZERO,
                        BASELINE,
                        BigDecimal.valueOf(target),
                        null));
        int first = target / 5 + seed;
        int second = target / 4;
        indicators.recordActual(
                people.id(),
                Actual.of(
                        LocalDate.of(2026, 9, 15),
                        LocalDate.of(2026, 9, 30),
                        BigDecimal.valueOf(first),
                        first / 2,
                        first - first / 2,
                        first / 3,
                        first - first / 3,
                        "Registration at the launch meeting (demo)"));
        indicators.recordActual(
                people.id(),
                Actual.of(
                        LocalDate.of(2026, 10, 1),
                        LocalDate.of(2026, 10, 31),
                        BigDecimal.valueOf(second),
                        second / 2 + 1,
                        second / 2 - 1,
                        second / 2,
                        second - second / 2,
                        null));
        Indicator tension = indicators.add(
                id,
                IndicatorData.of(
                        StarterIndicator.PERCEIVED_TENSION,
                        BigDecimal.valueOf(40 + seed % 3 * 5),
                        BASELINE,
                        BigDecimal.valueOf(20),
                        null));
        indicators.recordActual(
                tension.id(),
                Actual.of(
                        LocalDate.of(2026, 10, 1),
                        LocalDate.of(2026, 10, 31),
                        BigDecimal.valueOf(35),
                        null,
                        null,
                        null,
                        null,
                        "Quick survey at the community meeting (demo)"));

        Visit visit = visits.record(
                id,
                new VisitData(
                        LocalDate.of(2026, 10, 20),
                        "Mamadou Bah, Fatoumata Camara (demo)",
                        "Work has started; the committee meets every week. Residents ask whether they may join"
                                + " the group next year (demo).",
                        seed % 2 == 0 ? TensionLevel.LOW : TensionLevel.MEDIUM),
                List.of(
                        FollowUp.open(
                                "Share the member list with the community committee (demo)", LocalDate.of(2026, 11, 5)),
                        FollowUp.open("Hold an open meeting on joining the group (demo)", LocalDate.of(2026, 12, 15))));
        visits.setFollowUpStatus(visit.followUps().getFirst().id(), FollowUpStatus.DONE);
        lessons.add(
                id,
                "Announce the selection criteria for group members before the vote, so that residents know how"
                        + " to take part (demo).");
    }
}
