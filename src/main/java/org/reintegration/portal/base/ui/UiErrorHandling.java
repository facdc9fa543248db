package org.reintegration.portal.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.reintegration.portal.base.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What a user sees when an action fails: a refusal or a rejected input in words, anything else as
 * a short apology while the details go to the log.
 */
@Component
class UiErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            UI ui = UI.getCurrent();
            if (ui == null) {
                log.error("Error outside a page", error.getThrowable());
                return;
            }
            Throwable cause = rootOf(error.getThrowable());
            String message;
            if (cause instanceof AccessDeniedException) {
                message = ui.getTranslation("error.access-denied");
            } else if (cause instanceof InvalidInputException invalid) {
                message = invalid.getMessage();
            } else {
                log.error("Unexpected error", error.getThrowable());
                message = ui.getTranslation("error.unexpected");
            }
            ui.access(() -> Notification.show(message, 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR));
        }));
    }

    private static Throwable rootOf(Throwable error) {
        Throwable current = error;
        while (current.getCause() != null
                && current.getCause() != current
                && !(current instanceof AccessDeniedException)
                && !(current instanceof InvalidInputException)) {
            current = current.getCause();
        }
        return current;
    }
}
