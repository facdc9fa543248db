package org.reintegration.portal.outcome.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.reintegration.portal.base.BidiText;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.InvalidInputException;
import org.reintegration.portal.base.ui.HasPageHeading;
import org.reintegration.portal.outcome.SchemeQuestion;
import org.reintegration.portal.outcome.SchemeService;
import org.reintegration.portal.outcome.SchemeVersion;
import org.reintegration.portal.outcome.StoredScheme;
import org.reintegration.portal.security.CurrentUser;
import org.reintegration.portal.security.Role;

/**
 * The scoring scheme as staff and local authorities read it: the questions per dimension, each answer's score, the
 * weights, the unknown-answer rule and the threshold, and every stored version. Administrators (who act as the
 * M&amp;E officers owning the scheme) write a new version and apply a version to every survey answer.
 */
@Route("outcomes/scheme")
@RolesAllowed({Role.STAFF_NAME, Role.AUTHORITY_NAME})
public class SchemeView extends VerticalLayout implements HasPageHeading {

    private final SchemeService outcomes;
    private final CurrentUser user;
    final TextArea definition = new TextArea();
    final Grid<StoredScheme> versions = new Grid<>();

    public SchemeView(SchemeService outcomes, CurrentUser user) {
        this.outcomes = outcomes;
        this.user = user;
        setWidthFull();
        setMaxWidth("70em");
        show();
    }

    private void show() {
        removeAll();
        Locale locale = getLocale();
        java.util.Optional<SchemeVersion> applied = outcomes.appliedScheme();
        if (applied.isEmpty()) {
            add(new Paragraph(getTranslation("outcome.scheme.none")));
        }
        applied.ifPresent(s -> {
            Paragraph line = new Paragraph(ScoreText.scheme(this, s));
            line.setId("scheme-applied");
            add(line);
            add(new Paragraph(getTranslation(
                    "outcome.scheme.rules",
                    ScoreText.score(locale, s.scheme().threshold()),
                    getTranslation(
                            "outcome.scheme.unknown." + s.scheme().unknown().name()),
                    s.scheme().unknownCodes().isEmpty()
                            ? "–"
                            : String.join(", ", s.scheme().unknownCodes()))));
            for (var entry : s.scheme().byDimension().entrySet()) {
                add(new H3(getTranslation(entry.getKey().labelKey())));
                add(questions(entry.getValue(), locale));
            }
        });
        add(new H3(getTranslation("outcome.scheme.versions")));
        versions.removeAllColumns();
        versions.setId("scheme-versions");
        versions.addColumn(StoredScheme::version).setHeader("#").setAutoWidth(true);
        versions.addColumn(s -> BidiText.isolate(s.title()))
                .setHeader(getTranslation("outcome.scheme.title"))
                .setFlexGrow(1);
        versions.addColumn(
                        s -> getTranslation(s.example() ? "outcome.scheme.is-example" : "outcome.scheme.is-programme"))
                .setHeader(getTranslation("outcome.scheme.kind"))
                .setAutoWidth(true);
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        versions.addColumn(s -> s.createdBy() + " · " + dates.format(s.createdAt()))
                .setHeader(getTranslation("outcome.scheme.written"))
                .setAutoWidth(true);
        versions.addColumn(s -> s.appliedAt() == null ? "–" : dates.format(s.appliedAt()))
                .setHeader(getTranslation("outcome.scheme.applied"))
                .setAutoWidth(true);
        if (user.hasRole(Role.ADMIN)) {
            versions.addComponentColumn(s -> {
                        Button apply = new Button(getTranslation("outcome.scheme.apply"), e -> apply(s.version()));
                        apply.setId("scheme-apply-" + s.version());
                        return apply;
                    })
                    .setAutoWidth(true);
        }
        versions.setItems(outcomes.schemeVersions());
        versions.setAllRowsVisible(true);
        add(versions);

        if (user.hasRole(Role.ADMIN)) {
            add(new H3(getTranslation("outcome.scheme.new")));
            add(new Paragraph(getTranslation("outcome.scheme.new.help")));
            definition.setId("scheme-definition");
            definition.getElement().setAttribute("dir", "ltr");
            definition.setLabel(getTranslation("outcome.scheme.definition"));
            definition.setWidthFull();
            definition.setMinHeight("20em");
            definition.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
            definition.setValue(applied.map(s -> s.stored().definition()).orElse(SchemeService.exampleScheme()));
            definition.setInvalid(false);
            Button save = new Button(getTranslation("outcome.scheme.save"), e -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("scheme-save");
            add(definition, save);
        } else {
            add(new Paragraph(getTranslation("outcome.scheme.who-changes")));
        }
    }

    private Grid<SchemeQuestion> questions(List<SchemeQuestion> questions, Locale locale) {
        Grid<SchemeQuestion> grid = new Grid<>();
        grid.addColumn(q -> BidiText.isolate(q.indicator()))
                .setHeader(getTranslation("outcome.scheme.indicator"))
                .setFlexGrow(1);
        grid.addColumn(SchemeQuestion::id)
                .setHeader(getTranslation("outcome.scheme.question"))
                .setAutoWidth(true);
        grid.addColumn(q -> ScoreText.score(locale, q.weight()))
                .setHeader(getTranslation("outcome.scheme.weight"))
                .setAutoWidth(true);
        grid.addColumn(q -> ScoreText.score(locale, q.compositeWeight()))
                .setHeader(getTranslation("outcome.scheme.composite-weight"))
                .setAutoWidth(true);
        grid.addColumn(q -> q.answers().entrySet().stream()
                        .map(a -> a.getKey() + " = " + ScoreText.score(locale, a.getValue()))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("outcome.scheme.answers"))
                .setFlexGrow(2);
        grid.setItems(questions);
        grid.setAllRowsVisible(true);
        return grid;
    }

    void save() {
        try {
            int version = outcomes.saveScheme(definition.getValue());
            Notification.show(getTranslation("outcome.scheme.saved", version))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            show();
        } catch (InvalidFieldException wrong) {
            definition.setInvalid(true);
            definition.setErrorMessage(getTranslation(wrong.messageKey(), wrong.getMessage()));
        }
    }

    void apply(int version) {
        try {
            int scored = outcomes.applyScheme(version);
            Notification.show(getTranslation("outcome.scheme.applied-done", version, scored))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            show();
        } catch (InvalidInputException wrong) {
            Notification.show(wrong.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public String pageHeading() {
        return getTranslation("outcome.scheme.page-title");
    }
}
