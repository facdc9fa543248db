package org.reintegration.portal.project.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.geo.AdminArea;
import org.reintegration.portal.initiative.Dimension;
import org.reintegration.portal.project.Milestone;
import org.reintegration.portal.project.MilestoneStatus;
import org.reintegration.portal.project.Project;
import org.reintegration.portal.project.ProjectFilter;
import org.reintegration.portal.project.ProjectSamples;
import org.reintegration.portal.project.ProjectService;
import org.reintegration.portal.project.ProjectStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@PortalTest
@Transactional
@WithUserDetails("staff")
class ProjectFormTest extends SpringBrowserlessTest {

    @Autowired
    ProjectService projects;

    @Test
    void staff_enter_a_project_that_predates_the_portal() {
        ProjectListView list = navigate(ProjectListView.class);
        test(list.newProject).click();
        ProjectForm form = find(ProjectForm.class).single();

        test(form.fields.title).setValue("Well repair of 2024");
        form.fields.area.setValue(area(form, "GN004004"));
        form.fields.dimension.setValue(Dimension.SOCIAL);
        test(form.fields.partner).setValue("Water NGO");
        form.fields.status.setValue(ProjectStatus.COMPLETED);
        test(form.fields.plannedStart).setValue(LocalDate.of(2024, 1, 10));
        test(form.fields.plannedEnd).setValue(LocalDate.of(2024, 6, 30));
        test(form.fields.progress).setValue(100);
        test(form.fields.budget).setValue(new BigDecimal("12500.50"));
        test(form.save).click();

        Project stored = projects.list(titled("Well repair of 2024"), 0, 5).getFirst();
        assertThat(stored.data().area()).isEqualTo(PCode.of("GN004004"));
        assertThat(stored.data().implementingPartner()).isEqualTo("Water NGO");
        assertThat(stored.data().status()).isEqualTo(ProjectStatus.COMPLETED);
        assertThat(stored.data().budget()).isEqualByComparingTo("12500.50");
        assertThat(find(ProjectForm.class).all()).isEmpty();
    }

    @Test
    void wrong_fields_are_marked_and_nothing_is_stored() {
        ProjectListView list = navigate(ProjectListView.class);
        test(list.newProject).click();
        ProjectForm form = find(ProjectForm.class).single();

        test(form.save).click();
        assertThat(form.fields.title.isInvalid()).isTrue();
        assertThat(form.fields.area.isInvalid()).isTrue();
        assertThat(form.fields.dimension.isInvalid()).isTrue();

        test(form.fields.title).setValue("Backwards dates");
        form.fields.area.setValue(area(form, "GN004004"));
        form.fields.dimension.setValue(Dimension.ECONOMIC);
        test(form.fields.currency).setValue("francs");
        test(form.save).click();
        assertThat(form.fields.title.isInvalid()).isFalse();
        assertThat(form.fields.currency.isInvalid()).isTrue();

        test(form.fields.currency).setValue("GNF");
        test(form.fields.plannedStart).setValue(LocalDate.of(2026, 5, 1));
        test(form.fields.plannedEnd).setValue(LocalDate.of(2026, 4, 1));
        test(form.save).click();

        assertThat(form.fields.plannedEnd.isInvalid()).isTrue();
        assertThat(form.fields.plannedEnd.getErrorMessage()).isEqualTo("The end cannot come before the start.");
        assertThat(find(ProjectForm.class).all()).hasSize(1);
        assertThat(projects.count(titled("Backwards dates"))).isZero();
    }

    @Test
    void staff_change_a_project_from_its_page() {
        long id = projects.create(ProjectSamples.ongoing("Bakery Kankan", PCode.of("GN004004"), null))
                .id();
        ProjectDetailView view = navigate(ProjectDetailView.class, Map.of("projectId", String.valueOf(id)));
        test(view.edit).click();
        ProjectForm form = find(ProjectForm.class).single();

        assertThat(form.fields.title.getValue()).isEqualTo("Bakery Kankan");
        test(form.fields.partner).setValue("Women's cooperative");
        test(form.fields.actualStart).setValue(LocalDate.of(2026, 2, 1));
        test(form.save).click();

        assertThat(projects.get(id).data().implementingPartner()).isEqualTo("Women's cooperative");
        assertThat(projects.get(id).data().actualStart()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(projects.get(id).data().targetedPeople()).isEqualTo(120);
        assertThat(view.facts.getElement().getText() + texts(view)).contains("Women's cooperative");
    }

    @Test
    void staff_change_and_remove_milestones() {
        long id = projects.create(ProjectSamples.ongoing("Tailoring Kankan", PCode.of("GN004004"), null))
                .id();
        projects.saveMilestones(
                id,
                java.util.List.of(
                        Milestone.of("Machines bought", null, null, MilestoneStatus.PLANNED, null),
                        Milestone.of("Training", null, null, MilestoneStatus.PLANNED, null)));
        ProjectDetailView view = navigate(ProjectDetailView.class, Map.of("projectId", String.valueOf(id)));

        test(actions(view, 0, 2)).click();
        MilestoneDialog dialog = find(MilestoneDialog.class).single();
        test(dialog.title).setValue("Six machines bought");
        dialog.status.setValue(MilestoneStatus.DONE);
        test(dialog.save).click();

        assertThat(projects.milestones(id))
                .extracting(Milestone::title, Milestone::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Six machines bought", MilestoneStatus.DONE),
                        org.assertj.core.groups.Tuple.tuple("Training", MilestoneStatus.PLANNED));
        assertThat(projects.get(id).data().progressPercent()).isEqualTo(50);

        test(actions(view, 1, 3)).click();
        assertThat(projects.milestones(id)).extracting(Milestone::title).containsExactly("Six machines bought");
        assertThat(projects.get(id).data().progressPercent()).isEqualTo(100);
    }

    private com.vaadin.flow.component.button.Button actions(ProjectDetailView view, int row, int button) {
        var cell = (com.vaadin.flow.component.orderedlayout.HorizontalLayout)
                test(view.milestoneGrid).getCellComponent(row, 4);
        return (com.vaadin.flow.component.button.Button) cell.getComponentAt(button);
    }

    private static String texts(ProjectDetailView view) {
        StringBuilder all = new StringBuilder();
        view.facts.getChildren().forEach(c -> all.append(c.getElement().getTextRecursively()));
        return all.toString();
    }

    private static AdminArea area(ProjectForm form, String pcode) {
        return form.fields
                .area
                .getListDataView()
                .getItems()
                .filter(a -> a.pcode().value().equals(pcode))
                .findFirst()
                .orElseThrow();
    }

    private static ProjectFilter titled(String title) {
        return new ProjectFilter(null, null, null, null, null, null, title);
    }
}
