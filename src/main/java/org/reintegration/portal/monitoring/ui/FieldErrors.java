package org.reintegration.portal.monitoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.HashMap;
import java.util.Map;
import org.reintegration.portal.base.InvalidFieldException;

/** Puts a refused input's message next to the field it names, or in a notification when no field fits. */
final class FieldErrors {

    private final Component owner;
    private final Map<String, HasValidation> fields = new HashMap<>();

    FieldErrors(Component owner) {
        this.owner = owner;
    }

    FieldErrors field(String name, HasValidation field) {
        fields.put(name, field);
        return this;
    }

    void clear() {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    void show(InvalidFieldException e) {
        clear();
        String message = owner.getTranslation(e.messageKey());
        HasValidation field = fields.get(e.field());
        if (field == null) {
            Notification.show(message, 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
