package org.reintegration.portal.grant;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.reintegration.portal.base.pdf.PdfLanguage;

/**
 * One grant's financial report, whatever it is written as ({@link FinancialReportXlsx}, {@link
 * FinancialReportPdf}): a summary, budget against actual, tranches, disbursements and expenditure reports as
 * tables of cells. A cell is a number, an amount, a date, a text of the portal, or {@link Typed} text
 * someone typed, which each format writes in its own way. Contact and bank reference are left out: these
 * files travel.
 *
 * @param title a text or a {@link Line}
 */
record FinancialReport(Object title, List<Table> tables) {

    record Table(String name, List<String> header, List<List<Object>> rows) {}

    /** Text someone typed, such as a title or a name: isolated in the PDF, plain in the workbook. */
    record Typed(String text) {
        @Override
        public String toString() {
            return text == null ? "" : text;
        }
    }

    /** A cell of fixed and typed parts, such as a name followed by its kind. */
    record Line(Object... parts) {
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
     * The words of a report. The workbook keeps English and the codes of values (the language of financial
     * reporting to donors, read by spreadsheet formulas); the PDF, read by people, is in their language.
     */
    interface Words {
        /** The label under the key, or its English wording in the workbook. */
        String label(String key, String english);

        /** The word for a value, or its code in the workbook. */
        String word(String prefix, Enum<?> value);

        /** A sentence with its arguments filled in. */
        String sentence(String key, String english, Object... arguments);
    }

    static final Words WORKBOOK = new Words() {
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

    record PdfWords(PdfLanguage language) implements Words {
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

    /** The report of the grant, in these words. */
    static FinancialReport of(GrantService grants, long grantId, Words w) {
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
        return new FinancialReport(
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
        return Arrays.asList(cells);
    }
}
