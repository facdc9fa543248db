package org.reintegration.portal.security.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import org.reintegration.portal.base.ui.HasPageHeading;
import org.springframework.beans.factory.annotation.Value;

/** Sign-in for staff, administrators and local authorities. Community members need no account. */
@Route("login")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasPageHeading {

    private final LoginForm form = new LoginForm();

    public LoginView(@Value("${portal.demo.enabled:false}") boolean demo) {
        setAlignItems(Alignment.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        add(new H2(getTranslation("login.heading")), form);
        Paragraph community = new Paragraph(getTranslation("login.community-members"));
        community.setMaxWidth("28em");
        add(community);
        if (demo) {
            Paragraph hint = new Paragraph(getTranslation("login.demo-hint"));
            hint.addClassName("demo-hint");
            hint.setMaxWidth("28em");
            add(hint);
        }
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters =
                event.getLocation().getQueryParameters().getParameters();
        Long lockedFor = minutes(parameters.get("locked"));
        if (lockedFor != null) {
            LoginI18n i18n = i18n();
            i18n.getErrorMessage().setTitle(getTranslation("login.locked.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.locked.message", lockedFor));
            form.setI18n(i18n);
            form.setError(true);
            return;
        }
        form.setError(parameters.containsKey("error"));
    }

    /** The wait a refused sign-in named, when it is a plausible number of minutes; null otherwise. */
    private static Long minutes(List<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        try {
            long minutes = Long.parseLong(values.getFirst());
            return minutes >= 1 && minutes <= 24 * 60 ? minutes : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String pageHeading() {
        return getTranslation("login.heading");
    }
}
