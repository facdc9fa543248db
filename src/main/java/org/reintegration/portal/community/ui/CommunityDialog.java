package org.reintegration.portal.community.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableFunction;
import java.util.List;
import java.util.Locale;
import org.reintegration.portal.base.BidiText;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.LatLon;
import org.reintegration.portal.community.Community;
import org.reintegration.portal.community.CommunityData;
import org.reintegration.portal.community.CommunityService;
import org.reintegration.portal.community.SavedCommunity;
import org.reintegration.portal.geo.AdminArea;

/** Creates or edits a community; each problem is shown next to its field and nothing is half-saved. */
class CommunityDialog extends Dialog {

    /** Languages a community name may be written in: the portal's, and common ones of the programmes. */
    static final List<String> NAME_LANGUAGES =
            List.of("fr", "en", "ar", "pt", "ff", "man", "sus", "ha", "yo", "ig", "am", "om", "ti", "ku", "wo");

    final TextField name = new TextField();
    final Select<String> nameLanguage = new Select<>();
    final ComboBox<AdminArea> area = new ComboBox<>();
    final NumberField latitude = new NumberField();
    final NumberField longitude = new NumberField();
    final TextArea description = new TextArea();
    final Button save = new Button();

    private final CommunityService communities;
    private final Community existing;
    private final Runnable onSaved;

    CommunityDialog(
            CommunityService communities,
            Community existing,
            List<AdminArea> areaChoices,
            SerializableFunction<AdminArea, String> areaLabel,
            Runnable onSaved) {
        this.communities = communities;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(existing == null ? "communities.new" : "communities.edit"));

        name.setLabel(getTranslation("communities.name"));
        name.setMaxLength(CommunityData.NAME_MAX);
        name.setRequired(true);
        name.setId("community-name");
        nameLanguage.setLabel(getTranslation("communities.name-language"));
        nameLanguage.setItems(NAME_LANGUAGES);
        nameLanguage.setItemLabelGenerator(code -> Locale.of(code).getDisplayLanguage(getLocale()));
        nameLanguage.setValue(getLocale().getLanguage());
        area.setLabel(getTranslation("communities.area"));
        area.setItems(areaChoices);
        area.setItemLabelGenerator(areaLabel::apply);
        area.setRequired(true);
        area.setId("community-area");
        latitude.setLabel(getTranslation("communities.latitude"));
        latitude.setMin(-90);
        latitude.setMax(90);
        latitude.setId("community-latitude");
        longitude.setLabel(getTranslation("communities.longitude"));
        longitude.setMin(-180);
        longitude.setMax(180);
        longitude.setId("community-longitude");
        description.setLabel(getTranslation("communities.description"));
        description.setMaxLength(CommunityData.DESCRIPTION_MAX);

        if (existing != null) {
            CommunityData data = existing.data();
            name.setValue(data.name());
            nameLanguage.setValue(data.nameLanguage());
            areaChoices.stream()
                    .filter(a -> a.pcode().equals(data.area()))
                    .findFirst()
                    .ifPresent(area::setValue);
            if (data.location() != null) {
                latitude.setValue(data.location().lat());
                longitude.setValue(data.location().lon());
            }
            description.setValue(data.description() == null ? "" : data.description());
        }
        add(new FormLayout(name, nameLanguage, area, latitude, longitude, description));

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        save.setId("community-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    void save() {
        List.<HasValidation>of(name, area, latitude, longitude).forEach(f -> f.setInvalid(false));
        boolean ok = true;
        if (name.getValue().isBlank()) {
            ok = invalid(name, "communities.error.name");
        }
        if (area.getValue() == null) {
            ok = invalid(area, "communities.error.area");
        }
        LatLon location = null;
        if ((latitude.getValue() == null) != (longitude.getValue() == null)) {
            ok = invalid(latitude.getValue() == null ? latitude : longitude, "communities.error.location-pair");
        } else if (latitude.getValue() != null) {
            if (Math.abs(latitude.getValue()) > 90) {
                ok = invalid(latitude, "communities.error.latitude");
            } else if (Math.abs(longitude.getValue()) > 180) {
                ok = invalid(longitude, "communities.error.longitude");
            } else {
                location = new LatLon(latitude.getValue(), longitude.getValue());
            }
        }
        if (!ok) {
            return;
        }
        CommunityData data = new CommunityData(
                name.getValue(), nameLanguage.getValue(), area.getValue().pcode(), location, description.getValue());
        SavedCommunity saved;
        try {
            saved = existing == null ? communities.create(data) : communities.update(existing.id(), data);
        } catch (InvalidFieldException e) {
            invalid(area, e.messageKey());
            return;
        }
        if (saved.locationOutsideArea()) {
            Notification.show(
                            getTranslation(
                                    "communities.warning.outside",
                                    BidiText.isolate(area.getValue().nameIn(getLocale()))),
                            8000,
                            Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
        }
        onSaved.run();
        close();
    }

    private boolean invalid(HasValidation field, String key) {
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(true);
        return false;
    }
}
