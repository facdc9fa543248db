package org.reintegration.portal.community.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.accordion.Accordion;
import com.vaadin.flow.component.accordion.AccordionPanel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.ui.Localized;
import org.reintegration.portal.community.TensionLevel;
import org.reintegration.portal.community.profile.AccessRating;
import org.reintegration.portal.community.profile.AssessmentMethod;
import org.reintegration.portal.community.profile.Participant;
import org.reintegration.portal.community.profile.Profile;
import org.reintegration.portal.community.profile.ProfileData;
import org.reintegration.portal.community.profile.ProfileService;
import org.reintegration.portal.community.profile.ServiceAccess;
import org.reintegration.portal.community.profile.ServiceKind;
import org.reintegration.portal.community.profile.TensionDriver;

/**
 * Records a new dated profile of a community, starting from the values of the current one. Each problem is shown next to its field (and its
 * section is opened); nothing is stored until everything is right.
 */
class ProfileDialog extends Dialog {

    final DatePicker assessedOn = Localized.datePicker(new DatePicker());
    final Select<AssessmentMethod> method = new Select<>();
    final CheckboxGroup<Participant> participants = new CheckboxGroup<>();
    final TextArea sourceNotes = new TextArea();
    final PeopleSection people = new PeopleSection();
    final Map<ServiceKind, Select<AccessRating>> serviceRatings = new EnumMap<>(ServiceKind.class);
    final Map<ServiceKind, TextField> serviceNotes = new EnumMap<>(ServiceKind.class);
    final TextArea mainSectors = new TextArea();
    final TextArea opportunities = new TextArea();
    final TextArea skillsInDemand = new TextArea();
    final RadioButtonGroup<TensionLevel> tension = new RadioButtonGroup<>();
    final CheckboxGroup<TensionDriver> tensionDrivers = new CheckboxGroup<>();
    final TextArea incidents = new TextArea();
    final TextArea psychosocialResources = new TextArea();
    final TextArea priorityNeeds = new TextArea();
    final SuitabilitySection suitability = new SuitabilitySection();
    final Paragraph startedFrom = new Paragraph();
    final Button save = new Button();

    private final ProfileService profiles;
    private final long communityId;
    private final LocalDate today;
    private final Runnable onSaved;
    private final Accordion sections = new Accordion();
    private final List<AccordionPanel> panels = new ArrayList<>();
    private final Map<Component, Integer> sectionOf = new LinkedHashMap<>();

    /**
     * @param current the community's newest profile, whose values (all but the date) the new one starts from;
     *     null when there is none
     * @param today the date after which an assessment lies in the future
     */
    ProfileDialog(ProfileService profiles, long communityId, Profile current, LocalDate today, Runnable onSaved) {
        this.profiles = profiles;
        this.communityId = communityId;
        this.today = today;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation("profiles.record"));
        setWidth("min(60em, 95vw)");

        assessedOn.setLabel(getTranslation("profiles.assessed-on"));
        assessedOn.setRequired(true);
        assessedOn.setMax(today);
        assessedOn.setManualValidation(true);
        assessedOn.setId("profile-assessed-on");
        method.setLabel(getTranslation("profiles.method"));
        method.setItems(AssessmentMethod.values());
        method.setItemLabelGenerator(m -> capitalised(getTranslation("profiles.method." + m.name())));
        method.setRequiredIndicatorVisible(true);
        method.setId("profile-method");
        participants.setLabel(getTranslation("profiles.participants"));
        participants.setItems(Participant.values());
        participants.setItemLabelGenerator(p -> getTranslation("profiles.participant." + p.name()));
        sourceNotes.setLabel(getTranslation("profiles.source-notes"));
        sourceNotes.setMaxLength(ProfileData.NOTES_MAX);
        FormLayout assessment = new FormLayout(assessedOn, method, participants, sourceNotes);
        assessment.setColspan(participants, 2);
        assessment.setColspan(sourceNotes, 2);
        section("profiles.section.assessment", assessment, assessedOn, method, sourceNotes);

        section("profiles.section.people", people, people.fields().toArray(Component[]::new));

        FormLayout services = new FormLayout();
        services.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        for (ServiceKind kind : ServiceKind.values()) {
            Select<AccessRating> rating = new Select<>();
            rating.setLabel(getTranslation("profiles.service." + kind.name()));
            rating.setItems(AccessRating.values());
            rating.setEmptySelectionAllowed(true);
            rating.setEmptySelectionCaption(getTranslation("profiles.not-rated"));
            rating.setItemLabelGenerator(r ->
                    r == null ? getTranslation("profiles.not-rated") : getTranslation("profiles.access." + r.name()));
            TextField note = new TextField(getTranslation("profiles.note"));
            note.setMaxLength(ServiceAccess.NOTE_MAX);
            serviceRatings.put(kind, rating);
            serviceNotes.put(kind, note);
            services.add(rating, note);
        }
        section("profiles.section.services", services, serviceNotes.values().toArray(Component[]::new));

        mainSectors.setLabel(getTranslation("profiles.field.mainSectors"));
        mainSectors.setMaxLength(ProfileData.SECTORS_MAX);
        opportunities.setLabel(getTranslation("profiles.opportunities"));
        opportunities.setMaxLength(ProfileData.NOTES_MAX);
        skillsInDemand.setLabel(getTranslation("profiles.skills-in-demand"));
        skillsInDemand.setMaxLength(ProfileData.NOTES_MAX);
        FormLayout livelihoods = new FormLayout(mainSectors, opportunities, skillsInDemand);
        livelihoods.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        section("profiles.section.livelihoods", livelihoods, mainSectors, opportunities, skillsInDemand);

        tension.setLabel(getTranslation("profiles.field.tension"));
        tension.setItems(TensionLevel.values());
        tension.setItemLabelGenerator(t -> getTranslation("tension." + t.name()));
        tension.setRequiredIndicatorVisible(true);
        tension.setId("profile-tension");
        tensionDrivers.setLabel(getTranslation("profiles.field.tensionDrivers"));
        tensionDrivers.setItems(TensionDriver.values());
        tensionDrivers.setItemLabelGenerator(d -> getTranslation("profiles.driver." + d.name()));
        incidents.setLabel(getTranslation("profiles.incidents"));
        incidents.setHelperText(getTranslation("profiles.incidents.helper"));
        incidents.setMaxLength(ProfileData.INCIDENTS_MAX);
        psychosocialResources.setLabel(getTranslation("profiles.psychosocial-resources"));
        psychosocialResources.setMaxLength(ProfileData.NOTES_MAX);
        FormLayout cohesion = new FormLayout(tension, tensionDrivers, incidents, psychosocialResources);
        cohesion.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        section("profiles.section.cohesion", cohesion, tension, incidents, psychosocialResources);

        priorityNeeds.setLabel(getTranslation("profiles.priority-needs"));
        priorityNeeds.setHelperText(
                getTranslation("profiles.priority-needs.helper", ProfileData.NEEDS_MAX, ProfileData.NEED_MAX));
        priorityNeeds.setWidthFull();
        priorityNeeds.setMinRows(4);
        section("profiles.section.needs", priorityNeeds, priorityNeeds);

        section(
                "profiles.section.suitability",
                suitability,
                suitability.notes.values().toArray(Component[]::new));

        sections.setWidthFull();
        sections.open(0);
        if (current != null) {
            // A new assessment mostly confirms the last one: staff change what changed rather than type it all again.
            fill(current.data());
            startedFrom.setText(getTranslation(
                    "profiles.started-from",
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                            .withLocale(getLocale())
                            .format(current.data().assessedOn())));
            startedFrom.setId("profile-started-from");
            add(startedFrom);
        }
        add(sections);

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        save.setId("profile-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    private void section(String titleKey, Component content, Component... validated) {
        int index = panels.size();
        AccordionPanel panel = sections.add(getTranslation(titleKey), content);
        panels.add(panel);
        Arrays.stream(validated).forEach(c -> sectionOf.put(c, index));
    }

    /** Fills every field from an earlier profile, except the date of the new assessment. */
    void fill(ProfileData data) {
        method.setValue(data.method());
        participants.setValue(data.participants());
        sourceNotes.setValue(orEmpty(data.sourceNotes()));
        people.fill(data);
        serviceRatings.values().forEach(Select::clear);
        serviceNotes.values().forEach(TextField::clear);
        for (ServiceAccess s : data.services()) {
            serviceRatings.get(s.service()).setValue(s.rating());
            serviceNotes.get(s.service()).setValue(orEmpty(s.note()));
        }
        mainSectors.setValue(orEmpty(data.mainSectors()));
        opportunities.setValue(orEmpty(data.opportunities()));
        skillsInDemand.setValue(orEmpty(data.skillsInDemand()));
        tension.setValue(data.tension());
        tensionDrivers.setValue(data.tensionDrivers());
        incidents.setValue(orEmpty(data.incidents()));
        psychosocialResources.setValue(orEmpty(data.psychosocialResources()));
        priorityNeeds.setValue(String.join("\n", data.priorityNeeds()));
        suitability.fill(data.suitability());
    }

    void save() {
        sectionOf.keySet().forEach(c -> ((HasValidation) c).setInvalid(false));
        List<Component> problems = new ArrayList<>();
        if (assessedOn.getValue() == null) {
            problems.add(invalid(assessedOn, "profiles.error.date"));
        } else if (assessedOn.getValue().isAfter(today)) {
            problems.add(invalid(assessedOn, "profiles.error.future-date"));
        }
        if (method.getValue() == null) {
            problems.add(invalid(method, "profiles.error.method"));
        }
        for (IntegerField number : people.fields()) {
            if (number.getValue() != null && number.getValue() < 0) {
                problems.add(invalid(number, "profiles.error.count"));
            }
        }
        if (tension.getValue() == null) {
            problems.add(invalid(tension, "profiles.error.tension"));
        }
        List<String> needs = priorityNeeds
                .getValue()
                .lines()
                .map(String::strip)
                .filter(n -> !n.isEmpty())
                .toList();
        if (needs.size() > ProfileData.NEEDS_MAX || needs.stream().anyMatch(n -> n.length() > ProfileData.NEED_MAX)) {
            problems.add(problem(
                    priorityNeeds,
                    getTranslation("profiles.error.needs", ProfileData.NEEDS_MAX, ProfileData.NEED_MAX)));
        }
        for (Component c : sectionOf.keySet()) {
            int max = c instanceof TextField f ? f.getMaxLength() : c instanceof TextArea a ? a.getMaxLength() : 0;
            String text = c instanceof TextField f ? f.getValue() : c instanceof TextArea a ? a.getValue() : "";
            if (max > 0 && text.strip().length() > max) {
                problems.add(problem((HasValidation) c, getTranslation("profiles.error.too-long", max)));
            }
        }
        if (!problems.isEmpty()) {
            openSectionOf(problems.getFirst());
            return;
        }
        try {
            profiles.record(communityId, data(needs));
        } catch (InvalidFieldException e) {
            invalid(assessedOn, e.messageKey());
            openSectionOf(assessedOn);
            return;
        }
        onSaved.run();
        close();
    }

    private ProfileData data(List<String> needs) {
        List<ServiceAccess> services = new ArrayList<>();
        serviceRatings.forEach((kind, rating) -> {
            if (rating.getValue() != null) {
                services.add(new ServiceAccess(
                        kind, rating.getValue(), serviceNotes.get(kind).getValue()));
            }
        });
        return new ProfileData(
                assessedOn.getValue(),
                method.getValue(),
                participants.getValue(),
                sourceNotes.getValue(),
                people.population.getValue(),
                people.households.getValue(),
                people.populationCounts(),
                services,
                mainSectors.getValue(),
                opportunities.getValue(),
                skillsInDemand.getValue(),
                tension.getValue(),
                tensionDrivers.getValue(),
                incidents.getValue(),
                psychosocialResources.getValue(),
                needs,
                suitability.suitability());
    }

    private void openSectionOf(Component field) {
        Integer index = sectionOf.get(field);
        if (index != null) {
            sections.open(index);
        }
    }

    private Component invalid(HasValidation field, String key) {
        return problem(field, getTranslation(key));
    }

    private Component problem(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        return (Component) field;
    }

    private String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(getLocale()) + text.substring(1);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
