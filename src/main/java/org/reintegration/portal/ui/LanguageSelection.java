package org.reintegration.portal.ui;

import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.reintegration.portal.base.ui.Languages;
import org.reintegration.portal.base.ui.Localized;
import org.reintegration.portal.security.CurrentUser;
import org.reintegration.portal.security.PortalUser;
import org.springframework.stereotype.Component;

/**
 * Chooses the language of every new page: the signed-in user's saved choice, else this browser's
 * saved choice (a cookie), else the browser's preferred language, else English. Arabic turns the
 * whole page right-to-left. The first HTML of a page says the same, in {@code <html lang dir>}.
 */
@Component
public class LanguageSelection implements VaadinServiceInitListener {

    /** The cookie that keeps a browser's choice of language, shared with the public pages. */
    public static final String COOKIE = "portal-lang";

    private final CurrentUser currentUser;

    LanguageSelection(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> apply(init.getUI(), chooseFor(VaadinRequest.getCurrent())));
        // The first HTML already carries the language and direction, so nothing is read or laid out
        // in the wrong one before the page's script runs.
        event.addIndexHtmlRequestListener(response -> {
            Locale locale = chooseFor(response.getVaadinRequest());
            response.getDocument()
                    .child(0)
                    .attr("lang", locale.getLanguage())
                    .attr("dir", Languages.isRightToLeft(locale) ? "rtl" : "ltr");
        });
    }

    Locale chooseFor(VaadinRequest request) {
        Optional<Locale> fromUser =
                currentUser.get().map(PortalUser::preferredLanguage).flatMap(Languages::supported);
        if (fromUser.isPresent()) {
            return fromUser.get();
        }
        if (request != null) {
            Optional<Locale> fromCookie = Optional.ofNullable(request.getCookies()).stream()
                    .flatMap(Arrays::stream)
                    .filter(c -> COOKIE.equals(c.getName()))
                    .map(Cookie::getValue)
                    .flatMap(value -> Languages.supported(value).stream())
                    .findFirst();
            if (fromCookie.isPresent()) {
                return fromCookie.get();
            }
            if (request.getLocale() != null) {
                return Languages.supported(request.getLocale().toLanguageTag()).orElse(Languages.DEFAULT);
            }
        }
        return Languages.DEFAULT;
    }

    static void apply(UI ui, Locale locale) {
        ui.setLocale(locale);
        ui.setDirection(Languages.isRightToLeft(locale) ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT);
        ui.getPage().executeJs("document.documentElement.lang = $0", locale.getLanguage());
        Localized.connectionTexts(ui, locale);
    }
}
