package org.reintegration.portal.initiative.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.reintegration.portal.base.BidiText;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.LatLon;
import org.reintegration.portal.initiative.Beneficiaries;
import org.reintegration.portal.initiative.CommunityChoice;
import org.reintegration.portal.initiative.Dimension;
import org.reintegration.portal.initiative.InitiativeData;
import org.reintegration.portal.initiative.InitiativeService;
import org.reintegration.portal.initiative.InitiativeType;
import org.reintegration.portal.initiative.TypeDetails;

/**
 * The fields of an initiative, shared by the public proposal form and the staff dialog. The type's
 * own fields appear when a type is chosen; each problem is shown next to its field.
 */
class InitiativeForm extends FormLayout {

    /** Languages a proposal may be written in: the portal's, and common ones of the programmes. */
    static final List<String> TEXT_LANGUAGES =
            List.of("fr", "en", "ar", "pt", "ff", "man", "sus", "ha", "yo", "ig", "am", "om", "ti", "ku", "wo");

    final ComboBox<CommunityChoice> community = new ComboBox<>();
    // Three choices shown at once: a radio group is quicker on a phone than a menu, and it may carry the required
    // mark (a Select may not: aria-required on its button role is an accessibility error)
    final RadioButtonGroup<Dimension> dimension = new RadioButtonGroup<>();
    final Select<InitiativeType> type = new Select<>();
    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final Select<String> textLanguage = new Select<>();
    final BigDecimalField cost = new BigDecimalField();
    final Select<Beneficiaries> beneficiaries = new Select<>();
    final IntegerField returnees = new IntegerField();
    final IntegerField residents = new IntegerField();
    final NumberField latitude = new NumberField();
    final NumberField longitude = new NumberField();
    final Checkbox confidential = new Checkbox();
    private final FieldChecks checks = new FieldChecks(this, this::getLocale);
    final TypeDetailFields details = new TypeDetailFields(checks);
    final PhotoField photo = new PhotoField();

    InitiativeForm(InitiativeService initiatives) {
        community.setLabel(getTranslation("initiatives.community"));
        community.setItems(
                query ->
                        initiatives
                                .communityChoices(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                                .stream(),
                query -> initiatives.countCommunityChoices(query.getFilter().orElse("")));
        community.setItemLabelGenerator(c -> c.areaName() == null
                ? BidiText.isolate(c.name())
                : BidiText.isolate(c.name()) + " · " + BidiText.isolate(c.areaName()));
        community.setRequired(true);
        community.setId("initiative-community");

        dimension.setLabel(getTranslation("initiatives.dimension"));
        dimension.setItems(Dimension.values());
        dimension.setItemLabelGenerator(d -> d == null ? "" : getTranslation(d.labelKey()));
        dimension.setRequiredIndicatorVisible(true);
        dimension.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        dimension.setId("initiative-dimension");
        type.setLabel(getTranslation("initiatives.type"));
        type.setItemLabelGenerator(t -> t == null ? "" : getTranslation(t.labelKey()));
        // No required indicator: on a Select it puts aria-required on a role=button element, which is not
        // allowed there (axe-core: critical). A missing type is still refused next to the field.
        type.setHelperText(getTranslation("propose.type-help"));
        type.setId("initiative-type");
        dimension.addValueChangeListener(e -> {
            type.setItems(e.getValue() == null ? List.of() : InitiativeType.of(e.getValue()));
        });
        type.addValueChangeListener(e -> {
            details.show(e.getValue());
            if (e.getValue() != null) {
                confidential.setValue(e.getValue().confidentialByDefault());
            }
        });

        title.setLabel(getTranslation("initiatives.title-field"));
        checks.counted(title, InitiativeData.TITLE_MAX);
        title.setRequired(true);
        title.setId("initiative-title");
        description.setLabel(getTranslation("initiatives.description"));
        checks.counted(description, InitiativeData.DESCRIPTION_MAX);
        description.setRequired(true);
        description.setId("initiative-description");
        textLanguage.setLabel(getTranslation("initiatives.text-language"));
        textLanguage.setItems(TEXT_LANGUAGES);
        textLanguage.setItemLabelGenerator(code -> Locale.of(code).getDisplayLanguage(getLocale()));
        textLanguage.setValue(
                getLocale().getLanguage().isEmpty() ? "en" : getLocale().getLanguage());
        cost.setLabel(getTranslation("initiatives.cost-estimate"));
        cost.setSuffixComponent(new Span(initiatives.currency()));
        cost.setRequiredIndicatorVisible(true);
        cost.setI18n(new BigDecimalField.BigDecimalFieldI18n()
                .setBadInputErrorMessage(getTranslation("propose.error.cost-range", costMax())));
        cost.setId("initiative-cost");
        beneficiaries.setLabel(getTranslation("initiatives.beneficiaries"));
        beneficiaries.setItems(Beneficiaries.values());
        beneficiaries.setItemLabelGenerator(b -> b == null ? "" : getTranslation("beneficiaries." + b.name()));
        beneficiaries.setValue(Beneficiaries.BOTH);
        returnees.setLabel(getTranslation("initiatives.returnee-beneficiaries"));
        returnees.setMin(0);
        returnees.setMax(InitiativeData.BENEFICIARIES_MAX);
        returnees.setI18n(checks.countMessages());
        returnees.setId("initiative-returnees");
        residents.setLabel(getTranslation("initiatives.resident-beneficiaries"));
        residents.setMin(0);
        residents.setMax(InitiativeData.BENEFICIARIES_MAX);
        residents.setI18n(checks.countMessages());
        residents.setId("initiative-residents");
        latitude.setLabel(getTranslation("initiatives.latitude"));
        latitude.setI18n(locationMessages());
        latitude.setId("initiative-latitude");
        longitude.setLabel(getTranslation("initiatives.longitude"));
        longitude.setI18n(locationMessages());
        longitude.setId("initiative-longitude");
        confidential.setLabel(getTranslation("initiatives.confidential"));
        confidential.setId("initiative-confidential");

        add(community, dimension, type, title, description, textLanguage, cost, beneficiaries, returnees, residents);
        add(latitude, longitude, confidential);
        add(details, photo);
        setColspan(description, 2);
        setColspan(details, 2);
        setColspan(photo, 2);
    }

    /** Shows a stored initiative's values. */
    void fill(InitiativeData data, CommunityChoice choice) {
        community.setValue(choice);
        dimension.setValue(data.dimension());
        type.setValue(data.type());
        title.setValue(data.title());
        description.setValue(data.description());
        textLanguage.setValue(data.textLanguage());
        cost.setValue(data.costEstimate());
        beneficiaries.setValue(data.beneficiaries());
        returnees.setValue(data.returneeBeneficiaries());
        residents.setValue(data.residentBeneficiaries());
        if (data.location() != null) {
            latitude.setValue(data.location().lat());
            longitude.setValue(data.location().lon());
        }
        confidential.setValue(data.confidential());
        details.fill(data.details());
    }

    /**
     * What the form holds, or null when something is missing or wrong; then every field at fault shows
     * its message at once (not one per attempt) and {@link #problems} lists them in the form's order.
     */
    InitiativeData read(Long fixedCommunityId) {
        clearErrors();
        if (fixedCommunityId == null && community.getValue() == null) {
            checks.invalid(community, "initiatives.error.community");
        }
        if (dimension.getValue() == null) {
            checks.invalid(dimension, "propose.error.dimension");
        }
        if (type.getValue() == null) {
            checks.invalid(type, "initiatives.error.type");
        }
        checks.checkText(title, InitiativeData.TITLE_MAX, "initiatives.error.title");
        checks.checkText(description, InitiativeData.DESCRIPTION_MAX, "initiatives.error.description");
        BigDecimal costValue = cost.getValue();
        if (costValue == null) {
            checks.invalid(cost, "initiatives.error.cost");
        } else if (costValue.signum() < 0
                || costValue.compareTo(InitiativeData.COST_MAX) > 0
                || costValue.stripTrailingZeros().scale() > 2) {
            checks.invalid(cost, "propose.error.cost-range", costMax());
        }
        checks.checkCount(returnees, InitiativeData.BENEFICIARIES_MAX);
        checks.checkCount(residents, InitiativeData.BENEFICIARIES_MAX);
        LatLon location = null;
        if ((latitude.getValue() == null) != (longitude.getValue() == null)) {
            checks.invalid(latitude.getValue() == null ? latitude : longitude, "initiatives.error.location-pair");
        } else if (latitude.getValue() != null) {
            if (Math.abs(latitude.getValue()) > 90 || Math.abs(longitude.getValue()) > 180) {
                checks.invalid(Math.abs(latitude.getValue()) > 90 ? latitude : longitude, "initiatives.error.location");
            } else {
                location = new LatLon(latitude.getValue(), longitude.getValue());
            }
        }
        if (type.getValue() != null) {
            details.check(type.getValue());
        }
        if (!checks.problems().isEmpty()) {
            return null;
        }
        try {
            return new InitiativeData(
                    fixedCommunityId != null
                            ? fixedCommunityId
                            : community.getValue().id(),
                    type.getValue(),
                    title.getValue(),
                    description.getValue(),
                    textLanguage.getValue(),
                    cost.getValue(),
                    beneficiaries.getValue(),
                    returnees.getValue(),
                    residents.getValue(),
                    location,
                    confidential.getValue(),
                    new TypeDetails(details.values()));
        } catch (InvalidFieldException e) {
            // A rule only the record knows (such as members adding up): still shown next to its field.
            show(e);
            return null;
        }
    }

    /**
     * The fields at fault after the last {@link #read} or {@link #show}, in the form's order, each with
     * its label and message, for a summary above the button.
     */
    List<Problem> problems() {
        List<Problem> listed = new ArrayList<>();
        for (Component field : checks.problems()) {
            String label = field instanceof HasLabel labelled && labelled.getLabel() != null ? labelled.getLabel() : "";
            String message =
                    switch (field) {
                        case HasValidation validated -> validated.getErrorMessage();
                        default -> "";
                    };
            listed.add(new Problem(field, label, message));
        }
        return listed;
    }

    /** A field at fault: its label and what to do. */
    record Problem(Component field, String label, String message) {}

    /** Shows a refusal next to the field it names (or, for a field the form lacks, next to the title). */
    void show(InvalidFieldException e) {
        String field = e.field();
        if (field.equals("photo")) {
            photo.showError(e.messageKey());
            return;
        }
        Component target =
                switch (field) {
                    case "community" -> community;
                    case "type" -> type;
                    case "title" -> title;
                    case "description" -> description;
                    case "textLanguage" -> textLanguage;
                    case "costEstimate" -> cost;
                    case "beneficiaries" -> beneficiaries;
                    case "returneeBeneficiaries" -> returnees;
                    case "residentBeneficiaries" -> residents;
                    default ->
                        field.startsWith("detail.") ? details.fields.get(field.substring("detail.".length())) : null;
                };
        if (target instanceof HasValidation validated) {
            checks.invalid(validated, e.messageKey());
        } else {
            checks.invalid(title, e.messageKey());
        }
    }

    private void clearErrors() {
        List<HasValidation> fields = new ArrayList<>(List.<HasValidation>of(
                community,
                dimension,
                type,
                title,
                description,
                textLanguage,
                cost,
                beneficiaries,
                returnees,
                residents,
                latitude,
                longitude));
        fields.addAll(details.validated());
        checks.clear(fields);
    }

    private String costMax() {
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(InitiativeData.COST_MAX);
    }

    private NumberField.NumberFieldI18n locationMessages() {
        String range = getTranslation("initiatives.error.location");
        return new NumberField.NumberFieldI18n()
                .setBadInputErrorMessage(range)
                .setMinErrorMessage(range)
                .setMaxErrorMessage(range);
    }
}
