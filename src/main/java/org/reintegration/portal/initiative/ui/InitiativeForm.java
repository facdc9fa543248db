package org.reintegration.portal.initiative.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.UploadHandler;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reintegration.portal.base.BidiText;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.LatLon;
import org.reintegration.portal.base.ui.Localized;
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
    final Div details = new Div();
    final Map<String, Component> detailFields = new LinkedHashMap<>();
    final Upload upload;
    final Span photoError = new Span();
    /** The photo chosen, already checked; null when none. */
    Photo photo;
    /** Why the last file chosen was not taken as the photo (a message key); null when none was refused. */
    private String photoRefusal;

    private static final String TOO_LONG = "too-long";
    private static final List<String> PHOTO_EXTENSIONS = List.of(".jpg", ".jpeg", ".png", ".webp");
    /** The fields with a problem after the last {@link #read}, in the order of the form. */
    private final List<Component> problems = new ArrayList<>();

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
        type.addValueChangeListener(e -> showTypeFields(e.getValue()));

        title.setLabel(getTranslation("initiatives.title-field"));
        counted(title, InitiativeData.TITLE_MAX);
        title.setRequired(true);
        title.setId("initiative-title");
        description.setLabel(getTranslation("initiatives.description"));
        counted(description, InitiativeData.DESCRIPTION_MAX);
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
        returnees.setI18n(countMessages());
        returnees.setId("initiative-returnees");
        residents.setLabel(getTranslation("initiatives.resident-beneficiaries"));
        residents.setMin(0);
        residents.setMax(InitiativeData.BENEFICIARIES_MAX);
        residents.setI18n(countMessages());
        residents.setId("initiative-residents");
        latitude.setLabel(getTranslation("initiatives.latitude"));
        latitude.setI18n(locationMessages());
        latitude.setId("initiative-latitude");
        longitude.setLabel(getTranslation("initiatives.longitude"));
        longitude.setI18n(locationMessages());
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
        Localized.upload(upload);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(Photo.MAX_BYTES);
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp", ".jpg", ".jpeg", ".png", ".webp");
        upload.addFileRejectedListener(e -> photoRejected(e.getFileName()));
        upload.addFileRemovedListener(e -> {
            photo = null;
            photoRefusal = null;
            photoError.setText("");
        });
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
        photoRefusal = null;
        try {
            photo = Photo.of(bytes);
        } catch (InvalidFieldException e) {
            photo = null;
            showPhotoError(e.messageKey());
        }
    }

    /**
     * The browser refused a file before sending it: by its type when its name is not that of a photo (a
     * small PDF is "not a photo", not "too large"), otherwise by its size, the only other rule it checks.
     */
    void photoRejected(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        boolean photoName = PHOTO_EXTENSIONS.stream().anyMatch(name::endsWith);
        photo = null;
        showPhotoError(photoName ? "initiatives.error.photo-size" : "initiatives.error.photo-type");
    }

    /**
     * Says why the file was refused and that the proposal goes without it: a refused photo is never
     * dropped silently. The message stays until another file is chosen or the file is removed.
     */
    private void showPhotoError(String key) {
        photoRefusal = key;
        photoError.setText(getTranslation(key) + " " + getTranslation("propose.photo-left-out"));
    }

    /** Why the last file chosen was refused, as a message key; null when none was. */
    String photoRefusal() {
        return photoRefusal;
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
                            counted(text, TypeField.TEXT_MAX);
                            text.setRequired(field.required());
                            yield text;
                        }
                        case WHOLE_NUMBER -> {
                            IntegerField number = new IntegerField(label);
                            number.setMin(0);
                            number.setMax((int) TypeField.NUMBER_MAX);
                            number.setI18n(countMessages());
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
     * What the form holds, or null when something is missing or wrong; then every field at fault shows
     * its message at once (not one per attempt) and {@link #problems} lists them in the form's order.
     */
    InitiativeData read(Long fixedCommunityId) {
        clearErrors();
        if (fixedCommunityId == null && community.getValue() == null) {
            invalid(community, "initiatives.error.community");
        }
        if (dimension.getValue() == null) {
            invalid(dimension, "propose.error.dimension");
        }
        if (type.getValue() == null) {
            invalid(type, "initiatives.error.type");
        }
        checkText(title, InitiativeData.TITLE_MAX, "initiatives.error.title");
        checkText(description, InitiativeData.DESCRIPTION_MAX, "initiatives.error.description");
        BigDecimal costValue = cost.getValue();
        if (costValue == null) {
            invalid(cost, "initiatives.error.cost");
        } else if (costValue.signum() < 0
                || costValue.compareTo(InitiativeData.COST_MAX) > 0
                || costValue.stripTrailingZeros().scale() > 2) {
            invalid(cost, "propose.error.cost-range", costMax());
        }
        checkCount(returnees, InitiativeData.BENEFICIARIES_MAX);
        checkCount(residents, InitiativeData.BENEFICIARIES_MAX);
        LatLon location = null;
        if ((latitude.getValue() == null) != (longitude.getValue() == null)) {
            invalid(latitude.getValue() == null ? latitude : longitude, "initiatives.error.location-pair");
        } else if (latitude.getValue() != null) {
            if (Math.abs(latitude.getValue()) > 90 || Math.abs(longitude.getValue()) > 180) {
                invalid(Math.abs(latitude.getValue()) > 90 ? latitude : longitude, "initiatives.error.location");
            } else {
                location = new LatLon(latitude.getValue(), longitude.getValue());
            }
        }
        InitiativeType chosen = type.getValue();
        if (chosen != null) {
            for (TypeField field : chosen.fields()) {
                checkDetail(field, detailFields.get(field.name()));
            }
        }
        if (!problems.isEmpty()) {
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
        for (Component field : problems) {
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
        } else {
            invalid(title, e.messageKey());
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
        detailFields.values().stream()
                .filter(HasValidation.class::isInstance)
                .map(HasValidation.class::cast)
                .forEach(fields::add);
        fields.forEach(f -> f.setInvalid(false));
        problems.clear();
    }

    private void invalid(HasValidation field, String key, Object... arguments) {
        field.setErrorMessage(getTranslation(key, arguments));
        field.setInvalid(true);
        if (field instanceof Component component && !problems.contains(component)) {
            problems.add(component);
        }
    }

    /** Blank, or longer than allowed: said with the length, never cut off. */
    private <F extends AbstractField<?, String> & HasValidation> void checkText(F field, int max, String blankKey) {
        String value = field.getValue();
        if (blankKey != null && value.isBlank()) {
            invalid(field, blankKey);
        } else if (value.length() > max) {
            invalid(field, "propose.error.too-long", value.length(), max);
        }
    }

    /** A number of people that cannot be: below zero or beyond the limit. */
    private void checkCount(IntegerField field, long max) {
        Integer value = field.getValue();
        if (value != null && (value < 0 || value > max)) {
            invalid(field, "propose.error.count-range", number(max));
        }
    }

    /** The same checks as the record makes on a type's own field, so that all are shown together. */
    private void checkDetail(TypeField field, Component component) {
        switch (component) {
            case TextField text ->
                checkText(text, TypeField.TEXT_MAX, field.required() ? "initiatives.error.detail-required" : null);
            case IntegerField number -> {
                if (number.getValue() == null) {
                    if (field.required()) {
                        invalid(number, "initiatives.error.detail-required");
                    }
                } else {
                    checkCount(number, TypeField.NUMBER_MAX);
                }
            }
            case null, default -> {}
        }
    }

    /**
     * Shows how many characters the field holds against its limit, live; the browser does not cut text
     * at the limit (that would lose what was pasted without a word), the form says it is too long.
     */
    private <F extends AbstractField<?, String> & HasValidation & HasHelper & HasValueChangeMode> void counted(
            F field, int max) {
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setHelperText(getTranslation("propose.counter", 0, max));
        field.addValueChangeListener(e -> {
            int length = e.getValue() == null ? 0 : e.getValue().length();
            field.setHelperText(getTranslation("propose.counter", length, max));
            boolean wasTooLong = Boolean.TRUE.equals(ComponentUtil.getData(field, TOO_LONG));
            ComponentUtil.setData(field, TOO_LONG, length > max);
            if (length > max) {
                field.setErrorMessage(getTranslation("propose.error.too-long", length, max));
                field.setInvalid(true);
            } else if (wasTooLong) {
                field.setInvalid(false);
            }
        });
    }

    private String number(long value) {
        return NumberFormat.getIntegerInstance(getLocale()).format(value);
    }

    private String costMax() {
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(InitiativeData.COST_MAX);
    }

    private IntegerField.IntegerFieldI18n countMessages() {
        String range = getTranslation("propose.error.count-range", number(InitiativeData.BENEFICIARIES_MAX));
        return new IntegerField.IntegerFieldI18n()
                .setBadInputErrorMessage(range)
                .setMinErrorMessage(range)
                .setMaxErrorMessage(range)
                .setStepErrorMessage(range);
    }

    private NumberField.NumberFieldI18n locationMessages() {
        String range = getTranslation("initiatives.error.location");
        return new NumberField.NumberFieldI18n()
                .setBadInputErrorMessage(range)
                .setMinErrorMessage(range)
                .setMaxErrorMessage(range);
    }
}
