package org.reintegration.portal.changes.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.reintegration.portal.base.ui.HasPageHeading;
import org.reintegration.portal.changes.Change;
import org.reintegration.portal.changes.ChangeDigest;
import org.reintegration.portal.changes.ChangeKind;
import org.reintegration.portal.changes.ChangeService;
import org.reintegration.portal.security.Role;

/**
 * What changed in the user's areas since the last visit, newest first, each with a link to the page
 * concerned. Opening the page counts as the visit. Users may subscribe to see a count in the navigation.
 */
@Route("changes")
@RolesAllowed({Role.STAFF_NAME, Role.AUTHORITY_NAME})
public class ChangesView extends VerticalLayout implements BeforeEnterObserver, HasPageHeading {

    private final ChangeService changes;
    final Paragraph summary = new Paragraph();
    final Checkbox subscribed = new Checkbox();
    final Grid<Change> grid = new Grid<>();
    /** True while the page shows what is stored, so that showing it is not taken for the user's choice. */
    private boolean showing;

    public ChangesView(ChangeService changes) {
        this.changes = changes;
        setSizeFull();
        summary.setId("changes-summary");
        subscribed.setLabel(getTranslation("changes.subscribe"));
        subscribed.setHelperText(getTranslation("changes.subscribe.help"));
        subscribed.setId("changes-subscribe");
        subscribed.addValueChangeListener(e -> {
            if (!showing) {
                changes.setSubscribed(e.getValue());
            }
        });
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale());
        grid.addColumn(c -> when.format(c.at()))
                .setHeader(getTranslation("changes.when"))
                .setAutoWidth(true);
        grid.addColumn(this::what).setHeader(getTranslation("changes.what")).setFlexGrow(2);
        grid.addComponentColumn(c -> {
                    Anchor link = new Anchor(c.link(), c.subject());
                    // public pages are plain HTML outside this application
                    link.setRouterIgnore(c.link().startsWith("public/"));
                    return link;
                })
                .setHeader(getTranslation("changes.subject"))
                .setFlexGrow(2);
        grid.addColumn(c -> c.place() == null ? "" : c.place())
                .setHeader(getTranslation("changes.where"))
                .setFlexGrow(1);
        grid.setId("changes-grid");
        add(summary, subscribed, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ChangeDigest digest = changes.sinceLastVisit();
        changes.recordVisit();
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        String count = NumberFormat.getIntegerInstance(getLocale())
                .format(digest.changes().size());
        String since = dates.format(digest.since());
        String text = digest.firstVisit()
                ? getTranslation("changes.summary.first", count, since)
                : getTranslation("changes.summary", count, since);
        summary.setText(digest.truncated() ? text + " " + getTranslation("changes.truncated") : text);
        showing = true;
        subscribed.setValue(digest.subscribed());
        showing = false;
        grid.setItems(digest.changes());
    }

    /** The change in words, in the user's language. */
    String what(Change change) {
        String detail = change.detail();
        if (change.kind() == ChangeKind.PROFILE_NEW && detail != null) {
            return detail.isEmpty()
                    ? getTranslation("changes.profile-unchanged")
                    : getTranslation("changes.profile-changed", profileItems(detail));
        }
        String shown =
                switch (change.kind()) {
                    case PROJECT_NEW, PROJECT_STATUS -> getTranslation("projects.status." + detail);
                    case ROUND_PHASE -> detail == null ? "" : getTranslation("phase." + detail);
                    case PROJECT_PROGRESS ->
                        NumberFormat.getIntegerInstance(getLocale()).format(Integer.parseInt(detail));
                    default -> detail == null ? "" : detail;
                };
        return getTranslation(change.kind().labelKey(), shown);
    }

    /** The changed fields of a profile, in the user's language: "Tension, Incidents, Health". */
    private String profileItems(String detail) {
        return java.util.Arrays.stream(detail.split(" "))
                .map(item -> {
                    if (item.startsWith("services.")) {
                        return getTranslation("profiles.service." + item.substring("services.".length()));
                    }
                    if (item.startsWith("suitability.")) {
                        return getTranslation("profiles.criterion." + item.substring("suitability.".length()));
                    }
                    return getTranslation("profiles.field." + item);
                })
                .collect(java.util.stream.Collectors.joining(", "));
    }

    @Override
    public String pageHeading() {
        return getTranslation("changes.title");
    }
}
