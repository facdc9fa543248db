package org.reintegration.portal.grant.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.reintegration.portal.base.BidiText;
import org.reintegration.portal.base.InvalidInputException;
import org.reintegration.portal.base.ui.HasPageHeading;
import org.reintegration.portal.base.ui.Localized;
import org.reintegration.portal.grant.CofundingKind;
import org.reintegration.portal.grant.Grant;
import org.reintegration.portal.grant.GrantData;
import org.reintegration.portal.grant.GrantService;
import org.reintegration.portal.grant.GranteeKind;
import org.reintegration.portal.project.Project;
import org.reintegration.portal.project.ProjectFilter;
import org.reintegration.portal.project.ProjectService;
import org.reintegration.portal.security.Role;

/**
 * A new grant agreement, saved as a draft, or a draft changed ({@code grants/:grantId/edit}).
 * {@code grants/new?project=12} starts with that project chosen, so a project's page can link here.
 */
@Route("grants/new")
@RouteAlias("grants/:grantId/edit")
@RolesAllowed(Role.STAFF_NAME)
public class GrantFormView extends VerticalLayout implements BeforeEnterObserver, HasPageHeading {

    private final GrantService grants;
    private final ProjectService projectService;
    final TextField title = new TextField();
    final MultiSelectComboBox<Project> projects = new MultiSelectComboBox<>();
    final TextField grantee = new TextField();
    final Select<GranteeKind> granteeKind = new Select<>();
    final TextField contact = new TextField();
    final TextField bankReference = new TextField();
    final BigDecimalField amount = new BigDecimalField();
    final TextField currency = new TextField();
    final BigDecimalField cofunding = new BigDecimalField();
    final Select<CofundingKind> cofundingKind = new Select<>();
    final TextField cofundingNote = new TextField();
    final DatePicker start = Localized.datePicker(new DatePicker());
    final DatePicker end = Localized.datePicker(new DatePicker());
    final IntegerField tolerance = new IntegerField();
    final IntegerField reportEvery = new IntegerField();
    final Button save = new Button();
    /** The draft being changed, or null for a new grant. */
    private Grant editing;
    /** Which field a shape check names ("amount: …") and the message it shows then. */
    private final Map<String, HasValidation> fieldsByName = new LinkedHashMap<>();

    public GrantFormView(GrantService grants, ProjectService projectService) {
        this.grants = grants;
        this.projectService = projectService;
        title.setLabel(getTranslation("grants.title"));
        title.setMaxLength(GrantData.TITLE_MAX);
        projects.setLabel(getTranslation("grants.projects"));
        projects.setItemLabelGenerator(
                p -> BidiText.isolate(p.data().title()) + " — " + BidiText.isolate(p.placeName()));
        projects.setItems(query -> projectService
                .list(
                        new ProjectFilter(
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                query.getFilter().orElse(null)),
                        query.getOffset(),
                        query.getLimit())
                .stream());
        grantee.setLabel(getTranslation("grants.grantee"));
        grantee.setMaxLength(GrantData.GRANTEE_MAX);
        granteeKind.setLabel(getTranslation("grants.grantee-kind"));
        granteeKind.setItems(GranteeKind.values());
        granteeKind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        granteeKind.setValue(GranteeKind.COMMUNITY_ORGANISATION);
        contact.setLabel(getTranslation("grants.contact"));
        contact.setMaxLength(GrantData.CONTACT_MAX);
        bankReference.setLabel(getTranslation("grants.bank-reference"));
        bankReference.setMaxLength(GrantData.BANK_MAX);
        amount.setLabel(getTranslation("grants.amount"));
        currency.setLabel(getTranslation("grants.currency"));
        currency.setMaxLength(3);
        currency.setValue(grants.programmeCurrency());
        cofunding.setLabel(getTranslation("grants.cofunding"));
        cofundingKind.setLabel(getTranslation("grants.cofunding-kind"));
        cofundingKind.setItems(CofundingKind.values());
        cofundingKind.setEmptySelectionAllowed(true);
        cofundingKind.setItemLabelGenerator(k -> k == null ? "" : getTranslation(k.labelKey()));
        cofundingNote.setLabel(getTranslation("grants.cofunding-note"));
        cofundingNote.setMaxLength(GrantData.COFUNDING_NOTE_MAX);
        start.setLabel(getTranslation("grants.start"));
        end.setLabel(getTranslation("grants.end"));
        tolerance.setLabel(getTranslation("grants.tolerance"));
        tolerance.setValue(10);
        tolerance.setMin(0);
        tolerance.setMax(GrantData.TOLERANCE_MAX);
        reportEvery.setLabel(getTranslation("grants.report-every"));
        reportEvery.setValue(3);
        reportEvery.setMin(1);
        reportEvery.setMax(GrantData.REPORT_MONTHS_MAX);
        save.setText(getTranslation("grants.save-draft"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("grant-save");
        save.addClickListener(e -> save());

        fieldsByName.put("title", title);
        fieldsByName.put("projects", projects);
        fieldsByName.put("grantee", grantee);
        fieldsByName.put("contact", contact);
        fieldsByName.put("bank reference", bankReference);
        fieldsByName.put("amount", amount);
        fieldsByName.put("currency", currency);
        fieldsByName.put("co-funding", cofunding);
        fieldsByName.put("co-funding kind", cofundingKind);
        fieldsByName.put("co-funding note", cofundingNote);
        fieldsByName.put("start", start);
        fieldsByName.put("end", end);
        fieldsByName.put("tolerance", tolerance);
        fieldsByName.put("reporting", reportEvery);

        FormLayout form = new FormLayout(
                title,
                projects,
                grantee,
                granteeKind,
                contact,
                bankReference,
                amount,
                currency,
                cofunding,
                cofundingKind,
                cofundingNote,
                start,
                end,
                tolerance,
                reportEvery);
        form.setColspan(title, 2);
        form.setColspan(projects, 2);
        add(form, save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var grantId = event.getRouteParameters().get("grantId");
        if (grantId.isPresent()) {
            try {
                editing = grants.get(Long.parseLong(grantId.get()));
            } catch (NumberFormatException | InvalidInputException noSuchGrant) {
                event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
                return;
            }
            fill(editing.data());
            return;
        }
        event.getLocation().getQueryParameters().getSingleParameter("project").ifPresent(id -> {
            try {
                projects.setValue(Set.of(projectService.get(Long.parseLong(id))));
            } catch (NumberFormatException | InvalidInputException unknown) {
                // no such project: the form starts empty
            }
        });
    }

    private void fill(GrantData d) {
        title.setValue(d.title());
        projects.setValue(d.projectIds().stream().map(projectService::get).collect(Collectors.toSet()));
        grantee.setValue(d.granteeName());
        granteeKind.setValue(d.granteeKind());
        contact.setValue(d.granteeContact() == null ? "" : d.granteeContact());
        bankReference.setValue(d.bankReference() == null ? "" : d.bankReference());
        amount.setValue(d.amount());
        currency.setValue(d.currency());
        cofunding.setValue(d.cofundingAmount());
        cofundingKind.setValue(d.cofundingKind());
        cofundingNote.setValue(d.cofundingNote() == null ? "" : d.cofundingNote());
        start.setValue(d.startOn());
        end.setValue(d.endOn());
        tolerance.setValue(d.tolerancePercent());
        reportEvery.setValue(d.reportEveryMonths());
    }

    void save() {
        fieldsByName.values().forEach(f -> f.setInvalid(false));
        GrantData data;
        try {
            data = new GrantData(
                    title.getValue(),
                    projects.getValue().stream().map(Project::id).collect(Collectors.toSet()),
                    grantee.getValue(),
                    granteeKind.getValue(),
                    contact.getValue(),
                    bankReference.getValue(),
                    amount.getValue(),
                    currency.getValue(),
                    cofunding.getValue(),
                    cofundingKind.getValue(),
                    cofundingNote.getValue(),
                    start.getValue(),
                    end.getValue(),
                    tolerance.getValue() == null ? -1 : tolerance.getValue(),
                    reportEvery.getValue() == null ? 0 : reportEvery.getValue());
        } catch (IllegalArgumentException | NullPointerException e) {
            showProblem(e.getMessage());
            return;
        }
        Grant grant;
        try {
            grant = editing == null ? grants.create(data) : grants.update(editing.id(), data);
        } catch (InvalidInputException refused) {
            title.setErrorMessage(
                    refused instanceof org.reintegration.portal.base.InvalidFieldException field
                            ? getTranslation(field.messageKey())
                            : refused.getMessage());
            title.setInvalid(true);
            return;
        }
        getUI().ifPresent(ui ->
                ui.navigate(GrantDetailView.class, new RouteParameters("grantId", String.valueOf(grant.id()))));
    }

    /** Marks the field a shape check named ("amount: …"); the message says in the user's language what it needs. */
    private void showProblem(String message) {
        String name = message == null ? "" : message.split(":", 2)[0].strip();
        if (name.equals("granteeKind")) {
            name = "grantee";
        } else if (name.equals("co-funding") && message.contains("cash or in kind")) {
            name = "co-funding kind";
        }
        HasValidation field = fieldsByName.containsKey(name) ? fieldsByName.get(name) : title;
        String key = fieldsByName.containsKey(name) ? name.replace(' ', '-') : "title";
        field.setErrorMessage(getTranslation("grants.error.field." + key));
        field.setInvalid(true);
    }

    @Override
    public String pageHeading() {
        return getTranslation(editing == null ? "grants.new" : "grants.edit");
    }
}
