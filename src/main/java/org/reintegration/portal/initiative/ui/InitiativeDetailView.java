package org.reintegration.portal.initiative.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.ui.Formats;
import org.reintegration.portal.base.ui.HasPageHeading;
import org.reintegration.portal.base.ui.OfficialCommentsPanel;
import org.reintegration.portal.community.TensionLevel;
import org.reintegration.portal.initiative.FeasibilityReview;
import org.reintegration.portal.initiative.FeasibilityReviewService;
import org.reintegration.portal.initiative.Initiative;
import org.reintegration.portal.initiative.InitiativeComments;
import org.reintegration.portal.initiative.InitiativeData;
import org.reintegration.portal.initiative.InitiativeService;
import org.reintegration.portal.initiative.InitiativeStatus;
import org.reintegration.portal.initiative.Moderation;
import org.reintegration.portal.initiative.Photo;
import org.reintegration.portal.initiative.TypeField;
import org.reintegration.portal.security.CurrentUser;
import org.reintegration.portal.security.Role;

/**
 * One initiative with everything recorded about it, its moderation, its feasibility review, and
 * the actions its status allows staff (approve or reject, review, send back, mark as project).
 */
@Route("initiatives/:initiativeId")
@RolesAllowed({Role.STAFF_NAME, Role.AUTHORITY_NAME})
public class InitiativeDetailView extends VerticalLayout implements BeforeEnterObserver, HasPageHeading {

    private final InitiativeService initiatives;
    private final FeasibilityReviewService reviews;
    private final InitiativeComments comments;
    private final CurrentUser currentUser;
    private String heading = "";
    Initiative shown;
    OfficialCommentsPanel commentsPanel;

    public InitiativeDetailView(
            InitiativeService initiatives,
            FeasibilityReviewService reviews,
            InitiativeComments comments,
            CurrentUser currentUser) {
        this.initiatives = initiatives;
        this.reviews = reviews;
        this.comments = comments;
        this.currentUser = currentUser;
        setMaxWidth("60em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("initiativeId").orElse(""));
            show(initiatives.get(id));
        } catch (IllegalArgumentException unknown) {
            throw new NotFoundException();
        }
    }

    void show(Initiative initiative) {
        shown = initiative;
        removeAll();
        InitiativeData data = initiative.data();
        heading = data.title();
        HorizontalLayout actions = new HorizontalLayout(new Button(
                getTranslation("initiatives.back"), VaadinIcon.ARROW_BACKWARD.create(), click -> getUI().ifPresent(
                                ui -> ui.navigate(InitiativeListView.class))));
        actions.setWrap(true);
        if (currentUser.hasRole(Role.STAFF)) {
            addStaffActions(initiative, actions);
        }
        add(actions);
        H2 title = new H2(data.title());
        title.setId("initiative-heading");
        add(title);
        Span status = new Span(getTranslation(initiative.status().labelKey()));
        status.getElement().getThemeList().add("badge");
        status.setId("initiative-status");
        add(status);
        if (initiative.status() == InitiativeStatus.PROJECT) {
            // the projects capability owns the project's page and finds it by the initiative
            com.vaadin.flow.component.html.Anchor project = new com.vaadin.flow.component.html.Anchor(
                    "initiatives/" + initiative.id() + "/project", getTranslation("initiatives.link.project"));
            project.setId("initiative-project-link");
            add(project);
        }
        if (initiative.moderation() != null && initiative.moderation() != Moderation.APPROVED) {
            Span moderation = new Span(
                    getTranslation("moderation." + initiative.moderation().name()));
            moderation.getElement().getThemeList().add("badge contrast");
            moderation.setId("initiative-moderation");
            add(moderation);
            if (initiative.moderationNote() != null) {
                add(line("initiatives.moderation-note", initiative.moderationNote()));
            }
        }
        add(new Paragraph(data.description()));
        NumberFormat money = NumberFormat.getNumberInstance(getLocale());
        money.setMaximumFractionDigits(2);
        add(line("initiatives.community", initiative.communityName()));
        add(line("initiatives.dimension", getTranslation(data.dimension().labelKey())));
        add(line("initiatives.type", getTranslation(data.type().labelKey())));
        add(line("initiatives.text-language", Locale.of(data.textLanguage()).getDisplayLanguage(getLocale())));
        add(line("initiatives.cost-estimate", Formats.money(getLocale(), data.costEstimate(), initiative.currency())));
        if (initiative.validatedCost() != null) {
            add(line(
                    "review.validated-cost",
                    Formats.money(getLocale(), initiative.validatedCost(), initiative.currency())));
        }
        add(line(
                "initiatives.beneficiaries",
                getTranslation("beneficiaries." + data.beneficiaries().name())));
        if (data.returneeBeneficiaries() != null) {
            add(line("initiatives.returnee-beneficiaries", money.format(data.returneeBeneficiaries())));
        }
        if (data.residentBeneficiaries() != null) {
            add(line("initiatives.resident-beneficiaries", money.format(data.residentBeneficiaries())));
        }
        if (data.location() != null) {
            add(line(
                    "initiatives.location",
                    data.location().lat() + ", " + data.location().lon()));
        }
        if (data.confidential()) {
            add(new Paragraph(getTranslation("initiatives.confidential-note")));
        }
        for (TypeField field : data.type().fields()) {
            Object value = data.details().get(field.name());
            if (value != null) {
                String text = value instanceof Boolean yes
                        ? getTranslation(yes ? "answer.yes" : "answer.no")
                        : value instanceof Long number ? money.format(number) : value.toString();
                add(line(field.labelKey(), text));
            }
        }
        String channel = initiative.enteredBy() == null
                ? getTranslation("initiatives.channel.PUBLIC_FORM")
                : getTranslation("initiatives.channel.STAFF", initiative.enteredBy(), initiative.meetingNote());
        add(line("initiatives.channel", channel));
        if (initiative.hasPhoto()) {
            Image photo = new Image(
                    DownloadHandler.fromInputStream(event -> {
                        Optional<Photo> found = initiatives.photo(initiative.id());
                        byte[] bytes = found.map(Photo::bytes).orElse(new byte[0]);
                        return new DownloadResponse(
                                new ByteArrayInputStream(bytes),
                                "initiative-" + initiative.id(),
                                found.map(Photo::mediaType).orElse("image/png"),
                                bytes.length);
                    }),
                    getTranslation("initiatives.photo"));
            photo.setMaxWidth("100%");
            photo.setMaxHeight("20em");
            add(photo);
        }
        showReview(reviews.review(initiative.id()).orElse(null));
        commentsPanel = new OfficialCommentsPanel(
                currentUser.hasRole(Role.AUTHORITY) ? text -> comments.comment(initiative.id(), text) : null);
        commentsPanel.setId("initiative-comments");
        commentsPanel.show(comments.comments(initiative.id()));
        add(commentsPanel);
    }

    private void showReview(FeasibilityReview review) {
        H3 reviewHeading = new H3(getTranslation("review.title"));
        add(reviewHeading);
        if (review == null) {
            add(new Paragraph(getTranslation("review.none")));
            return;
        }
        Div box = new Div();
        box.setId("initiative-review");
        review.data().assessments().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> box.add(line(
                        entry.getKey().labelKey(),
                        getTranslation(entry.getValue().rating().labelKey())
                                + (entry.getValue().note() == null
                                        ? ""
                                        : " — " + entry.getValue().note()))));
        box.add(line(
                "review.decision",
                getTranslation("review.decision." + review.data().decision().name())));
        box.add(line("review.public-reason", review.data().publicReason()));
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale());
        box.add(line("review.reviewer", review.reviewer() + " · " + dates.format(review.reviewedAt())));
        add(box);
    }

    private void addStaffActions(Initiative initiative, HorizontalLayout actions) {
        if (initiative.awaitingModeration()) {
            Button approve = new Button(getTranslation("moderation.approve"), VaadinIcon.CHECK.create(), click -> {
                initiatives.approve(initiative.id());
                reload();
            });
            approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            approve.setId("approve");
            Button reject = new Button(
                    getTranslation("moderation.reject"), VaadinIcon.BAN.create(), click -> openReject(initiative));
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
            reject.setId("reject");
            actions.add(approve, reject);
        }
        InitiativeStatus status = initiative.status();
        if (status.ordinal() <= InitiativeStatus.NOT_FEASIBLE.ordinal()
                && initiative.moderation() != Moderation.REJECTED) {
            Button edit = new Button(
                    getTranslation("initiatives.edit"),
                    VaadinIcon.EDIT.create(),
                    click -> new InitiativeDialog(initiatives, initiative, id -> reload()).open());
            edit.setId("edit-initiative");
            actions.add(edit);
        }
        if (initiative.published() && status == InitiativeStatus.PROPOSED) {
            actions.add(move("initiatives.start-review", "start-review", initiative, InitiativeStatus.UNDER_REVIEW));
        }
        if (initiative.published() && status.reviewable()) {
            Button review = new Button(
                    getTranslation("review.open"),
                    VaadinIcon.CLIPBOARD_CHECK.create(),
                    click -> openReview(initiative));
            review.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            review.setId("review");
            actions.add(review);
        }
        if (status == InitiativeStatus.UNDER_REVIEW) {
            actions.add(
                    move("initiatives.back-to-proposed", "back-to-proposed", initiative, InitiativeStatus.PROPOSED));
        }
        if (status == InitiativeStatus.SELECTED) {
            actions.add(move("initiatives.to-project", "to-project", initiative, InitiativeStatus.PROJECT));
        }
    }

    private Button move(String key, String id, Initiative initiative, InitiativeStatus target) {
        Button button = new Button(getTranslation(key), click -> {
            initiatives.moveTo(initiative.id(), target);
            reload();
        });
        button.setId(id);
        return button;
    }

    void openReview(Initiative initiative) {
        TensionLevel tension = reviews.communityTension(initiative.id()).orElse(null);
        new ReviewDialog(reviews, initiative, reviews.review(initiative.id()).orElse(null), tension, this::reload)
                .open();
    }

    private void openReject(Initiative initiative) {
        Dialog dialog = new Dialog(getTranslation("moderation.reject"));
        TextArea note = new TextArea(getTranslation("moderation.reject-note"));
        note.setMaxLength(InitiativeService.NOTE_MAX);
        note.setWidthFull();
        note.setId("reject-note");
        Button confirm = new Button(getTranslation("moderation.reject"), click -> {
            try {
                initiatives.reject(initiative.id(), note.getValue());
            } catch (InvalidFieldException e) {
                note.setErrorMessage(getTranslation(e.messageKey()));
                note.setInvalid(true);
                return;
            }
            dialog.close();
            reload();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        confirm.setId("reject-confirm");
        dialog.add(note);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private void reload() {
        show(initiatives.get(shown.id()));
    }

    private Div line(String key, String value) {
        Span label = new Span(getTranslation("label.colon", getTranslation(key)) + " ");
        label.getStyle().set("font-weight", "600");
        return new Div(label, new Span(value));
    }

    @Override
    public String pageHeading() {
        return heading.isEmpty() ? getTranslation("initiatives.list-title") : heading;
    }
}
