package org.reintegration.portal.community.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.ui.HasPageHeading;
import org.reintegration.portal.community.Community;
import org.reintegration.portal.community.CommunityService;
import org.reintegration.portal.community.profile.PopulationGroup;
import org.reintegration.portal.community.profile.Profile;
import org.reintegration.portal.community.profile.ProfileChange;
import org.reintegration.portal.community.profile.ProfileComparison;
import org.reintegration.portal.community.profile.ProfileData;
import org.reintegration.portal.community.profile.ProfileService;
import org.reintegration.portal.geo.AdminArea;
import org.reintegration.portal.geo.AdminAreaService;
import org.reintegration.portal.security.CurrentUser;
import org.reintegration.portal.security.Role;
import org.reintegration.portal.security.SmallCounts;
import org.springframework.beans.factory.ObjectProvider;

/**
 * One community: where it is, its current profile, and every earlier profile with what changed from
 * one assessment to the next. Profiles are never overwritten, so the history is the record.
 */
@Route("communities/:communityId")
@RolesAllowed({Role.STAFF_NAME, Role.AUTHORITY_NAME})
public class CommunityDetailView extends VerticalLayout implements BeforeEnterObserver, HasPageHeading {

    private final CommunityService communities;
    private final ProfileService profiles;
    private final AdminAreaService areas;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ObjectProvider<CommunityPageSection> sections;
    private String heading = "";

    public CommunityDetailView(
            CommunityService communities,
            ProfileService profiles,
            AdminAreaService areas,
            CurrentUser currentUser,
            Clock clock,
            ObjectProvider<CommunityPageSection> sections) {
        this.communities = communities;
        this.profiles = profiles;
        this.areas = areas;
        this.currentUser = currentUser;
        this.clock = clock;
        this.sections = sections;
        setMaxWidth("60em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("communityId").orElse(""));
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
        Community community;
        try {
            community = communities.get(id);
        } catch (IllegalArgumentException unknown) {
            throw new NotFoundException();
        }
        show(community, profiles.history(id));
    }

    private void show(Community community, List<Profile> history) {
        removeAll();
        heading = community.data().name();
        HorizontalLayout actions = new HorizontalLayout(new Button(
                getTranslation("communities.back"), VaadinIcon.ARROW_BACKWARD.create(), click -> getUI().ifPresent(
                                ui -> ui.navigate(CommunityListView.class))));
        if (currentUser.hasRole(Role.STAFF)) {
            Button edit =
                    new Button(getTranslation("communities.edit"), VaadinIcon.EDIT.create(), click -> edit(community));
            edit.setId("edit-community");
            Button record = new Button(
                    getTranslation("profiles.record"),
                    VaadinIcon.PLUS.create(),
                    click -> recordProfile(community, history));
            record.setId("record-profile");
            Button archive = new Button(
                    getTranslation(community.archived() ? "communities.unarchive" : "communities.archive"),
                    VaadinIcon.ARCHIVE.create(),
                    click -> {
                        communities.setArchived(community.id(), !community.archived());
                        show(communities.get(community.id()), history);
                    });
            archive.setId("archive-community");
            Button delete = new Button(
                    getTranslation("communities.delete"), VaadinIcon.TRASH.create(), click -> delete(community));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            delete.setId("delete-community");
            actions.add(edit, record, archive, delete);
        }
        // the projects capability owns the page; a link keeps communities free of it
        var publicProjects = new com.vaadin.flow.component.html.Anchor(
                "public/communities/" + community.id() + "/projects", getTranslation("communities.public-projects"));
        publicProjects.setRouterIgnore(true); // a public page in plain HTML, not a view of this application
        actions.add(publicProjects);
        actions.add(new com.vaadin.flow.component.html.Anchor(
                "communities/" + community.id() + "/lessons", getTranslation("lessons.title")));
        // five buttons and two links: on a phone they wrap onto more lines instead of widening the page
        actions.setWrap(true);
        add(actions);
        H2 title = new H2(community.data().name());
        title.setId("community-name");
        add(title, line("communities.area", community.data().area().value()));
        if (community.archived()) {
            add(new Paragraph(getTranslation("communities.archived")));
        }
        if (community.data().description() != null) {
            add(new Paragraph(community.data().description()));
        }
        sections.orderedStream().forEach(part -> part.section(community.id()).ifPresent(this::add));

        H3 profilesHeading = new H3(getTranslation("profiles.history"));
        add(profilesHeading);
        if (history.isEmpty()) {
            add(new Paragraph(getTranslation("profiles.none")));
            return;
        }
        for (int i = 0; i < history.size(); i++) {
            Profile profile = history.get(i);
            Profile previous = i + 1 < history.size() ? history.get(i + 1) : null;
            add(profileCard(profile, previous, i == 0));
        }
    }

    private void delete(Community community) {
        try {
            communities.delete(community.id());
        } catch (InvalidFieldException refused) {
            Notification.show(getTranslation(refused.messageKey()), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
            return;
        }
        getUI().ifPresent(ui -> ui.navigate(CommunityListView.class));
    }

    private void edit(Community community) {
        List<AdminArea> choices = new ArrayList<>();
        for (int level = 1; level <= 3; level++) {
            choices.addAll(areas.listAreas(level));
        }
        new CommunityDialog(
                        communities,
                        community,
                        choices,
                        area -> area.pcode().value() + " · " + area.nameIn(getLocale()),
                        () -> show(communities.get(community.id()), profiles.history(community.id())))
                .open();
    }

    private void recordProfile(Community community, List<Profile> history) {
        new ProfileDialog(
                        profiles,
                        community.id(),
                        history.isEmpty() ? null : history.getFirst(),
                        LocalDate.now(clock),
                        () -> show(communities.get(community.id()), profiles.history(community.id())))
                .open();
    }

    private Div profileCard(Profile profile, Profile previous, boolean current) {
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        Div card = new Div();
        card.addClassName("profile-card");
        card.getStyle()
                .set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)")
                // the full width including padding and border, not the width plus them (wider than a phone)
                .set("box-sizing", "border-box")
                .set("width", "100%");
        String title = dates.format(profile.data().assessedOn()) + " · "
                + getTranslation("profiles.method." + profile.data().method().name());
        card.add(new H3(current ? title + " · " + getTranslation("profiles.current") : title));
        card.add(line(
                "communities.tension",
                getTranslation("tension." + profile.data().tension().name())));
        ProfileData data = profile.data();
        if (!data.tensionDrivers().isEmpty()) {
            card.add(withClass(
                    line(
                            "profiles.field.tensionDrivers",
                            data.tensionDrivers().stream()
                                    .sorted()
                                    .map(d -> getTranslation("profiles.driver." + d.name()))
                                    .collect(java.util.stream.Collectors.joining(", "))),
                    "profile-drivers"));
        }
        if (data.incidents() != null && !data.incidents().isBlank()) {
            card.add(withClass(line("profiles.incidents", data.incidents()), "profile-incidents"));
        }
        if (!data.services().isEmpty()) {
            card.add(withClass(
                    line(
                            "profiles.section.services",
                            data.services().stream()
                                    .map(s -> getTranslation(
                                                    "label.colon",
                                                    getTranslation("profiles.service."
                                                            + s.service().name()))
                                            + " "
                                            + getTranslation("profiles.access."
                                                    + s.rating().name())
                                            + (s.note() == null || s.note().isBlank() ? "" : " (" + s.note() + ")"))
                                    .collect(java.util.stream.Collectors.joining(" · "))),
                    "profile-services"));
        }
        for (PopulationGroup group : PopulationGroup.values()) {
            Integer total = profile.total(group);
            if (total != null) {
                card.add(line("profiles.people." + group.name(), number(SmallCounts.text(total))));
            }
        }
        boolean anyHidden = profile.totals().groups().values().stream().anyMatch(SmallCounts::hidden);
        if (anyHidden) {
            Paragraph note = new Paragraph(getTranslation("counts.note"));
            note.addClassName("counts-note");
            note.getStyle()
                    .set("font-size", "var(--lumo-font-size-s)")
                    .set("color", "var(--lumo-secondary-text-color)");
            card.add(note);
        }
        if (!profile.data().priorityNeeds().isEmpty()) {
            card.add(line(
                    "profiles.priority-needs", String.join(" › ", profile.data().priorityNeeds())));
        }
        if (previous != null) {
            List<ProfileChange> changes = ProfileComparison.between(previous, profile);
            card.add(new Span(getTranslation(
                    "profiles.changes", dates.format(previous.data().assessedOn()))));
            UnorderedList list = new UnorderedList();
            list.addClassName("profile-changes");
            if (changes.isEmpty()) {
                list.add(new ListItem(getTranslation("profiles.no-changes")));
            }
            changes.forEach(change -> list.add(new ListItem(describe(change))));
            card.add(list);
        }
        card.add(new Paragraph(getTranslation("profiles.recorded-by", profile.recordedBy())));
        return card;
    }

    private String describe(ProfileChange change) {
        String field = getTranslation("profiles.field." + change.field());
        return getTranslation("label.colon", field) + " " + value(change, change.before()) + " → "
                + value(change, change.after());
    }

    private String value(ProfileChange change, String value) {
        if (value == null) {
            return "—";
        }
        return switch (change.field()) {
            case "tension" -> getTranslation("tension." + value);
            case "tensionDrivers" -> translated(value, "profiles.driver.", null);
            case "services" -> translated(value, "profiles.service.", "profiles.access.");
            case "suitability" -> translated(value, "profiles.criterion.", "profiles.answer.");
            case "population", "households" -> number(value);
            default -> change.field().startsWith("people.") ? number(value) : value;
        };
    }

    /** A list of enum names ("A, B") or of name pairs ("A: X, B: Y") in the reader's language. */
    private String translated(String value, String prefix, String valuePrefix) {
        return java.util.Arrays.stream(value.split(", "))
                .map(item -> {
                    String[] pair = item.split(": ", 2);
                    String name = getTranslation(prefix + pair[0]);
                    return valuePrefix == null || pair.length < 2
                            ? name
                            : getTranslation("label.colon", name) + " " + getTranslation(valuePrefix + pair[1]);
                })
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private String number(String value) {
        try {
            return java.text.NumberFormat.getIntegerInstance(getLocale()).format(Long.parseLong(value));
        } catch (NumberFormatException notANumber) {
            return value;
        }
    }

    private static Paragraph withClass(Paragraph paragraph, String className) {
        paragraph.addClassName(className);
        return paragraph;
    }

    private Paragraph line(String labelKey, String value) {
        Span label = new Span(getTranslation("label.colon", getTranslation(labelKey)) + " ");
        label.getStyle().set("font-weight", "600");
        return new Paragraph(label, new Span(value));
    }

    @Override
    public String pageHeading() {
        return heading;
    }
}
