package org.reintegration.portal.changes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.changes.Change;
import org.reintegration.portal.changes.ChangeService;
import org.reintegration.portal.project.ProjectSamples;
import org.reintegration.portal.project.ProjectService;
import org.reintegration.portal.security.SystemTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@PortalTest
@Transactional
@WithUserDetails("authority")
class ChangesViewTest extends SpringBrowserlessTest {

    @Autowired
    ChangeService changes;

    @Autowired
    ProjectService projects;

    @Test
    void a_local_authority_reads_what_changed_and_the_visit_is_recorded() throws InterruptedException {
        changes.recordVisit();
        Thread.sleep(5);
        SystemTask.runAsAdministrator(
                () -> projects.create(ProjectSamples.ongoing("Kankan soap makers", PCode.of("GN004004"), null)));

        ChangesView view = navigate(ChangesView.class);

        assertThat(view.summary.getText()).startsWith("Changes since ").endsWith(": 1.");
        Change shown = view.grid.getListDataView().getItems().findFirst().orElseThrow();
        assertThat(shown.subject()).isEqualTo("Kankan soap makers");
        assertThat(view.what(shown)).isEqualTo("New project (ongoing)");
        assertThat(test(view.grid).getCellComponent(0, 2))
                .isInstanceOfSatisfying(
                        Anchor.class, link -> assertThat(link.getHref()).startsWith("projects/"));
        assertThat(changes.sinceLastVisit().changes()).isEmpty();
    }

    @Test
    void subscribing_on_the_page_shows_a_count_in_the_navigation() throws InterruptedException {
        ChangesView view = navigate(ChangesView.class);
        assertThat(view.subscribed.getValue()).isFalse();

        test(view.subscribed).click();
        assertThat(changes.waitingCount()).isPresent();

        Thread.sleep(5);
        SystemTask.runAsAdministrator(
                () -> projects.create(ProjectSamples.ongoing("Kankan dyers", PCode.of("GN004004"), null)));
        navigate(org.reintegration.portal.project.ui.ProjectListView.class);

        Span badge = find(Span.class).withId("changes-badge").single();
        assertThat(badge.isVisible()).isTrue();
        assertThat(badge.getText()).isEqualTo("1");
    }

    @Test
    void a_new_profile_reads_as_the_list_of_what_changed_in_it() {
        ChangesView view = navigate(ChangesView.class);

        String what = view.what(new Change(
                java.time.LocalDateTime.now(),
                org.reintegration.portal.changes.ChangeKind.PROFILE_NEW,
                "Baro",
                "tension incidents services.HEALTH suitability.CIVIL_SOCIETY_ACTIVE",
                null,
                "communities/1"));

        assertThat(what)
                .isEqualTo("New community profile; changed: Tension, Incidents, Health, Civil society is active");
    }
}
