package org.reintegration.portal.monitoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.base.BidiText;
import org.reintegration.portal.base.BidiTextTest;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.community.CommunityData;
import org.reintegration.portal.community.CommunityService;
import org.reintegration.portal.monitoring.FollowUp;
import org.reintegration.portal.monitoring.IndicatorService;
import org.reintegration.portal.monitoring.LessonService;
import org.reintegration.portal.monitoring.MonitoringSamples;
import org.reintegration.portal.monitoring.StarterIndicator;
import org.reintegration.portal.monitoring.VisitData;
import org.reintegration.portal.monitoring.VisitService;
import org.reintegration.portal.project.ProjectSamples;
import org.reintegration.portal.project.ProjectService;
import org.reintegration.portal.security.SystemTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@PortalTest
@Transactional
class ProjectMonitoringViewTest extends SpringBrowserlessTest {

    @Autowired
    ProjectService projects;

    @Autowired
    IndicatorService indicators;

    @Autowired
    LessonService lessons;

    @Autowired
    CommunityService communities;

    @Autowired
    VisitService visits;

    private long project(String area) {
        long[] id = new long[1];
        SystemTask.runAsAdministrator(
                () -> id[0] = projects.create(ProjectSamples.ongoing("Grain mill", PCode.of(area), null))
                        .id());
        return id[0];
    }

    private ProjectMonitoringView open(long projectId) {
        return navigate(ProjectMonitoringView.class, Map.of("projectId", String.valueOf(projectId)));
    }

    @Test
    @WithUserDetails("staff")
    void staff_add_a_starter_indicator_record_an_actual_and_see_progress_against_the_target() {
        long projectId = project("GN004004");
        ProjectMonitoringView view = open(projectId);

        test(view.indicatorSection.add).click();
        IndicatorDialog dialog = find(IndicatorDialog.class).single();
        test(dialog.baselineDate).setValue(LocalDate.of(2026, 1, 1));
        test(dialog.target).setValue(BigDecimal.valueOf(80));
        test(dialog.save).click();

        var indicator = indicators.ofProject(projectId).getFirst().indicator();
        assertThat(indicator.data().starter()).isEqualTo(StarterIndicator.PEOPLE_BENEFITING);
        test(find(com.vaadin.flow.component.button.Button.class)
                        .withClassName("record-actual")
                        .single())
                .click();
        ActualDialog actual = find(ActualDialog.class).single();
        test(actual.periodStart).setValue(LocalDate.of(2026, 3, 1));
        test(actual.periodEnd).setValue(LocalDate.of(2026, 3, 31));
        test(actual.value).setValue(BigDecimal.valueOf(20));
        test(actual.female).setValue(12);
        test(actual.male).setValue(9);
        test(actual.save).click();

        assertThat(actual.female.isInvalid()).isTrue();
        assertThat(actual.female.getErrorMessage()).isEqualTo("Women and men together cannot be more than the total.");
        assertThat(indicators.progressOf(indicator.id()).actuals()).isEmpty();

        test(actual.male).setValue(8);
        test(actual.save).click();

        assertThat(find(Span.class).withClassName("indicator-reached").single().getText())
                .isEqualTo("Reached: 20 — 25 % of the way to the target");
        assertThat(find(com.vaadin.flow.component.html.Div.class)
                        .withClassName("indicator-chart-bar")
                        .all())
                .hasSize(1);
    }

    @Test
    @WithUserDetails("staff")
    void staff_record_a_visit_with_a_follow_up_and_write_down_a_lesson() {
        long projectId = project("GN004004");
        ProjectMonitoringView view = open(projectId);

        test(view.visitSection.add).click();
        VisitDialog dialog = find(VisitDialog.class).single();
        test(dialog.visitedOn).setValue(LocalDate.of(2026, 3, 2));
        test(dialog.visitors).setValue("M. Bah");
        test(dialog.findings).setValue("The mill runs.");
        test(dialog.tension).selectItem("Medium");
        test(dialog.action).setValue("Repair the roof");
        test(dialog.save).click();
        test(view.lessonSection.text).setValue("Ask both groups before fixing opening hours.");
        test(view.lessonSection.add).click();

        assertThat(find(Span.class).withClassName("visit-tension").single().getText())
                .isEqualTo("Tension observed: Medium");
        assertThat(find(com.vaadin.flow.component.html.ListItem.class).all())
                .extracting(li -> li.getElement().getTextRecursively())
                .anySatisfy(text -> assertThat(text).startsWith("\u2068Repair the roof\u2069 — open"));
        assertThat(lessons.ofProject(projectId)).singleElement().satisfies(l -> assertThat(l.text())
                .isEqualTo("Ask both groups before fixing opening hours."));
        assertThat(find(Anchor.class).withId("export-iati").single().getHref())
                .isEqualTo("export/iati/projects/" + projectId + ".xml");
    }

    @Test
    @WithUserDetails("staff")
    void an_empty_visit_is_refused_next_to_its_fields() {
        long projectId = project("GN004004");
        ProjectMonitoringView view = open(projectId);

        test(view.visitSection.add).click();
        VisitDialog dialog = find(VisitDialog.class).single();
        test(dialog.save).click();

        assertThat(dialog.visitors.isInvalid()).isTrue();
        assertThat(dialog.visitors.getErrorMessage()).isEqualTo("Say who visited (at most 300 characters).");
    }

    @Test
    @WithUserDetails("authority")
    void a_local_authority_reads_the_monitoring_of_its_areas_without_anything_to_change() {
        long projectId = project("GN004004");
        SystemTask.runAsAdministrator(() -> {
            var indicator = indicators.add(projectId, MonitoringSamples.peopleBenefiting());
            indicators.recordActual(indicator.id(), MonitoringSamples.month(3, 20, 10, 10, 5, 15));
        });

        ProjectMonitoringView view = open(projectId);

        assertThat(find(Span.class).withClassName("indicator-reached").single().getText())
                .startsWith("Reached: 20");
        assertThat(view.indicatorSection.add.isAttached()).isFalse();
        assertThat(view.visitSection.add.isAttached()).isFalse();
        assertThat(find(Anchor.class).withId("export-iati").all()).isEmpty();
    }

    @Test
    @WithUserDetails("staff")
    void a_communitys_lessons_are_listed_with_their_projects() {
        long[] ids = new long[2];
        SystemTask.runAsAdministrator(() -> {
            ids[0] = communities
                    .create(new CommunityData("Siguiri centre", "fr", PCode.of("GN004004"), null, null))
                    .community()
                    .id();
            ids[1] = projects.create(ProjectSamples.inCommunity(
                            ProjectSamples.ongoing("Grain mill", PCode.of("GN004004"), null), ids[0], false))
                    .id();
            lessons.add(ids[1], "Agree on opening hours first.");
        });

        CommunityLessonsView view = navigate(CommunityLessonsView.class, Map.of("communityId", String.valueOf(ids[0])));

        assertThat(view.heading.getText()).isEqualTo("Siguiri centre");
        assertThat(find(Anchor.class).withText("Grain mill").single().getHref())
                .isEqualTo("projects/" + ids[1] + "/monitoring");
        assertThat(view.list.getChildren().count()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("staff")
    void the_programme_page_shows_the_programmes_indicators_and_the_iati_download() {
        ProgrammeIndicatorsView view = navigate(ProgrammeIndicatorsView.class);

        assertThat(find(com.vaadin.flow.component.html.H4.class).all())
                .extracting(h -> h.getText())
                .contains("CR-OC-1 Community members who perceive tension between returnees and residents");
        assertThat(find(Anchor.class).withId("export-iati-all").single().getHref())
                .isEqualTo("export/iati/activities.xml");
        assertThat(view.section.add.isAttached()).isTrue();
    }

    @Test
    @WithUserDetails("staff")
    void visitors_and_follow_up_actions_with_any_direction_control_stay_inside_their_own_isolates() {
        long projectId = project("GN004004");
        for (char control : BidiTextTest.CONTROLS) {
            String hostile = "Bah" + control + "x";
            SystemTask.runAsAdministrator(() -> visits.record(
                    projectId,
                    new VisitData(LocalDate.of(2026, 3, 2), hostile, "The mill runs.", null),
                    List.of(FollowUp.open("Roof" + control + "y", null))));
        }

        open(projectId);

        List<String> headings = find(H4.class).all().stream().map(H4::getText).toList();
        List<String> actions = find(ListItem.class).all().stream()
                .map(li -> li.getElement().getTextRecursively())
                .toList();
        for (char control : BidiTextTest.CONTROLS) {
            assertThat(headings)
                    .as("the visit heading for visitors holding U+%04X", (int) control)
                    .anySatisfy(h -> assertThat(h).endsWith(" — " + BidiText.isolate("Bah" + control + "x")));
            assertThat(actions)
                    .as("the follow-up line for an action holding U+%04X", (int) control)
                    .anySatisfy(a -> assertThat(a).startsWith(BidiText.isolate("Roof" + control + "y") + " — "));
        }
    }
}
