package org.reintegration.portal.grant;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A financial report as a workbook, one sheet per table: column names in English and values as their codes
 * (the language of financial reporting to donors, read by spreadsheet formulas), amounts as numbers with two
 * decimals, dates as dates. A text is always a text cell, never a formula.
 */
final class FinancialReportXlsx {

    private FinancialReportXlsx() {}

    static void write(FinancialReport report, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Reintegration portal", "1.0");
        for (FinancialReport.Table table : report.tables()) {
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
}
