package org.reintegration.portal.monitoring.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Supplier;
import org.reintegration.portal.base.BidiText;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.ui.Localized;
import org.reintegration.portal.monitoring.FollowUp;
import org.reintegration.portal.monitoring.FollowUpStatus;
import org.reintegration.portal.monitoring.PhotoInfo;
import org.reintegration.portal.monitoring.Visit;
import org.reintegration.portal.monitoring.VisitPhoto;
import org.reintegration.portal.monitoring.VisitService;

/** A project's monitoring visits, newest first, with their follow-up actions and photos. */
class VisitSection extends VerticalLayout {

    private final VisitService visits;
    private final long projectId;
    private final boolean staff;
    private final Supplier<LocalDate> today;
    final Button add = new Button();

    VisitSection(VisitService visits, long projectId, boolean staff, Supplier<LocalDate> today) {
        this.visits = visits;
        this.projectId = projectId;
        this.staff = staff;
        this.today = today;
        setPadding(false);
        setId("visits");
        add.setText(getTranslation("visits.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId("add-visit");
        add.addClickListener(e -> new VisitDialog(visits, projectId, today.get(), this::refresh).open());
    }

    void refresh() {
        removeAll();
        var list = visits.ofProject(projectId);
        if (list.isEmpty()) {
            add(new Paragraph(getTranslation("visits.none")));
        }
        list.forEach(v -> add(card(v)));
        if (staff) {
            add(add);
        }
    }

    private Div card(Visit visit) {
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        Div card = new Div();
        card.addClassName("visit-card");
        card.add(new H4(dates.format(visit.data().visitedOn()) + " — "
                + BidiText.isolate(visit.data().visitors())));
        String tension = visit.data().tension() == null
                ? getTranslation("visits.tension.not-assessed")
                : getTranslation("tension." + visit.data().tension().name());
        Span tensionLine = new Span(getTranslation("label.colon", getTranslation("visits.tension")) + " " + tension);
        tensionLine.addClassName("visit-tension");
        card.add(tensionLine, new Paragraph(visit.data().findings()));

        UnorderedList followUps = new UnorderedList();
        followUps.addClassName("follow-ups");
        for (FollowUp f : visit.followUps()) {
            followUps.add(followUp(f, dates));
        }
        if (!visit.followUps().isEmpty()) {
            card.add(new Span(getTranslation("visits.follow-ups")), followUps);
        }
        if (staff) {
            card.add(newFollowUp(visit));
        }
        HorizontalLayout photos = new HorizontalLayout();
        photos.setWrap(true);
        for (PhotoInfo info : visit.photos()) {
            photos.add(photo(info));
        }
        card.add(photos);
        if (staff && visit.photos().size() < VisitPhoto.MAX_PER_VISIT) {
            card.add(upload(visit));
        }
        return card;
    }

    private ListItem followUp(FollowUp f, DateTimeFormatter dates) {
        String text = BidiText.isolate(f.action())
                + (f.dueOn() == null
                        ? ""
                        : " — " + getTranslation("visits.follow-up.due") + " " + dates.format(f.dueOn()))
                + " — " + getTranslation(f.status().labelKey())
                + (f.isOverdue(today.get()) ? " — " + getTranslation("visits.follow-up.overdue") : "");
        ListItem item = new ListItem(new Span(text));
        if (staff && f.status() == FollowUpStatus.OPEN) {
            Button done = new Button(getTranslation("visits.follow-up.mark-done"), e -> {
                visits.setFollowUpStatus(f.id(), FollowUpStatus.DONE);
                refresh();
            });
            done.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            done.addClassName("follow-up-done");
            Button drop = new Button(getTranslation("visits.follow-up.drop"), e -> {
                visits.setFollowUpStatus(f.id(), FollowUpStatus.DROPPED);
                refresh();
            });
            drop.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            item.add(done, drop);
        }
        return item;
    }

    private HorizontalLayout newFollowUp(Visit visit) {
        TextField action = new TextField();
        action.setPlaceholder(getTranslation("visits.follow-up.action"));
        action.setMaxLength(FollowUp.ACTION_MAX);
        DatePicker due = Localized.datePicker(new DatePicker());
        due.setPlaceholder(getTranslation("visits.follow-up.due"));
        Button add = new Button(getTranslation("visits.follow-up.add"), e -> {
            try {
                visits.addFollowUp(visit.id(), FollowUp.open(action.getValue(), due.getValue()));
                refresh();
            } catch (InvalidFieldException refused) {
                action.setErrorMessage(getTranslation(refused.messageKey()));
                action.setInvalid(true);
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add.addClassName("add-follow-up");
        HorizontalLayout row = new HorizontalLayout(action, due, add);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private Image photo(PhotoInfo info) {
        Image image = new Image(
                DownloadHandler.fromInputStream(event -> {
                    VisitPhoto photo = visits.photo(info.id());
                    return new DownloadResponse(
                            new ByteArrayInputStream(photo.bytes()),
                            photo.fileName(),
                            photo.mediaType(),
                            photo.bytes().length);
                }),
                info.fileName());
        image.setMaxHeight("8em");
        image.addClassName("visit-photo");
        return image;
    }

    private Upload upload(Visit visit) {
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory(
                (metadata, bytes) -> ui.access(() -> receivePhoto(visit.id(), metadata.fileName(), bytes))));
        Localized.upload(upload);
        upload.setAcceptedFileTypes(".jpg", ".jpeg", ".png", ".webp", "image/jpeg", "image/png", "image/webp");
        // a little above the limit so that the service, not the browser, gives the clear refusal
        upload.setMaxFileSize(VisitPhoto.MAX_BYTES + 1024);
        upload.setMaxFiles(1);
        upload.addFileRejectedListener(e -> Notification.show(
                        getTranslation("visits.error.photo-type-or-size"), 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR));
        upload.setDropLabel(new Span(getTranslation("visits.photo.drop")));
        upload.addClassName("visit-photo-upload");
        return upload;
    }

    void receivePhoto(long visitId, String fileName, byte[] bytes) {
        try {
            visits.addPhoto(visitId, fileName, bytes);
            refresh();
        } catch (InvalidFieldException refused) {
            Notification.show(getTranslation(refused.messageKey()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
