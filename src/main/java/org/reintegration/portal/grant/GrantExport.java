package org.reintegration.portal.grant;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.reintegration.portal.base.pdf.PdfLanguage;
import org.reintegration.portal.interop.csv.CsvWriter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Financial reports: one grant's budget against actual, tranches, disbursements and expenditure reports as
 * XLSX or PDF, and every grant of the programme as one CSV. In the CSV and the workbook, column names are in
 * English, the language of financial reporting to donors, and values keep their codes; the PDF, read by
 * people, is in the reader's language. Amounts are plain numbers with two decimals. Contact and bank reference are
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
        Report report = report(grantId, WORKBOOK);
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

    /**
     * The same financial report as a PDF in the reader's language: words instead of codes, Arabic right to
     * left with joined letters, names people typed isolated so that they cannot turn the text after them.
     */
    public void writePdf(long grantId, Locale language, OutputStream out) throws IOException {
        PdfLanguage words = PdfLanguage.of(language);
        Report report = report(grantId, new PdfWords(words));
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            document.add(words.heading(pdfText(report.title()), 14, 0));
            for (Table table : report.tables()) {
                document.add(words.heading(table.name(), 11, 10));
                float[] widths = new float[table.header().size()];
                java.util.Arrays.fill(widths, 1);
                PdfPTable pdf = words.table(widths);
                pdf.setHeaderRows(1);
                table.header().forEach(h -> pdf.addCell(words.boxed(h, 8, true)));
                for (List<Object> row : table.rows()) {
                    for (Object cell : row) {
                        pdf.addCell(words.boxed(pdfText(cell), 8, false));
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
     * isolate, so a direction control inside cannot turn what follows it backwards; amounts, numbers and
     * dates left to right, also in an Arabic line.
     */
    private static String pdfText(Object cell) {
        return switch (cell) {
            case null -> "";
            case Typed t -> PdfLanguage.typed(t.text());
            case Line l -> {
                StringBuilder text = new StringBuilder();
                for (Object part : l.parts()) {
                    text.append(pdfText(part));
                }
                yield text.toString();
            }
            case BigDecimal number -> PdfLanguage.amount(number);
            case Number number -> PdfLanguage.leftToRight(number.toString());
            case LocalDate date -> PdfLanguage.leftToRight(date.toString());
            default -> cell.toString();
        };
    }

    /**
     * The words of a report. The workbook keeps English and the codes of values (the language of financial
     * reporting to donors, read by spreadsheet formulas); the PDF, read by people, is in their language.
     */
    private interface Words {
        /** The label under the key, or its English wording in the workbook. */
        String label(String key, String english);

        /** The word for a value, or its code in the workbook. */
        String word(String prefix, Enum<?> value);

        /** A sentence with its arguments filled in. */
        String sentence(String key, String english, Object... arguments);
    }

    private static final Words WORKBOOK = new Words() {
        @Override
        public String label(String key, String english) {
            return english;
        }

        @Override
        public String word(String prefix, Enum<?> value) {
            return value.name();
        }

        @Override
        public String sentence(String key, String english, Object... arguments) {
            return new MessageFormat(english, Locale.ROOT).format(arguments);
        }
    };

    private record PdfWords(PdfLanguage language) implements Words {
        @Override
        public String label(String key, String english) {
            return language.text(key);
        }

        @Override
        public String word(String prefix, Enum<?> value) {
            return language.word(prefix, value);
        }

        @Override
        public String sentence(String key, String english, Object... arguments) {
            return language.text(key, arguments);
        }
    }

    private Report report(long grantId, Words w) {
        Grant grant = grants.get(grantId);
        GrantData d = grant.data();
        GrantBalance balance = grants.balance(grantId);
        boolean pdf = w != WORKBOOK;
        // Numbers inside sentences are strings, so that no grouping separator is added to them.
        String id = pdf ? PdfLanguage.leftToRight("#" + grant.id()) : "#" + grant.id();
        List<List<Object>> summary = new ArrayList<>();
        summary.add(List.of(w.label("grants.detail.title", "Grant"), new Line(id + " ", typed(d.title()))));
        summary.add(List.of(
                w.label("grants.grantee", "Grantee"),
                new Line(typed(d.granteeName()), " (" + w.word("grants.grantee-kind.", d.granteeKind()) + ")")));
        summary.add(List.of(w.label("grants.status", "Status"), w.word("grants.status.", grant.status())));
        summary.add(List.of(w.label("grants.currency", "Currency"), d.currency()));
        summary.add(List.of(
                w.label("grants.period", "Period"),
                pdf ? PdfLanguage.leftToRight(d.startOn() + " – " + d.endOn()) : d.startOn() + " – " + d.endOn()));
        summary.add(List.of(w.label("grants.amount", "Amount"), d.amount()));
        summary.add(List.of(w.label("grants.pdf.budgeted", "Budgeted"), balance.budgeted()));
        summary.add(List.of(w.label("grants.disbursed", "Disbursed"), balance.disbursed()));
        summary.add(List.of(w.label("grants.pdf.spent-accepted", "Spent (accepted reports)"), balance.spent()));
        summary.add(List.of(
                w.label("grants.pdf.not-disbursed", "Not yet disbursed"),
                d.amount().subtract(balance.disbursed())));
        if (d.cofundingAmount() != null) {
            String cofunding = d.cofundingAmount().toPlainString();
            summary.add(List.of(
                    w.label("grants.cofunding", "Co-funding"),
                    new Line(
                            (pdf ? PdfLanguage.leftToRight(cofunding) : cofunding) + " "
                                    + (d.cofundingKind() == null
                                            ? ""
                                            : w.word("grants.cofunding-kind.", d.cofundingKind())),
                            d.cofundingNote() == null ? "" : " — ",
                            d.cofundingNote() == null ? "" : typed(d.cofundingNote()))));
        }
        summary.add(List.of(
                w.label("grants.pdf.flagged", "Overspending flagged"),
                balance.flagged() ? w.label("grants.pdf.yes", "yes") : w.label("grants.pdf.no", "no")));
        // The latest hash of the audit trail, printed where the portal cannot rewrite it: whoever keeps this
        // report can tell later whether the events up to now were recomputed (ADR 0008).
        TrailCheck trail = grants.checkTrail(grantId);
        String event = (pdf ? PdfLanguage.leftToRight("#" + trail.event()) : "#" + trail.event());
        summary.add(List.of(
                w.label("grants.event.title", "Audit trail"),
                switch (trail.problem()) {
                    case NONE ->
                        w.sentence(
                                "grants.pdf.trail.intact",
                                "intact, {0} events; latest SHA-256 {1}",
                                String.valueOf(trail.verified()),
                                pdf ? PdfLanguage.leftToRight(trail.headHash()) : trail.headHash());
                    case ALTERED -> w.sentence("grants.pdf.trail.altered", "ALTERED: event {0} does not match", event);
                    case MISSING -> w.sentence("grants.pdf.trail.missing", "ALTERED: event {0} is missing", event);
                    case OUTSIDE ->
                        w.sentence(
                                "grants.pdf.trail.outside",
                                "ALTERED: an event dated {0} was added outside the portal",
                                pdf
                                        ? PdfLanguage.leftToRight(String.valueOf(trail.outsideAt()))
                                        : String.valueOf(trail.outsideAt()));
                }));

        List<List<Object>> lines = new ArrayList<>();
        for (LineBalance line : balance.lines()) {
            lines.add(row(
                    w.word("grants.category.", line.line().category()),
                    typed(line.line().description()),
                    line.line().amount(),
                    line.spent(),
                    line.variance(),
                    line.overspent()
                            ? w.sentence(
                                    "grants.pdf.over-tolerance",
                                    "over tolerance ({0} %)",
                                    String.valueOf(d.tolerancePercent()))
                            : ""));
        }
        lines.add(row(
                w.label("grants.pdf.total", "TOTAL"),
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
                    w.word("grants.disbursement.status.", x.status()),
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
                    r.finalReport() ? w.label("grants.pdf.final", "final") : "",
                    r.total(),
                    w.word("grants.report.status.", r.status()),
                    typed(r.enteredBy()),
                    typed(r.reviewedBy()),
                    r.receipts().size()));
        }
        return new Report(
                new Line(w.sentence("grants.pdf.title", "Financial report — grant {0}: ", id), typed(d.title())),
                List.of(
                        new Table(
                                w.label("grants.pdf.summary", "Summary"),
                                List.of(w.label("grants.pdf.item", "Item"), w.label("grants.pdf.value", "Value")),
                                summary),
                        new Table(
                                w.label("grants.budget.title", "Budget vs actual"),
                                List.of(
                                        w.label("grants.category", "Category"),
                                        w.label("grants.description", "Description"),
                                        w.label("grants.budget", "Budget"),
                                        w.label("grants.spent", "Spent"),
                                        w.label("grants.variance", "Variance"),
                                        w.label("grants.flag", "Flag")),
                                lines),
                        new Table(
                                w.label("grants.tranche.title", "Tranches"),
                                List.of(
                                        w.label("grants.disbursement.tranche", "Tranche"),
                                        w.label("grants.tranche.planned", "Planned"),
                                        w.label("grants.amount", "Amount"),
                                        w.label("grants.tranche.released", "Released"),
                                        w.label("grants.tranche.conditions", "Conditions")),
                                tranches),
                        new Table(
                                w.label("grants.disbursement.title", "Disbursements"),
                                List.of(
                                        w.label("grants.pdf.number", "Id"),
                                        w.label("grants.disbursement.tranche", "Tranche"),
                                        w.label("grants.amount", "Amount"),
                                        w.label("grants.status", "Status"),
                                        w.label("grants.prepared-by", "Prepared by"),
                                        w.label("grants.pdf.prepared-on", "Prepared on"),
                                        w.label("grants.pdf.decided-by", "Decided by"),
                                        w.label("grants.pdf.decided-on", "Decided on")),
                                paid),
                        new Table(
                                w.label("grants.report.title", "Expenditure reports"),
                                List.of(
                                        w.label("grants.pdf.number", "Id"),
                                        w.label("grants.report.period-end", "Period end"),
                                        w.label("grants.report.final", "Final"),
                                        w.label("grants.report.total", "Total"),
                                        w.label("grants.status", "Status"),
                                        w.label("grants.pdf.entered-by", "Entered by"),
                                        w.label("grants.pdf.reviewed-by", "Reviewed by"),
                                        w.label("grants.report.receipts", "Receipts")),
                                reports)));
    }

    private static List<Object> row(Object... cells) {
        return java.util.Arrays.asList(cells);
    }
}
