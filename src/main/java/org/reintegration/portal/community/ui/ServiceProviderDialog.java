package org.reintegration.portal.community.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableFunction;
import java.util.List;
import java.util.Map;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.community.Community;
import org.reintegration.portal.community.CommunityFilter;
import org.reintegration.portal.community.CommunityService;
import org.reintegration.portal.community.CommunitySort;
import org.reintegration.portal.community.provider.ProviderType;
import org.reintegration.portal.community.provider.ServiceProvider;
import org.reintegration.portal.community.provider.ServiceProviderData;
import org.reintegration.portal.community.provider.ServiceProviderService;
import org.reintegration.portal.community.provider.StakeholderKind;
import org.reintegration.portal.geo.AdminArea;

/**
 * Creates, edits or deletes a service provider; each problem is shown next to its field and nothing
 * is half-saved.
 */
class ServiceProviderDialog extends Dialog {

    final TextField name = new TextField();
    final TextField organisation = new TextField();
    final Select<ProviderType> type = new Select<>();
    final Select<StakeholderKind> kind = new Select<>();
    final ComboBox<AdminArea> area = new ComboBox<>();
    final ComboBox<Community> community = new ComboBox<>();
    final TextField contact = new TextField();
    final NumberField latitude = new NumberField();
    final NumberField longitude = new NumberField();
    final TextField capacity = new TextField();
    final Checkbox acceptsReferrals = new Checkbox();
    final TextArea notes = new TextArea();
    final Button save = new Button();
    final Button delete = new Button();

    private final ServiceProviderService providers;
    private final CommunityService communities;
    private final ServiceProvider existing;
    private final Runnable onSaved;
    private final Map<String, HasValidation> fieldsByName;

    ServiceProviderDialog(
            ServiceProviderService providers,
            CommunityService communities,
            ServiceProvider existing,
            List<AdminArea> areaChoices,
            SerializableFunction<AdminArea, String> areaLabel,
            Runnable onSaved) {
        this.providers = providers;
        this.communities = communities;
        this.existing = existing;
        this.onSaved = onSaved;
        fieldsByName = Map.ofEntries(
                Map.entry("name", name),
                Map.entry("organisation", organisation),
                Map.entry("type", type),
                Map.entry("kind", kind),
                Map.entry("area", area),
                Map.entry("community", community),
                Map.entry("contact", contact),
                Map.entry("latitude", latitude),
                Map.entry("longitude", longitude),
                Map.entry("capacity", capacity),
                Map.entry("notes", notes));
        setHeaderTitle(getTranslation(existing == null ? "providers.new" : "providers.edit"));

        name.setLabel(getTranslation("providers.name"));
        name.setMaxLength(ServiceProviderData.NAME_MAX);
        name.setRequired(true);
        name.setId("provider-name");
        organisation.setLabel(getTranslation("providers.organisation"));
        organisation.setMaxLength(ServiceProviderData.ORGANISATION_MAX);
        type.setLabel(getTranslation("providers.type"));
        type.setItems(ProviderType.values());
        type.setItemLabelGenerator(t -> getTranslation("provider-type." + t.name()));
        type.setRequiredIndicatorVisible(true);
        type.setId("provider-type");
        kind.setLabel(getTranslation("providers.kind"));
        kind.setItems(StakeholderKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("stakeholder-kind." + k.name()));
        kind.setRequiredIndicatorVisible(true);
        kind.setId("provider-kind");
        area.setLabel(getTranslation("providers.area"));
        area.setItems(areaChoices);
        area.setItemLabelGenerator(areaLabel::apply);
        area.setRequired(true);
        area.setId("provider-area");
        community.setLabel(getTranslation("providers.community"));
        community.setHelperText(getTranslation("providers.community.help"));
        community.setItemLabelGenerator(c -> c.data().name());
        community.setClearButtonVisible(true);
        community.setId("provider-community");
        area.addValueChangeListener(change -> showCommunitiesOf(change.getValue()));
        contact.setLabel(getTranslation("providers.contact"));
        contact.setHelperText(getTranslation("providers.contact.help"));
        contact.setMaxLength(ServiceProviderData.CONTACT_MAX);
        latitude.setLabel(getTranslation("providers.latitude"));
        latitude.setMin(-90);
        latitude.setMax(90);
        latitude.setId("provider-latitude");
        longitude.setLabel(getTranslation("providers.longitude"));
        longitude.setMin(-180);
        longitude.setMax(180);
        longitude.setId("provider-longitude");
        capacity.setLabel(getTranslation("providers.capacity"));
        capacity.setHelperText(getTranslation("providers.capacity.help"));
        capacity.setMaxLength(ServiceProviderData.CAPACITY_MAX);
        acceptsReferrals.setLabel(getTranslation("providers.accepts-referrals"));
        notes.setLabel(getTranslation("providers.notes"));
        notes.setMaxLength(ServiceProviderData.NOTES_MAX);

        if (existing != null) {
            fill(existing, areaChoices);
        }
        add(new FormLayout(
                name,
                organisation,
                type,
                kind,
                area,
                community,
                contact,
                capacity,
                latitude,
                longitude,
                acceptsReferrals,
                notes));

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        save.setId("provider-save");
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        if (existing != null) {
            delete.setText(getTranslation("providers.delete"));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            delete.addClickListener(click -> confirmDelete());
            delete.setId("provider-delete");
            getFooter().add(delete);
        }
        getFooter().add(cancel, save);
    }

    private void fill(ServiceProvider provider, List<AdminArea> areaChoices) {
        ServiceProviderData data = provider.data();
        name.setValue(data.name());
        organisation.setValue(orEmpty(data.organisation()));
        type.setValue(data.type());
        kind.setValue(data.kind());
        areaChoices.stream()
                .filter(a -> a.pcode().equals(data.area()))
                .findFirst()
                .ifPresent(area::setValue);
        if (data.communityId() != null) {
            community
                    .getListDataView()
                    .getItems()
                    .filter(c -> c.id() == data.communityId())
                    .findFirst()
                    .ifPresent(community::setValue);
        }
        contact.setValue(orEmpty(data.contact()));
        latitude.setValue(data.latitude());
        longitude.setValue(data.longitude());
        capacity.setValue(orEmpty(data.capacity()));
        acceptsReferrals.setValue(data.acceptsReferrals());
        notes.setValue(orEmpty(data.notes()));
    }

    /** Offers the communities in the chosen area and below it; a provider may serve one of them. */
    private void showCommunitiesOf(AdminArea chosen) {
        Community previous = community.getValue();
        List<Community> choices = chosen == null
                ? List.of()
                : communities.list(new CommunityFilter(chosen.pcode(), null, false), CommunitySort.NAME, 0, 500);
        community.setItems(choices);
        if (previous != null && choices.stream().anyMatch(c -> c.id() == previous.id())) {
            community.setValue(previous);
        }
    }

    void save() {
        fieldsByName.values().forEach(f -> f.setInvalid(false));
        boolean ok = true;
        if (name.getValue().isBlank()) {
            ok = invalid(name, "providers.error.name");
        }
        if (type.getValue() == null) {
            ok = invalid(type, "providers.error.type");
        }
        if (kind.getValue() == null) {
            ok = invalid(kind, "providers.error.kind");
        }
        if (area.getValue() == null) {
            ok = invalid(area, "providers.error.area");
        }
        if (!ok) {
            return;
        }
        Community served = community.getValue();
        try {
            ServiceProviderData data = new ServiceProviderData(
                    // a provider of one community sits in that community's own area
                    served == null ? area.getValue().pcode() : served.data().area(),
                    served == null ? null : served.id(),
                    name.getValue(),
                    organisation.getValue(),
                    type.getValue(),
                    kind.getValue(),
                    contact.getValue(),
                    latitude.getValue(),
                    longitude.getValue(),
                    capacity.getValue(),
                    acceptsReferrals.getValue(),
                    notes.getValue());
            if (existing == null) {
                providers.create(data);
            } else {
                providers.update(existing.id(), data);
            }
        } catch (InvalidFieldException e) {
            invalid(fieldsByName.getOrDefault(e.field(), area), e.messageKey());
            return;
        }
        onSaved.run();
        close();
    }

    private void confirmDelete() {
        Dialog confirm = new Dialog();
        confirm.setHeaderTitle(getTranslation("providers.delete"));
        confirm.add(new Paragraph(
                getTranslation("providers.delete.confirm", existing.data().name())));
        Button yes = new Button(getTranslation("providers.delete"), click -> {
            providers.delete(existing.id());
            confirm.close();
            onSaved.run();
            close();
        });
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        yes.setId("provider-delete-confirm");
        confirm.getFooter().add(new Button(getTranslation("action.cancel"), click -> confirm.close()), yes);
        confirm.open();
    }

    private boolean invalid(HasValidation field, String key) {
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(true);
        return false;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
