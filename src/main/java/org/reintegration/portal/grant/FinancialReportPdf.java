package org.reintegration.portal.grant;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.reintegration.portal.base.pdf.PdfLanguage;

/**
 * A financial report as a PDF in the reader's language, one table after the other on landscape A4: Arabic
 * right to left with joined letters, names people typed isolated so that they cannot turn the text after them.
 */
final class FinancialReportPdf {

    private FinancialReportPdf() {}

    /** @param report written in {@code words} ({@link FinancialReport.PdfWords}) */
    static void write(FinancialReport report, PdfLanguage words, OutputStream out) throws IOException {
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            document.add(words.heading(text(report.title()), 14, 0));
            for (FinancialReport.Table table : report.tables()) {
                document.add(words.heading(table.name(), 11, 10));
                float[] widths = new float[table.header().size()];
                Arrays.fill(widths, 1);
                PdfPTable pdf = words.table(widths);
                pdf.setHeaderRows(1);
                table.header().forEach(h -> pdf.addCell(words.boxed(h, 8, true)));
                for (List<Object> row : table.rows()) {
                    for (Object cell : row) {
                        pdf.addCell(words.boxed(text(cell), 8, false));
                    }
                }
                document.add(pdf);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IOException("Could not write the financial report", e);
        }
    }

    /**
     * A cell's text for the PDF, where the cell is laid out bidirectionally: typed text in a first-strong
     * isolate, so a direction control inside cannot turn what follows it backwards; amounts, numbers and
     * dates left to right, also in an Arabic line.
     */
    private static String text(Object cell) {
        return switch (cell) {
            case null -> "";
            case FinancialReport.Typed t -> PdfLanguage.typed(t.text());
            case FinancialReport.Line l -> {
                StringBuilder text = new StringBuilder();
                for (Object part : l.parts()) {
                    text.append(text(part));
                }
                yield text.toString();
            }
            case BigDecimal number -> PdfLanguage.amount(number);
            case Number number -> PdfLanguage.leftToRight(number.toString());
            case LocalDate date -> PdfLanguage.leftToRight(date.toString());
            default -> cell.toString();
        };
    }
}
