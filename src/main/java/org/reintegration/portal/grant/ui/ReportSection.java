package org.reintegration.portal.grant.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.ui.Localized;
import org.reintegration.portal.grant.BudgetLine;
import org.reintegration.portal.grant.ExpenditureReport;
import org.reintegration.portal.grant.Grant;
import org.reintegration.portal.grant.GrantService;
import org.reintegration.portal.grant.GrantStatus;
import org.reintegration.portal.grant.Receipt;
import org.reintegration.portal.grant.ReceiptDownload;
import org.reintegration.portal.grant.ReceiptFile;
import org.reintegration.portal.grant.ReportData;
import org.reintegration.portal.grant.ReportStatus;

/**
 * Expenditure reports: one staff member enters what the grantee spent per budget line, with receipts; another
 * accepts or rejects it. Receipts are checked as they arrive and again by the service.
 */
class ReportSection extends VerticalLayout {

    private final GrantService grants;
    private final Amounts amounts;
    private final Predicate<Supplier<?>> act;
    private Grant grant;
    final Grid<ExpenditureReport> grid = new Grid<>();
    final DatePicker periodEnd = Localized.datePicker(new DatePicker());
    final Checkbox finalReport = new Checkbox();
    final TextField note = new TextField();
    final FormLayout lineFields = new FormLayout();
    final Map<Long, BigDecimalField> spent = new LinkedHashMap<>();
    final List<ReceiptFile> pendingReceipts = new ArrayList<>();
    final UnorderedList receiptList = new UnorderedList();
    final Paragraph receiptProblem = new Paragraph();
    final Button enter = new Button();
    private final VerticalLayout form = new VerticalLayout();

    ReportSection(GrantService grants, Amounts amounts, Predicate<Supplier<?>> act) {
        this.grants = grants;
        this.amounts = amounts;
        this.act = act;
        setPadding(false);
        grid.addColumn(r -> amounts.date(r.periodEnd()))
                .setHeader(getTranslation("grants.report.period-end"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.finalReport() ? getTranslation("grants.report.final") : "")
                .setAutoWidth(true);
        grid.addColumn(r -> amounts.number(r.total(), grant.data().currency()))
                .setHeader(getTranslation("grants.report.total"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.status().labelKey()))
                .setHeader(getTranslation("grants.status"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.enteredBy() + ", " + amounts.time(r.enteredAt()))
                .setHeader(getTranslation("grants.report.entered-by"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.reviewedBy() == null ? "" : r.reviewedBy() + ", " + amounts.time(r.reviewedAt()))
                .setHeader(getTranslation("grants.report.reviewed-by"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::receipts).setHeader(getTranslation("grants.report.receipts"));
        grid.addComponentColumn(this::actions).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setId("report-grid");

        periodEnd.setLabel(getTranslation("grants.report.period-end"));
        finalReport.setLabel(getTranslation("grants.report.final"));
        note.setLabel(getTranslation("grants.note"));
        note.setMaxLength(ReportData.NOTE_MAX);
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory(
                (metadata, bytes) -> ui.access(() -> receiveReceipt(metadata.fileName(), bytes))));
        Localized.upload(upload);
        upload.setAcceptedFileTypes(".pdf", ".jpg", ".jpeg", ".png", "application/pdf", "image/jpeg", "image/png");
        upload.setMaxFileSize(ReceiptFile.MAX_BYTES);
        upload.setId("receipt-upload");
        receiptProblem.setId("receipt-problem");
        receiptProblem.getStyle().set("color", "var(--lumo-error-text-color)");
        enter.setText(getTranslation("grants.report.enter"));
        enter.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enter.setId("enter-report");
        enter.addClickListener(e -> enterReport());
        form.setPadding(false);
        // on a phone the three fields go one under the other instead of widening the page
        HorizontalLayout period = new HorizontalLayout(periodEnd, finalReport, note);
        period.setWrap(true);
        form.add(
                new H4(getTranslation("grants.report.new")),
                period,
                lineFields,
                new Paragraph(getTranslation("grants.report.receipt-help")),
                upload,
                receiptProblem,
                receiptList,
                enter);
        add(new H3(getTranslation("grants.report.title")), grid, form);
    }

    void show(Grant grant) {
        this.grant = grant;
        grid.setItems(grants.reports(grant.id()));
        lineFields.removeAll();
        spent.clear();
        for (BudgetLine line : grants.budgetLines(grant.id())) {
            BigDecimalField field = new BigDecimalField(line.description());
            field.setHelperText(getTranslation(line.category().labelKey()) + " — "
                    + amounts.number(line.amount(), grant.data().currency()));
            spent.put(line.id(), field);
            lineFields.add(field);
        }
        form.setVisible(grant.status() == GrantStatus.ACTIVE || grant.status() == GrantStatus.SUSPENDED);
    }

    /** Checks an uploaded receipt at once; a refused one is named and left out. */
    void receiveReceipt(String fileName, byte[] content) {
        receiptProblem.setText("");
        try {
            ReceiptFile file = ReceiptFile.check(fileName, content);
            pendingReceipts.add(file);
            receiptList.add(new ListItem(file.originalName()));
        } catch (InvalidFieldException refused) {
            receiptProblem.setText(getTranslation(refused.messageKey()) + " (" + refused.getMessage() + ")");
        }
    }

    private void enterReport() {
        periodEnd.setInvalid(false);
        if (periodEnd.getValue() == null) {
            periodEnd.setErrorMessage(getTranslation("grants.error.field.period-end"));
            periodEnd.setInvalid(true);
            return;
        }
        Map<Long, BigDecimal> amountsByLine = new LinkedHashMap<>();
        spent.forEach((line, field) -> {
            field.setInvalid(false);
            if (field.getValue() != null) {
                amountsByLine.put(line, field.getValue());
            }
        });
        ReportData data;
        try {
            data = new ReportData(periodEnd.getValue(), finalReport.getValue(), note.getValue(), amountsByLine);
        } catch (IllegalArgumentException e) {
            spent.values().forEach(f -> {
                f.setErrorMessage(getTranslation("grants.error.field.spent"));
                f.setInvalid(true);
            });
            return;
        }
        List<ReceiptFile> files = List.copyOf(pendingReceipts);
        if (act.test(() -> {
            try {
                return grants.enterReport(grant.id(), data, files);
            } catch (InvalidFieldException refused) {
                if ("periodEnd".equals(refused.field())) {
                    periodEnd.setErrorMessage(getTranslation(refused.messageKey()));
                    periodEnd.setInvalid(true);
                }
                throw refused;
            }
        })) {
            pendingReceipts.clear();
            receiptList.removeAll();
            periodEnd.clear();
            finalReport.clear();
            note.clear();
        }
    }

    private com.vaadin.flow.component.Component receipts(ExpenditureReport report) {
        VerticalLayout links = new VerticalLayout();
        links.setPadding(false);
        links.setSpacing(false);
        for (Receipt receipt : report.receipts()) {
            Anchor link = new Anchor(
                    DownloadHandler.fromInputStream(e -> {
                        ReceiptDownload file = grants.receipt(receipt.id());
                        return new DownloadResponse(
                                new ByteArrayInputStream(file.content()),
                                file.receipt().originalName(),
                                file.receipt().mediaType(),
                                file.content().length);
                    }),
                    receipt.originalName());
            link.addClassName("receipt-link");
            links.add(link);
        }
        return links;
    }

    private com.vaadin.flow.component.Component actions(ExpenditureReport report) {
        HorizontalLayout buttons = new HorizontalLayout();
        if (report.status() == ReportStatus.ENTERED) {
            Button accept = new Button(
                    getTranslation("grants.report.accept"),
                    e -> act.test(() -> grants.acceptReport(report.id(), null)));
            accept.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL);
            accept.setId("accept-report-" + report.id());
            Button reject = new Button(
                    getTranslation("grants.report.reject"),
                    e -> act.test(() -> grants.rejectReport(report.id(), null)));
            reject.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            buttons.add(accept, reject);
        }
        return buttons;
    }
}
