package org.reintegration.portal.grant;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.reintegration.portal.base.pdf.PdfLanguage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Financial reports: one grant's budget against actual, tranches, disbursements and expenditure reports as
 * XLSX or PDF ({@link FinancialReport}), and every grant of the programme as one CSV ({@link ProgrammeCsv}). In
 * the CSV and the workbook, column names are in English, the language of financial reporting to donors, and
 * values keep their codes; the PDF, read by people, is in the reader's language. Amounts are plain numbers with
 * two decimals. Contact and bank reference are left out: these files travel.
 */
@Service
@PreAuthorize("hasRole('STAFF')")
public class GrantExport {

    private final GrantService grants;

    GrantExport(GrantService grants) {
        this.grants = grants;
    }

    /** Every grant of the programme, one row each, newest first, written as the grants are read. */
    public void writeProgrammeCsv(OutputStream out) throws IOException {
        ProgrammeCsv.write(grants, out);
    }

    /** The grant's financial report as a workbook: summary, budget against actual, tranches, movements. */
    public void writeXlsx(long grantId, OutputStream out) throws IOException {
        FinancialReportXlsx.write(FinancialReport.of(grants, grantId, FinancialReport.WORKBOOK), out);
    }

    /**
     * The same financial report as a PDF in the reader's language: words instead of codes, Arabic right to
     * left with joined letters, names people typed isolated so that they cannot turn the text after them.
     */
    public void writePdf(long grantId, Locale language, OutputStream out) throws IOException {
        PdfLanguage words = PdfLanguage.of(language);
        FinancialReportPdf.write(FinancialReport.of(grants, grantId, new FinancialReport.PdfWords(words)), words, out);
    }
}
