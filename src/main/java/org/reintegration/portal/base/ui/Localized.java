package org.reintegration.portal.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinSession;
import java.text.DateFormatSymbols;
import java.time.DayOfWeek;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The words and formats Vaadin components bring in English, set in the page's language: the file upload,
 * the date picker (typed the way dates are written where the reader is) and the connection-lost messages.
 * Every screen creating one of these components passes it through here.
 */
public final class Localized {

    private Localized() {}

    /** The upload's buttons, drop hint, progress and errors in the page's language. */
    public static Upload upload(Upload upload) {
        return upload(upload, false);
    }

    /**
     * An upload that reads one file at a time (an import): its button and drop hint speak of one file, whatever
     * its limit on files. The limit itself stays open, so a corrected file can be sent after a refused one without
     * removing the first from the list; with {@code setMaxFiles(1)} the component says "one file" by itself.
     */
    public static Upload uploadOfOneFile(Upload upload) {
        return upload(upload, true);
    }

    private static Upload upload(Upload upload, boolean oneFile) {
        Locale locale = locale();
        UploadI18N i18n = new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(t(locale, "upload.add.one"))
                        .setMany(t(locale, oneFile ? "upload.add.one" : "upload.add.many")))
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(t(locale, "upload.drop.one"))
                        .setMany(t(locale, oneFile ? "upload.drop.one" : "upload.drop.many")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(t(locale, "upload.error.too-many"))
                        .setFileIsTooBig(t(locale, "upload.error.too-big"))
                        .setIncorrectFileType(t(locale, "upload.error.type")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(t(locale, "upload.status.connecting"))
                                .setStalled(t(locale, "upload.status.stalled"))
                                .setProcessing(t(locale, "upload.status.processing"))
                                .setHeld(t(locale, "upload.status.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(t(locale, "upload.remaining"))
                                .setUnknown(t(locale, "upload.remaining.unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(t(locale, "upload.error.server-unavailable"))
                                .setUnexpectedServerError(t(locale, "upload.error.server"))
                                .setForbidden(t(locale, "upload.error.forbidden"))
                                .setFileTooLarge(t(locale, "upload.error.too-big"))))
                .setFile(new UploadI18N.File()
                        .setRetry(t(locale, "upload.file.retry"))
                        .setStart(t(locale, "upload.file.start"))
                        .setRemove(t(locale, "upload.file.remove")))
                .setUnits(Arrays.asList(t(locale, "upload.units").split(",")));
        upload.setI18n(i18n);
        return upload;
    }

    /**
     * The date picker in the page's language, typed the way dates are written where the reader is: day first
     * in French, Arabic and British English (15/03/2026), month first only for American English. The ISO form
     * 2026-03-15 is understood everywhere.
     */
    public static DatePicker datePicker(DatePicker picker) {
        Locale locale = locale();
        Locale regional = regional(locale);
        picker.setLocale(regional);
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        DayOfWeek first = WeekFields.of(regional).getFirstDayOfWeek();
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n()
                .setMonthNames(List.of(symbols.getMonths()).subList(0, 12))
                .setWeekdays(List.of(symbols.getWeekdays()).subList(1, 8))
                .setWeekdaysShort(List.of(symbols.getShortWeekdays()).subList(1, 8))
                .setFirstDayOfWeek(first.getValue() % 7)
                .setToday(t(locale, "date-picker.today"))
                .setCancel(t(locale, "date-picker.cancel"))
                .setBadInputErrorMessage(t(locale, "date-picker.bad-input", example(dateFormat(regional))));
        String format = dateFormat(regional);
        if (format.startsWith("M")) {
            i18n.setDateFormats(format, "yyyy-MM-dd");
        } else {
            i18n.setDateFormats(format, "d/M/yyyy", "d.M.yyyy", "yyyy-MM-dd");
        }
        picker.setI18n(i18n);
        return picker;
    }

    /**
     * The pattern dates are typed in for a locale: month first for American English (and English without a
     * country), day first everywhere else the portal is used.
     */
    public static String dateFormat(Locale regional) {
        boolean american = regional.getLanguage().equals("en")
                && (regional.getCountry().isEmpty() || regional.getCountry().equals("US"));
        return american ? "M/d/yyyy" : "dd/MM/yyyy";
    }

    /** How 15 March 2026 is typed in this pattern, shown in the error for a date that could not be read. */
    static String example(String pattern) {
        return pattern.startsWith("M") ? "3/15/2026" : "15/03/2026";
    }

    /** The texts shown when the connection to the server is lost and being restored, in the page's language. */
    public static void connectionTexts(UI ui, Locale locale) {
        String reconnecting = t(locale, "connection.reconnecting");
        String lost = t(locale, "connection.lost");
        String online = t(locale, "connection.online");
        ui.getReconnectDialogConfiguration().setDialogText(reconnecting);
        ui.getReconnectDialogConfiguration().setDialogTextGaveUp(lost);
        ui.getPage()
                .executeJs(
                        "const set = (i) => { if (i) { i.reconnectingText = $0; i.offlineText = $1; i.onlineText = $2; } };"
                                + " set(window.Vaadin && window.Vaadin.connectionIndicator);"
                                + " document.querySelectorAll('vaadin-connection-indicator').forEach(set);",
                        reconnecting,
                        lost,
                        online);
    }

    /**
     * The page's language with the reader's country when their browser asked for this language with one (a
     * British browser on the English page gets en-GB), so regional date orders are kept.
     */
    static Locale regional(Locale language) {
        VaadinSession session = VaadinSession.getCurrent();
        Locale browser = session == null || session.getBrowser() == null
                ? null
                : session.getBrowser().getLocale();
        if (browser != null
                && browser.getLanguage().equals(language.getLanguage())
                && !browser.getCountry().isEmpty()) {
            return Locale.of(language.getLanguage(), browser.getCountry());
        }
        return language;
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Languages.DEFAULT : ui.getLocale();
    }

    private static String t(Locale locale, String key, Object... args) {
        return I18NProvider.translate(locale, key, args);
    }
}
