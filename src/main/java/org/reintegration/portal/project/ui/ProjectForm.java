package org.reintegration.portal.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.List;
import java.util.function.Consumer;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.community.CommunityService;
import org.reintegration.portal.geo.AdminArea;
import org.reintegration.portal.project.Project;
import org.reintegration.portal.project.ProjectData;
import org.reintegration.portal.project.ProjectService;

/**
 * Enters a project directly (one that predates the portal, say) or changes every field of one. Each
 * problem is shown next to its field, and nothing is stored until all are solved.
 */
class ProjectForm extends Dialog {

    final ProjectFields fields;
    final Button save = new Button();

    private final ProjectService projects;
    private final Project existing;
    private final Consumer<Project> onSaved;

    ProjectForm(
            ProjectService projects,
            CommunityService communities,
            List<AdminArea> areaChoices,
            String defaultCurrency,
            Project existing,
            Consumer<Project> onSaved) {
        this.projects = projects;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(existing == null ? "projects.new" : "projects.edit"));
        setWidth("60em");

        fields = new ProjectFields(communities, areaChoices, defaultCurrency);
        if (existing != null) {
            fields.fill(existing.data());
        }
        add(fields);

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        save.setId("project-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    /** Stores the project when every field is right; otherwise marks each wrong field and stores nothing. */
    void save() {
        ProjectData data = fields.read();
        if (data == null) {
            return;
        }
        try {
            Project saved = existing == null ? projects.create(data) : projects.update(existing.id(), data);
            close();
            onSaved.accept(saved);
        } catch (InvalidFieldException refused) {
            fields.show(refused);
        }
    }
}
