package org.reintegration.portal.project.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.ListItem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.project.Milestone;
import org.reintegration.portal.project.Project;
import org.reintegration.portal.project.ProjectSamples;
import org.reintegration.portal.project.ProjectService;
import org.reintegration.portal.security.SystemTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@PortalTest
@Transactional
class ProjectViewsTest extends SpringBrowserlessTest {

    private static final Path FILES = Path.of("src/test/resources/interop");

    @Autowired
    ProjectService projects;

    @Test
    @WithUserDetails("staff")
    void staff_import_a_3w_table_and_find_a_project_by_title() throws IOException {
        ProjectListView view = navigate(ProjectListView.class);

        view.importFile("3w.csv", Files.readAllBytes(FILES.resolve("projects_3w_dates_corrected_SYNTHETIC.csv")));
        test(view.title).setValue("fish-drying");

        assertThat(view.importOutcome.getElement().getText()).isEmpty();
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class)
                        .withClassName("import-done")
                        .single()
                        .getText())
                .isEqualTo("\u20683w.csv\u2069 imported: 12 added, 0 updated, 0 unchanged.");
        assertThat(shown(view)).extracting(p -> p.data().code()).contains("GIN-CBR-002", "GIN-CBR-003");
        assertThat(find(com.vaadin.flow.component.html.Anchor.class)
                        .withId("export-4w")
                        .single()
                        .getText())
                .isEqualTo("Export 4W (HXL CSV)");
    }

    @Test
    @WithUserDetails("staff")
    void a_refused_table_lists_its_problems() throws IOException {
        ProjectListView view = navigate(ProjectListView.class);

        view.importFile("3w.csv", Files.readAllBytes(FILES.resolve("community_projects_3w_SYNTHETIC.csv")));

        assertThat(find(ListItem.class).all())
                .extracting(ListItem::getText)
                .contains("line 10, column 9 (#date+end): '2025-02-30' is not a date that exists");
    }

    @Test
    @WithUserDetails("staff")
    void milestones_added_and_done_move_the_progress() {
        long id = projects.create(ProjectSamples.ongoing("Health post Siguiri", PCode.of("GN004004"), null))
                .id();
        ProjectDetailView view = navigate(ProjectDetailView.class, Map.of("projectId", String.valueOf(id)));

        test(view.milestoneTitle).setValue("Walls");
        test(view.milestoneDue).setValue(LocalDate.of(2026, 6, 1));
        test(view.addMilestone).click();
        test(view.milestoneTitle).setValue("Roof");
        test(view.addMilestone).click();
        List<Milestone> listed = view.milestoneGrid.getListDataView().getItems().toList();
        assertThat(listed).extracting(Milestone::title).containsExactly("Walls", "Roof");

        var actions = (com.vaadin.flow.component.orderedlayout.HorizontalLayout)
                test(view.milestoneGrid).getCellComponent(0, 4);
        test((com.vaadin.flow.component.button.Button) actions.getComponentAt(0))
                .click();

        assertThat(projects.get(id).data().progressPercent()).isEqualTo(50);
        assertThat(view.progressBar.getValue()).isEqualTo(50);
    }

    @Test
    @WithUserDetails("authority")
    void a_local_authority_reads_a_project_of_its_area_without_controls() {
        long[] id = new long[1];
        SystemTask.runAsAdministrator(
                () -> id[0] = projects.create(ProjectSamples.ongoing("Health post Siguiri", PCode.of("GN004004"), null))
                        .id());

        ProjectDetailView view = navigate(ProjectDetailView.class, Map.of("projectId", String.valueOf(id[0])));

        assertThat(view.heading.getText()).isEqualTo("Health post Siguiri");
        assertThat(view.saveStatus.isAttached()).isFalse();
        assertThat(view.addMilestone.isAttached()).isFalse();
        assertThat(view.edit.isAttached()).isFalse();
        assertThat(navigate(ProjectListView.class).newProject.isAttached()).isFalse();
        view = navigate(ProjectDetailView.class, Map.of("projectId", String.valueOf(id[0])));

        test(view.comments.post).click();
        assertThat(view.comments.text.isInvalid()).isTrue();
        test(view.comments.text).setValue("The prefecture will provide the land title by March.");
        test(view.comments.post).click();

        assertThat(find(com.vaadin.flow.component.html.Paragraph.class)
                        .withClassName("official-comment")
                        .single()
                        .getText())
                .isEqualTo("The prefecture will provide the land title by March.");
        assertThat(projects.comments(id[0])).singleElement().satisfies(c -> assertThat(c.authorOffice())
                .isEqualTo("Kankan Regional Governorate, Planning"));
    }

    private static List<Project> shown(ProjectListView view) {
        return view.grid.getLazyDataView().getItems().toList();
    }

    @Test
    @WithUserDetails("staff")
    void typed_facts_such_as_the_partner_are_isolated_from_the_text_around_them() {
        long id = projects.create(ProjectSamples.ongoing("Health post Kouroussa", PCode.of("GN004004"), null))
                .id();

        navigate(ProjectDetailView.class, Map.of("projectId", String.valueOf(id)));

        assertThat(find(org.reintegration.portal.base.ui.UserText.class).all())
                .extracting(t -> t.getElement().getTag() + ":" + t.getElement().getText())
                .contains("bdi:Local NGO");
    }
}
