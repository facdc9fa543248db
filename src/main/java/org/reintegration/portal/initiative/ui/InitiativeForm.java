package org.reintegration.portal.initiative.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reintegration.portal.base.BidiText;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.LatLon;
import org.reintegration.portal.initiative.Beneficiaries;
import org.reintegration.portal.initiative.CommunityChoice;
import org.reintegration.portal.initiative.Dimension;
import org.reintegration.portal.initiative.InitiativeData;
import org.reintegration.portal.initiative.InitiativeService;
import org.reintegration.portal.initiative.InitiativeType;
import org.reintegration.portal.initiative.Photo;
import org.reintegration.portal.initiative.TypeDetails;
import org.reintegration.portal.initiative.TypeField;

/**
 * The fields of an initiative, shared by the public proposal form and the staff dialog. The type's
 * own fields appear when a type is chosen; each problem is shown next to its field.
 */
class InitiativeForm extends FormLayout {

    /** Languages a proposal may be written in: the portal's, and common ones of the programmes. */
    static final List<String> TEXT_LANGUAGES =
            List.of("fr", "en", "ar", "pt", "ff", "man", "sus", "ha", "yo", "ig", "am", "om", "ti", "ku", "wo");

    final ComboBox<CommunityChoice> community = new ComboBox<>();
    final Select<Dimension> dimension = new Select<>();
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
    final Div details = new Div();
    final Map<String, Component> detailFields = new LinkedHashMap<>();
    final Upload upload;
    final Span photoError = new Span();
    /** The photo chosen, already checked; null when none. */
    Photo photo;

    private volatile UI ui;

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
        dimension.setId("initiative-dimension");
        type.setLabel(getTranslation("initiatives.type"));
        type.setItemLabelGenerator(t -> t == null ? "" : getTranslation(t.labelKey()));
        // No required indicator: on a Select it puts aria-required on a role=button element, which is not
        // allowed there (axe-core: critical). A missing type is still refused next to the field.
        type.setId("initiative-type");
        dimension.addValueChangeListener(e -> {
            type.setItems(e.getValue() == null ? List.of() : InitiativeType.of(e.getValue()));
        });
        type.addValueChangeListener(e -> showTypeFields(e.getValue()));

        title.setLabel(getTranslation("initiatives.title-field"));
        title.setMaxLength(InitiativeData.TITLE_MAX);
        title.setRequired(true);
        title.setId("initiative-title");
        description.setLabel(getTranslation("initiatives.description"));
        description.setMaxLength(InitiativeData.DESCRIPTION_MAX);
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
        cost.setId("initiative-cost");
        beneficiaries.setLabel(getTranslation("initiatives.beneficiaries"));
        beneficiaries.setItems(Beneficiaries.values());
        beneficiaries.setItemLabelGenerator(b -> b == null ? "" : getTranslation("beneficiaries." + b.name()));
        beneficiaries.setValue(Beneficiaries.BOTH);
        returnees.setLabel(getTranslation("initiatives.returnee-beneficiaries"));
        returnees.setMin(0);
        returnees.setId("initiative-returnees");
        residents.setLabel(getTranslation("initiatives.resident-beneficiaries"));
        residents.setMin(0);
        residents.setId("initiative-residents");
        latitude.setLabel(getTranslation("initiatives.latitude"));
        latitude.setId("initiative-latitude");
        longitude.setLabel(getTranslation("initiatives.longitude"));
        longitude.setId("initiative-longitude");
        confidential.setLabel(getTranslation("initiatives.confidential"));
        confidential.setId("initiative-confidential");

        // The upload arrives on a request thread without the session lock: hand it to the UI to check.
        addAttachListener(attach -> ui = attach.getUI());
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            UI current = ui;
            if (current != null) {
                current.access(() -> photoChosen(bytes));
            }
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(Photo.MAX_BYTES);
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp", ".jpg", ".jpeg", ".png", ".webp");
        upload.addFileRejectedListener(e -> showPhotoError("initiatives.error.photo-size"));
        upload.addFileRemovedListener(e -> photo = null);
        upload.setId("initiative-photo");
        photoError.addClassName("field-error");
        photoError.getStyle().set("color", "var(--lumo-error-text-color)");
        Div photoBox = new Div(new Span(getTranslation("initiatives.photo")), upload, photoError);

        details.setId("initiative-details");
        add(community, dimension, type, title, description, textLanguage, cost, beneficiaries, returnees, residents);
        add(latitude, longitude, confidential);
        add(details, photoBox);
        setColspan(description, 2);
        setColspan(details, 2);
        setColspan(photoBox, 2);
    }

    /** Checks the chosen file as a photo; kept only when it really is one. */
    void photoChosen(byte[] bytes) {
        photoError.setText("");
        try {
            photo = Photo.of(bytes);
        } catch (InvalidFieldException e) {
            photo = null;
            showPhotoError(e.messageKey());
        }
    }

    private void showPhotoError(String key) {
        photoError.setText(getTranslation(key));
    }

    private void showTypeFields(InitiativeType chosen) {
        details.removeAll();
        detailFields.clear();
        if (chosen == null) {
            return;
        }
        FormLayout layout = new FormLayout();
        for (TypeField field : chosen.fields()) {
            String label = getTranslation(field.labelKey());
            Component component =
                    switch (field.kind()) {
                        case TEXT -> {
                            TextField text = new TextField(label);
                            text.setMaxLength(TypeField.TEXT_MAX);
                            text.setRequired(field.required());
                            yield text;
                        }
                        case WHOLE_NUMBER -> {
                            IntegerField number = new IntegerField(label);
                            number.setMin(0);
                            number.setRequiredIndicatorVisible(field.required());
                            yield number;
                        }
                        case YES_NO -> new Checkbox(label);
                    };
            component.setId("detail-" + field.name());
            detailFields.put(field.name(), component);
            layout.add(component);
        }
        details.add(layout);
        confidential.setValue(chosen.confidentialByDefault());
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
        data.details().values().forEach((name, value) -> {
            switch (detailFields.get(name)) {
                case TextField text -> text.setValue(value.toString());
                case IntegerField number -> number.setValue(((Long) value).intValue());
                case Checkbox yes -> yes.setValue((Boolean) value);
                case null, default -> {}
            }
        });
    }

    /**
     * What the form holds, or null when something is missing or wrong; then every field at fault
     * shows its message.
     */
    InitiativeData read(Long fixedCommunityId) {
        clearErrors();
        boolean ok = true;
        if (fixedCommunityId == null && community.getValue() == null) {
            ok = invalid(community, "initiatives.error.community");
        }
        if (type.getValue() == null) {
            ok = invalid(type, "initiatives.error.type");
        }
        if (title.getValue().isBlank()) {
            ok = invalid(title, "initiatives.error.title");
        }
        if (description.getValue().isBlank()) {
            ok = invalid(description, "initiatives.error.description");
        }
        if (cost.getValue() == null) {
            ok = invalid(cost, "initiatives.error.cost");
        }
        LatLon location = null;
        if ((latitude.getValue() == null) != (longitude.getValue() == null)) {
            ok = invalid(latitude.getValue() == null ? latitude : longitude, "initiatives.error.location-pair");
        } else if (latitude.getValue() != null) {
            if (Math.abs(latitude.getValue()) > 90 || Math.abs(longitude.getValue()) > 180) {
                ok = invalid(latitude, "initiatives.error.location");
            } else {
                location = new LatLon(latitude.getValue(), longitude.getValue());
            }
        }
        if (!ok) {
            return null;
        }
        Map<String, Object> entered = new LinkedHashMap<>();
        detailFields.forEach((name, component) -> {
            Object value =
                    switch (component) {
                        case TextField text -> text.getValue();
                        case IntegerField number ->
                            number.getValue() == null ? null : number.getValue().longValue();
                        case Checkbox yes -> yes.getValue();
                        default -> null;
                    };
            if (value != null) {
                entered.put(name, value);
            }
        });
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
                    new TypeDetails(entered));
        } catch (InvalidFieldException e) {
            show(e);
            return null;
        }
    }

    /** Shows a refusal next to the field it names (or, for a field the form lacks, next to the title). */
    void show(InvalidFieldException e) {
        String field = e.field();
        if (field.equals("photo")) {
            showPhotoError(e.messageKey());
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
                        field.startsWith("detail.") ? detailFields.get(field.substring("detail.".length())) : null;
                };
        if (target instanceof HasValidation validated) {
            invalid(validated, e.messageKey());
        } else if (target instanceof Checkbox box) {
            box.getElement().setAttribute("invalid", true);
            box.setTooltipText(getTranslation(e.messageKey()));
        } else {
            invalid(title, e.messageKey());
        }
    }

    private void clearErrors() {
        List<HasValidation> fields = new ArrayList<>(List.<HasValidation>of(
                community,
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
        detailFields.values().stream()
                .filter(HasValidation.class::isInstance)
                .map(HasValidation.class::cast)
                .forEach(fields::add);
        fields.forEach(f -> f.setInvalid(false));
        photoError.setText("");
    }

    private boolean invalid(HasValidation field, String key) {
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(true);
        return false;
    }
}
