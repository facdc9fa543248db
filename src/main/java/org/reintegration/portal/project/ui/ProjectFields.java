package org.reintegration.portal.project.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.reintegration.portal.base.BidiText;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.LatLon;
import org.reintegration.portal.base.ui.Localized;
import org.reintegration.portal.community.Community;
import org.reintegration.portal.community.CommunityFilter;
import org.reintegration.portal.community.CommunityService;
import org.reintegration.portal.community.CommunitySort;
import org.reintegration.portal.geo.AdminArea;
import org.reintegration.portal.initiative.Beneficiaries;
import org.reintegration.portal.initiative.Dimension;
import org.reintegration.portal.initiative.InitiativeType;
import org.reintegration.portal.project.ProjectData;
import org.reintegration.portal.project.ProjectStatus;

/**
 * The fields of a project, each with its label and limits; reads them into {@link ProjectData},
 * marking every field that is wrong.
 */
class ProjectFields extends FormLayout {

    final TextField code = new TextField();
    final ComboBox<Community> community = new ComboBox<>();
    final ComboBox<AdminArea> area = new ComboBox<>();
    final TextField locationName = new TextField();
    final Select<Dimension> dimension = new Select<>();
    final Select<InitiativeType> type = new Select<>();
    final TextField sector = new TextField();
    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final TextField partner = new TextField();
    final TextField funder = new TextField();
    final Select<ProjectStatus> status = new Select<>();
    final DatePicker plannedStart = Localized.datePicker(new DatePicker());
    final DatePicker plannedEnd = Localized.datePicker(new DatePicker());
    final DatePicker actualStart = Localized.datePicker(new DatePicker());
    final DatePicker actualEnd = Localized.datePicker(new DatePicker());
    final IntegerField progress = new IntegerField();
    final Checkbox fromMilestones = new Checkbox();
    final NumberField latitude = new NumberField();
    final NumberField longitude = new NumberField();
    final Checkbox confidential = new Checkbox();
    final Select<Beneficiaries> beneficiaries = new Select<>();
    final IntegerField targetedPeople = new IntegerField();
    final IntegerField targetedReturnees = new IntegerField();
    final IntegerField reachedPeople = new IntegerField();
    final BigDecimalField budget = new BigDecimalField();
    final BigDecimalField spent = new BigDecimalField();
    final TextField currency = new TextField();

    private final CommunityService communities;
    private final List<AdminArea> areaChoices;
    /** The form field each name of {@link ProjectData} (and of the service's refusals) stands for. */
    private final Map<String, HasValidation> fields;

    ProjectFields(CommunityService communities, List<AdminArea> areaChoices, String defaultCurrency) {
        this.communities = communities;
        this.areaChoices = areaChoices;
        code.setLabel(getTranslation("projects.code"));
        code.setMaxLength(ProjectData.CODE_MAX);
        code.setHelperText(getTranslation("projects.code.help"));
        code.setId("project-code");
        community.setLabel(getTranslation("projects.community"));
        community.setItems(
                query -> communities
                        .list(
                                new CommunityFilter(null, query.getFilter().orElse(null), false),
                                CommunitySort.NAME,
                                query.getOffset(),
                                query.getLimit())
                        .stream(),
                query -> communities.count(
                        new CommunityFilter(null, query.getFilter().orElse(null), false)));
        community.setItemLabelGenerator(
                c -> BidiText.isolate(c.data().name()) + " · " + c.data().area().value());
        community.setClearButtonVisible(true);
        community.setHelperText(getTranslation("projects.community.help"));
        community.setId("project-community");
        area.setLabel(getTranslation("projects.area"));
        area.setItems(areaChoices);
        area.setItemLabelGenerator(a -> a.pcode().value() + " · " + a.nameIn(getLocale()));
        area.setRequired(true);
        area.setId("project-area");
        community.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                areaChoices.stream()
                        .filter(a -> a.pcode().equals(e.getValue().data().area()))
                        .findFirst()
                        .ifPresent(area::setValue);
            }
        });
        locationName.setLabel(getTranslation("projects.location-name"));
        locationName.setMaxLength(ProjectData.TEXT_MAX);
        dimension.setLabel(getTranslation("projects.dimension"));
        dimension.setItems(Dimension.values());
        dimension.setItemLabelGenerator(d -> getTranslation(d.labelKey()));
        dimension.setRequiredIndicatorVisible(true);
        dimension.setId("project-dimension");
        type.setLabel(getTranslation("projects.type"));
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("projects.type.none"));
        type.setItemLabelGenerator(
                t -> t == null ? getTranslation("projects.type.none") : getTranslation(t.labelKey()));
        dimension.addValueChangeListener(e -> {
            InitiativeType kept = type.getValue();
            type.setItems(e.getValue() == null ? List.of() : InitiativeType.of(e.getValue()));
            if (kept != null && kept.dimension() == e.getValue()) {
                type.setValue(kept);
            }
        });
        sector.setLabel(getTranslation("projects.sector"));
        sector.setMaxLength(ProjectData.TEXT_MAX);
        title.setLabel(getTranslation("projects.title"));
        title.setMaxLength(ProjectData.TITLE_MAX);
        title.setRequired(true);
        title.setId("project-title-field");
        description.setLabel(getTranslation("projects.description"));
        description.setMaxLength(ProjectData.DESCRIPTION_MAX);
        partner.setLabel(getTranslation("projects.partner"));
        partner.setMaxLength(ProjectData.TEXT_MAX);
        partner.setId("project-partner");
        funder.setLabel(getTranslation("projects.funder"));
        funder.setMaxLength(ProjectData.TEXT_MAX);
        status.setLabel(getTranslation("projects.status"));
        status.setItems(ProjectStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("projects.status." + s.name()));
        status.setValue(ProjectStatus.PLANNED);
        plannedStart.setLabel(getTranslation("projects.planned-start"));
        plannedEnd.setLabel(getTranslation("projects.planned-end"));
        plannedEnd.setId("project-planned-end");
        actualStart.setLabel(getTranslation("projects.actual-start"));
        actualEnd.setLabel(getTranslation("projects.actual-end"));
        Stream.of(plannedStart, plannedEnd, actualStart, actualEnd).forEach(d -> d.setLocale(getLocale()));
        progress.setLabel(getTranslation("projects.progress"));
        progress.setSuffixComponent(new Span("%"));
        progress.setMin(0);
        progress.setMax(100);
        progress.setValue(0);
        progress.setId("project-progress");
        fromMilestones.setLabel(getTranslation("projects.progress.from-milestones"));
        fromMilestones.addValueChangeListener(e -> progress.setEnabled(!e.getValue()));
        latitude.setLabel(getTranslation("projects.latitude"));
        latitude.setMin(-90);
        latitude.setMax(90);
        longitude.setLabel(getTranslation("projects.longitude"));
        longitude.setMin(-180);
        longitude.setMax(180);
        confidential.setLabel(getTranslation("projects.confidential"));
        beneficiaries.setLabel(getTranslation("projects.beneficiaries"));
        beneficiaries.setItems(Beneficiaries.values());
        beneficiaries.setEmptySelectionAllowed(true);
        beneficiaries.setItemLabelGenerator(b -> b == null ? "" : getTranslation("beneficiaries." + b.name()));
        targetedPeople.setLabel(getTranslation("projects.targeted"));
        targetedReturnees.setLabel(getTranslation("projects.targeted-returnees"));
        reachedPeople.setLabel(getTranslation("projects.reached"));
        Stream.of(targetedPeople, targetedReturnees, reachedPeople).forEach(f -> f.setMin(0));
        budget.setLabel(getTranslation("projects.budget"));
        budget.setId("project-budget");
        spent.setLabel(getTranslation("projects.spent"));
        currency.setLabel(getTranslation("projects.currency"));
        currency.setMaxLength(3);
        currency.setValue(defaultCurrency);
        currency.setId("project-currency");

        fields = Map.ofEntries(
                Map.entry("code", code),
                Map.entry("communityId", community),
                Map.entry("area", area),
                Map.entry("locationName", locationName),
                Map.entry("dimension", dimension),
                Map.entry("type", type),
                Map.entry("sector", sector),
                Map.entry("title", title),
                Map.entry("description", description),
                Map.entry("implementingPartner", partner),
                Map.entry("funder", funder),
                Map.entry("status", status),
                Map.entry("plannedStart", plannedStart),
                Map.entry("plannedEnd", plannedEnd),
                Map.entry("actualStart", actualStart),
                Map.entry("actualEnd", actualEnd),
                Map.entry("progressPercent", progress),
                Map.entry("latitude", latitude),
                Map.entry("longitude", longitude),
                Map.entry("targetedPeople", targetedPeople),
                Map.entry("targetedReturnees", targetedReturnees),
                Map.entry("reachedPeople", reachedPeople),
                Map.entry("budget", budget),
                Map.entry("spent", spent),
                Map.entry("currency", currency));

        add(
                title,
                code,
                community,
                area,
                locationName,
                dimension,
                type,
                sector,
                partner,
                funder,
                status,
                progress,
                fromMilestones,
                plannedStart,
                plannedEnd,
                actualStart,
                actualEnd,
                beneficiaries,
                targetedPeople,
                targetedReturnees,
                reachedPeople,
                budget,
                spent,
                currency,
                latitude,
                longitude,
                confidential,
                description);
        setColspan(description, 2);
    }

    /** Shows a stored project's values. */
    void fill(ProjectData d) {
        code.setValue(nonNull(d.code()));
        if (d.communityId() != null) {
            community.setValue(communities.get(d.communityId()));
        }
        areaChoices.stream().filter(a -> a.pcode().equals(d.area())).findFirst().ifPresent(area::setValue);
        locationName.setValue(nonNull(d.locationName()));
        dimension.setValue(d.dimension());
        type.setValue(d.type());
        sector.setValue(nonNull(d.sector()));
        title.setValue(d.title());
        description.setValue(nonNull(d.description()));
        partner.setValue(nonNull(d.implementingPartner()));
        funder.setValue(nonNull(d.funder()));
        status.setValue(d.status());
        plannedStart.setValue(d.plannedStart());
        plannedEnd.setValue(d.plannedEnd());
        actualStart.setValue(d.actualStart());
        actualEnd.setValue(d.actualEnd());
        progress.setValue(d.progressPercent());
        fromMilestones.setValue(d.progressFromMilestones());
        if (d.location() != null) {
            latitude.setValue(d.location().lat());
            longitude.setValue(d.location().lon());
        }
        confidential.setValue(d.confidential());
        beneficiaries.setValue(d.beneficiaries());
        targetedPeople.setValue(d.targetedPeople());
        targetedReturnees.setValue(d.targetedReturnees());
        reachedPeople.setValue(d.reachedPeople());
        budget.setValue(d.budget());
        spent.setValue(d.spent());
        currency.setValue(nonNull(d.currency()));
    }

    /** Marks the field a refusal of the service names (or the title, for a field the form lacks). */
    void show(InvalidFieldException refused) {
        invalid(fields.getOrDefault(refused.field(), title), refused.messageKey());
    }

    /** What the form says, or null when a field is wrong (each wrong field is marked). */
    ProjectData read() {
        fields.values().forEach(f -> f.setInvalid(false));
        boolean ok = true;
        if (title.getValue().isBlank()) {
            ok = invalid(title, "projects.error.title");
        }
        if (area.getValue() == null) {
            ok = invalid(area, "projects.error.area");
        }
        if (dimension.getValue() == null) {
            ok = invalid(dimension, "projects.error.dimension");
        }
        Integer percent = fromMilestones.getValue() && progress.getValue() == null ? 0 : progress.getValue();
        if (percent == null || percent < 0 || percent > 100) {
            ok = invalid(progress, "projects.error.progress");
        }
        for (IntegerField count : List.of(targetedPeople, targetedReturnees, reachedPeople)) {
            if (count.getValue() != null && count.getValue() < 0) {
                ok = invalid(count, "projects.error.count");
            }
        }
        for (BigDecimalField amount : List.of(budget, spent)) {
            if (amount.getValue() != null
                    && (amount.getValue().signum() < 0
                            || amount.getValue().stripTrailingZeros().scale() > 2)) {
                ok = invalid(amount, "projects.error.amount");
            }
        }
        String currencyCode = currency.getValue().strip();
        if (!currencyCode.isEmpty() && !currencyCode.matches("[A-Z]{3}")) {
            ok = invalid(currency, "projects.error.currency");
        }
        LatLon location = null;
        if ((latitude.getValue() == null) != (longitude.getValue() == null)) {
            ok = invalid(latitude.getValue() == null ? latitude : longitude, "projects.error.location-pair");
        } else if (latitude.getValue() != null) {
            if (Math.abs(latitude.getValue()) > 90) {
                ok = invalid(latitude, "projects.error.latitude");
            } else if (Math.abs(longitude.getValue()) > 180) {
                ok = invalid(longitude, "projects.error.longitude");
            } else {
                location = new LatLon(latitude.getValue(), longitude.getValue());
            }
        }
        if (!ok) {
            return null;
        }
        try {
            return new ProjectData(
                    blankToNull(code.getValue()),
                    community.getValue() == null ? null : community.getValue().id(),
                    area.getValue().pcode(),
                    blankToNull(locationName.getValue()),
                    dimension.getValue(),
                    type.getValue(),
                    blankToNull(sector.getValue()),
                    title.getValue(),
                    blankToNull(description.getValue()),
                    blankToNull(partner.getValue()),
                    blankToNull(funder.getValue()),
                    status.getValue(),
                    plannedStart.getValue(),
                    plannedEnd.getValue(),
                    actualStart.getValue(),
                    actualEnd.getValue(),
                    percent,
                    fromMilestones.getValue(),
                    location,
                    confidential.getValue(),
                    beneficiaries.getValue(),
                    targetedPeople.getValue(),
                    targetedReturnees.getValue(),
                    reachedPeople.getValue(),
                    budget.getValue(),
                    spent.getValue(),
                    currencyCode.isEmpty() ? null : currencyCode);
        } catch (IllegalArgumentException shape) {
            // The record's checks name the field first ("title: required"); show it there.
            String field = shape.getMessage() == null ? "" : shape.getMessage().split(":", 2)[0];
            invalid(fields.getOrDefault(field, title), "projects.error.shape");
            return null;
        }
    }

    private boolean invalid(HasValidation field, String key) {
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(true);
        return false;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
