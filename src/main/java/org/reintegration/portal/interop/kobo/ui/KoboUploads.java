package org.reintegration.portal.interop.kobo.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;
import java.util.function.BiConsumer;
import org.reintegration.portal.base.ui.Localized;
import org.reintegration.portal.interop.hxl.ImportProblem;
import org.reintegration.portal.interop.hxl.ui.ImportProblemList;

/** What every import of a KoboToolbox or ODK export shows alike: the upload of the file and the list of problems. */
public final class KoboUploads {

    /** The largest export accepted (some tens of thousands of submissions). */
    public static final int MAX_FILE_BYTES = 50 * 1024 * 1024;

    private KoboUploads() {}

    /**
     * An upload of one CSV export, in the reader's language, read whole; the browser shows its progress while it
     * is sent. {@code received} gets the file's name and content in the view's UI.
     */
    public static Upload csv(String id, BiConsumer<String, byte[]> received) {
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory(
                (metadata, bytes) -> ui.access(() -> received.accept(metadata.fileName(), bytes))));
        Localized.uploadOfOneFile(upload);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setId(id);
        return upload;
    }

    /** Shows the problems listed, in the reader's language, and how many more there were ({@code count} in all). */
    public static void showProblems(UnorderedList list, List<ImportProblem> problems, int count, Component view) {
        ImportProblemList.show(list, problems, count, view);
    }
}
