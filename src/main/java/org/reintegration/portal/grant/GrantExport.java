package org.reintegration.portal.grant;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.reintegration.portal.base.BidiText;
import org.reintegration.portal.interop.csv.CsvWriter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Financial reports: one grant's budget against actual, tranches, disbursements and expenditure reports as
 * XLSX or PDF, and every grant of the programme as one CSV. Column names are in English, the language of
 * financial reporting to donors; amounts are plain numbers with two decimals. Contact and bank reference are
 * left out: these files travel.
 */
@Service
@PreAuthorize("hasRole('STAFF')")
public class GrantExport {

    static final List<String> PROGRAMME_COLUMNS = List.of(
            "grant_id",
            "title",
            "grantee",
            "grantee_kind",
            "status",
            "currency",
            "amount",
            "budgeted",
            "disbursed",
            "spent",
            "start",
            "end",
            "projects",
            "overspent_flag");

    /** The programme columns that hold numbers; every other one is text, guarded against formulas. */
    static final Set<String> PROGRAMME_NUMBERS =
            Set.of("grant_id", "amount", "budgeted", "disbursed", "spent", "overspent_flag");

    private static final String FONT = "/fonts/DejaVuSans.ttf";

    private final GrantService grants;

    GrantExport(GrantService grants) {
        this.grants = grants;
    }

    /** Every grant of the programme, one row each, newest first. */
    public void writeProgrammeCsv(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CsvWriter csv = new CsvWriter(
                writer,
                ',',
                IntStream.range(0, PROGRAMME_COLUMNS.size())
                        .filter(i -> PROGRAMME_NUMBERS.contains(PROGRAMME_COLUMNS.get(i)))
                        .boxed()
                        .collect(Collectors.toSet()));
        csv.write(PROGRAMME_COLUMNS);
        grants.forEachBalance((grant, balance) -> {
            GrantData d = grant.data();
            try {
                csv.write(List.of(
                        String.valueOf(grant.id()),
                        d.title(),
                        d.granteeName(),
                        d.granteeKind().name(),
                        grant.status().name(),
                        d.currency(),
                        d.amount().toPlainString(),
                        balance.budgeted().toPlainString(),
                        balance.disbursed().toPlainString(),
                        balance.spent().toPlainString(),
                        d.startOn().toString(),
                        d.endOn().toString(),
                        String.join(
                                " ",
                                d.projectIds().stream()
                                        .sorted()
                                        .map(String::valueOf)
                                        .toList()),
                        balance.flagged() ? "1" : "0"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        csv.flush();
    }

    /** The grant's financial report as a workbook: summary, budget against actual, tranches, movements. */
    public void writeXlsx(long grantId, OutputStream out) throws IOException {
        Report report = report(grantId);
        Workbook workbook = new Workbook(out, "Reintegration portal", "1.0");
        for (Table table : report.tables()) {
            Worksheet sheet = workbook.newWorksheet(table.name());
            for (int c = 0; c < table.header().size(); c++) {
                sheet.value(0, c, table.header().get(c));
                sheet.style(0, c).bold().set();
            }
            for (int r = 0; r < table.rows().size(); r++) {
                List<Object> row = table.rows().get(r);
                for (int c = 0; c < row.size(); c++) {
                    switch (row.get(c)) {
                        case null -> {}
                        case BigDecimal number -> {
                            sheet.value(r + 1, c, number);
                            sheet.style(r + 1, c).format("#,##0.00").set();
                        }
                        case LocalDate date -> {
                            sheet.value(r + 1, c, date);
                            sheet.style(r + 1, c).format("yyyy-mm-dd").set();
                        }
                        case Number number -> sheet.value(r + 1, c, number);
                        default -> sheet.value(r + 1, c, row.get(c).toString());
                    }
                }
            }
        }
        workbook.finish();
    }

    /** The same financial report as a PDF. */
    public void writePdf(long grantId, OutputStream out) throws IOException {
        Report report = report(grantId);
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            BaseFont base = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, font(), null);
            Font heading = new Font(base, 14, Font.BOLD);
            Font bold = new Font(base, 8, Font.BOLD);
            Font text = new Font(base, 8);
            document.add(new Paragraph(pdfText(report.title()), heading));
            for (Table table : report.tables()) {
                Paragraph name = new Paragraph(table.name(), new Font(base, 11, Font.BOLD));
                name.setSpacingBefore(10);
                name.setSpacingAfter(4);
                document.add(name);
                PdfPTable pdf = new PdfPTable(table.header().size());
                pdf.setWidthPercentage(100);
                // Lays out each cell with the bidirectional algorithm, so that Arabic names read right to left
                // with joined letters; typed text is isolated in it (pdfText).
                pdf.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
                pdf.getDefaultCell().setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
                table.header().forEach(h -> pdf.addCell(new Paragraph(h, bold)));
                for (List<Object> row : table.rows()) {
                    for (Object cell : row) {
                        pdf.addCell(new Paragraph(
                                switch (cell) {
                                    case null -> "";
                                    case BigDecimal number -> String.format(java.util.Locale.ROOT, "%,.2f", number);
                                    default -> pdfText(cell);
                                },
                                text));
                    }
                }
                document.add(pdf);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IOException("Could not write the financial report", e);
        }
    }

    private record Table(String name, List<String> header, List<List<Object>> rows) {}

    private record Report(Object title, List<Table> tables) {}

    /** Text someone typed, such as a title or a name: isolated in the PDF, plain in the workbook. */
    private record Typed(String text) {
        @Override
        public String toString() {
            return text == null ? "" : text;
        }
    }

    /** A cell of fixed and typed parts, such as a name followed by its kind. */
    private record Line(Object... parts) {
        @Override
        public String toString() {
            StringBuilder text = new StringBuilder();
            for (Object part : parts) {
                text.append(part);
            }
            return text.toString();
        }
    }

    private static Typed typed(String text) {
        return text == null ? null : new Typed(text);
    }

    /**
     * A cell's text for the PDF, where the cell is laid out bidirectionally: typed text in a first-strong
     * isolate, so a direction control inside cannot turn what follows it backwards.
     */
    private static String pdfText(Object cell) {
        return switch (cell) {
            case Typed t -> BidiText.isolate(t.text());
            case Line l -> {
                StringBuilder text = new StringBuilder();
                for (Object part : l.parts()) {
                    text.append(pdfText(part));
                }
                yield text.toString();
            }
            default -> cell.toString();
        };
    }

    private Report report(long grantId) {
        Grant grant = grants.get(grantId);
        GrantData d = grant.data();
        GrantBalance balance = grants.balance(grantId);
        List<List<Object>> summary = new ArrayList<>();
        summary.add(List.of("Grant", new Line("#" + grant.id() + " ", typed(d.title()))));
        summary.add(List.of("Grantee", new Line(typed(d.granteeName()), " (" + d.granteeKind() + ")")));
        summary.add(List.of("Status", grant.status().name()));
        summary.add(List.of("Currency", d.currency()));
        summary.add(List.of("Period", d.startOn() + " – " + d.endOn()));
        summary.add(List.of("Amount", d.amount()));
        summary.add(List.of("Budgeted", balance.budgeted()));
        summary.add(List.of("Disbursed", balance.disbursed()));
        summary.add(List.of("Spent (accepted reports)", balance.spent()));
        summary.add(List.of("Not yet disbursed", d.amount().subtract(balance.disbursed())));
        if (d.cofundingAmount() != null) {
            summary.add(List.of(
                    "Co-funding",
                    new Line(
                            d.cofundingAmount().toPlainString() + " " + d.cofundingKind(),
                            d.cofundingNote() == null ? "" : " — ",
                            d.cofundingNote() == null ? "" : typed(d.cofundingNote()))));
        }
        summary.add(List.of("Overspending flagged", balance.flagged() ? "yes" : "no"));
        // The latest hash of the audit trail, printed where the portal cannot rewrite it: whoever keeps this
        // report can tell later whether the events up to now were recomputed (ADR 0008).
        TrailCheck trail = grants.checkTrail(grantId);
        summary.add(List.of(
                "Audit trail",
                switch (trail.problem()) {
                    case NONE -> "intact, " + trail.verified() + " events; latest SHA-256 " + trail.headHash();
                    case ALTERED -> "ALTERED: event #" + trail.event() + " does not match";
                    case MISSING -> "ALTERED: event #" + trail.event() + " is missing";
                    case OUTSIDE -> "ALTERED: an event dated " + trail.outsideAt() + " was added outside the portal";
                }));

        List<List<Object>> lines = new ArrayList<>();
        for (LineBalance line : balance.lines()) {
            lines.add(row(
                    line.line().category().name(),
                    typed(line.line().description()),
                    line.line().amount(),
                    line.spent(),
                    line.variance(),
                    line.overspent() ? "over tolerance (" + d.tolerancePercent() + " %)" : ""));
        }
        lines.add(row(
                "TOTAL",
                "",
                balance.budgeted(),
                balance.spent(),
                balance.spent().subtract(balance.budgeted()),
                ""));

        List<Disbursement> disbursements = grants.disbursements(grantId);
        List<List<Object>> tranches = new ArrayList<>();
        for (Tranche t : grants.tranches(grantId)) {
            tranches.add(row(
                    t.number(),
                    t.plannedOn(),
                    t.amount(),
                    GrantFigures.released(t, disbursements),
                    t.conditions() == null ? "" : typed(t.conditions())));
        }
        List<List<Object>> paid = new ArrayList<>();
        for (Disbursement x : disbursements) {
            paid.add(row(
                    x.id(),
                    x.trancheNumber(),
                    x.amount(),
                    x.status().name(),
                    typed(x.preparedBy()),
                    x.preparedAt().toLocalDate(),
                    typed(x.decidedBy()),
                    x.decidedAt() == null ? null : x.decidedAt().toLocalDate()));
        }
        List<List<Object>> reports = new ArrayList<>();
        for (ExpenditureReport r : grants.reports(grantId)) {
            reports.add(row(
                    r.id(),
                    r.periodEnd(),
                    r.finalReport() ? "final" : "",
                    r.total(),
                    r.status().name(),
                    typed(r.enteredBy()),
                    typed(r.reviewedBy()),
                    r.receipts().size()));
        }
        return new Report(
                new Line("Financial report — grant #" + grant.id() + ": ", typed(d.title())),
                List.of(
                        new Table("Summary", List.of("Item", "Value"), summary),
                        new Table(
                                "Budget vs actual",
                                List.of("Category", "Description", "Budget", "Spent", "Variance", "Flag"),
                                lines),
                        new Table(
                                "Tranches",
                                List.of("Tranche", "Planned", "Amount", "Released", "Conditions"),
                                tranches),
                        new Table(
                                "Disbursements",
                                List.of(
                                        "Id",
                                        "Tranche",
                                        "Amount",
                                        "Status",
                                        "Prepared by",
                                        "Prepared on",
                                        "Decided by",
                                        "Decided on"),
                                paid),
                        new Table(
                                "Expenditure reports",
                                List.of(
                                        "Id",
                                        "Period end",
                                        "Final",
                                        "Total",
                                        "Status",
                                        "Entered by",
                                        "Reviewed by",
                                        "Receipts"),
                                reports)));
    }

    private static List<Object> row(Object... cells) {
        return java.util.Arrays.asList(cells);
    }

    private static byte[] font() throws IOException {
        try (InputStream in = GrantExport.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IOException("missing font " + FONT);
            }
            return in.readAllBytes();
        }
    }
}
