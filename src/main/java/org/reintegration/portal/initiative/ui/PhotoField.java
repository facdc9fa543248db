package org.reintegration.portal.initiative.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;
import java.util.Locale;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.ui.Localized;
import org.reintegration.portal.initiative.Photo;

/**
 * An initiative's photo: an upload that keeps the file only when it really is a photo, and says beside it
 * why a file was refused and that the proposal goes without it: a refused photo is never dropped silently.
 */
class PhotoField extends Div {

    private static final List<String> PHOTO_EXTENSIONS = List.of(".jpg", ".jpeg", ".png", ".webp");

    final Upload upload;
    final Span error = new Span();
    /** The photo chosen, already checked; null when none. */
    private Photo photo;
    /** Why the last file chosen was not taken as the photo (a message key); null when none was refused. */
    private String refusal;

    private volatile UI ui;

    PhotoField() {
        // The upload arrives on a request thread without the session lock: hand it to the UI to check.
        addAttachListener(attach -> ui = attach.getUI());
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            UI current = ui;
            if (current != null) {
                current.access(() -> chosen(bytes));
            }
        }));
        Localized.upload(upload);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(Photo.MAX_BYTES);
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp", ".jpg", ".jpeg", ".png", ".webp");
        upload.addFileRejectedListener(e -> rejected(e.getFileName()));
        upload.addFileRemovedListener(e -> {
            photo = null;
            refusal = null;
            error.setText("");
        });
        upload.setId("initiative-photo");
        error.addClassName("field-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        add(new Span(getTranslation("initiatives.photo")), upload, error);
    }

    /** The photo chosen, already checked; null when none. */
    Photo value() {
        return photo;
    }

    /** Why the last file chosen was refused, as a message key; null when none was. */
    String refusal() {
        return refusal;
    }

    /** Checks the chosen file as a photo; kept only when it really is one. */
    void chosen(byte[] bytes) {
        error.setText("");
        refusal = null;
        try {
            photo = Photo.of(bytes);
        } catch (InvalidFieldException e) {
            photo = null;
            showError(e.messageKey());
        }
    }

    /**
     * The browser refused a file before sending it: by its type when its name is not that of a photo (a
     * small PDF is "not a photo", not "too large"), otherwise by its size, the only other rule it checks.
     */
    void rejected(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        boolean photoName = PHOTO_EXTENSIONS.stream().anyMatch(name::endsWith);
        photo = null;
        showError(photoName ? "initiatives.error.photo-size" : "initiatives.error.photo-type");
    }

    /**
     * Says why the file was refused and that the proposal goes without it. The message stays until
     * another file is chosen or the file is removed.
     */
    void showError(String key) {
        refusal = key;
        error.setText(getTranslation(key) + " " + getTranslation("propose.photo-left-out"));
    }
}
