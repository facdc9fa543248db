package org.reintegration.portal.grant;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.reintegration.portal.interop.csv.CsvWriter;

/**
 * Every grant of the programme as one CSV, one row each, newest first: column names in English, the language
 * of financial reporting to donors, values as their codes, amounts as plain numbers with two decimals. Written
 * as the grants are read, a few hundred at a time, so memory does not grow with the number of grants.
 */
final class ProgrammeCsv {

    static final List<String> COLUMNS = List.of(
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

    /** The columns that hold numbers; every other one is text, guarded against formulas. */
    static final Set<String> NUMBERS = Set.of("grant_id", "amount", "budgeted", "disbursed", "spent", "overspent_flag");

    private ProgrammeCsv() {}

    static void write(GrantService grants, OutputStream out) throws IOException {
        Set<Integer> numeric = new HashSet<>();
        for (int i = 0; i < COLUMNS.size(); i++) {
            if (NUMBERS.contains(COLUMNS.get(i))) {
                numeric.add(i);
            }
        }
        // CsvWriter writes field by field: the buffer turns them into few writes of encoded bytes.
        CsvWriter csv = new CsvWriter(
                new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16), ',', numeric);
        csv.write(COLUMNS);
        grants.forEachProgrammeLine(line -> {
            try {
                csv.write(row(line));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        csv.flush();
    }

    private static List<String> row(ProgrammeLine line) {
        StringBuilder projects = new StringBuilder();
        for (Long project : line.projectIds()) {
            if (!projects.isEmpty()) {
                projects.append(' ');
            }
            projects.append(project);
        }
        return List.of(
                String.valueOf(line.id()),
                line.title(),
                line.granteeName(),
                line.granteeKind().name(),
                line.status().name(),
                line.currency(),
                line.amount().toPlainString(),
                line.budgeted().toPlainString(),
                line.disbursed().toPlainString(),
                line.spent().toPlainString(),
                line.startOn().toString(),
                line.endOn().toString(),
                projects.toString(),
                line.flagged() ? "1" : "0");
    }
}
