package org.reintegration.portal.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;
import org.reintegration.portal.base.ui.Languages;
import org.reintegration.portal.security.CurrentUser;
import org.reintegration.portal.security.UserService;

/**
 * The language switch in the header. The choice is kept in this browser (a cookie, so it holds for
 * community members without an account) and, for a signed-in user, in their account.
 */
public class LanguageSelect extends Select<Locale> {

    public LanguageSelect(CurrentUser currentUser, UserService users) {
        setItems(Languages.SUPPORTED);
        setItemLabelGenerator(Languages::nativeName);
        setAriaLabel(getTranslation("language.choose"));
        setTooltipText(getTranslation("language.choose"));
        setId("language-select");
        addClassName("language-select");
        setWidth("9em");
        UI ui = UI.getCurrent();
        setValue(Languages.supported(ui.getLocale().getLanguage()).orElse(Languages.DEFAULT));
        addValueChangeListener(event -> {
            if (!event.isFromClient() || event.getValue() == null) {
                return;
            }
            String language = event.getValue().getLanguage();
            if (currentUser.get().isPresent()) {
                users.setOwnLanguage(language);
            }
            // Reload so every text, date and number on the page is rendered again in the new language.
            ui.getPage()
                    .executeJs(
                            "document.cookie = $0 + '=' + $1 + '; path=/; max-age=31536000; SameSite=Lax';"
                                    + " window.location.reload();",
                            LanguageSelection.COOKIE,
                            language);
        });
    }
}
