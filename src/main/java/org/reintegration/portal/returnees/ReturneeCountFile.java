package org.reintegration.portal.returnees;

import java.io.InputStream;
import java.time.LocalDate;
import org.reintegration.portal.base.AreaHierarchy;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.base.ProblemText;
import org.reintegration.portal.interop.hxl.Cell;
import org.reintegration.portal.interop.hxl.HxlColumn;
import org.reintegration.portal.interop.hxl.HxlFile;
import org.reintegration.portal.interop.hxl.HxlRow;
import org.reintegration.portal.interop.hxl.HxlTable;
import org.reintegration.portal.interop.hxl.ImportException;
import org.reintegration.portal.interop.hxl.ImportProblem;
import org.reintegration.portal.interop.hxl.ImportProblems;
import org.reintegration.portal.interop.hxl.ImportResult;

/**
 * Reads an HXL-tagged CSV table of returnee counts by P-code, such as an IOM DTM table: columns are
 * found by hashtag, never by position or header text. One pass finds every problem, each named by line
 * and column, so that the file can be fixed at once and is imported whole or not at all.
 *
 * <p>Required: the areas' P-codes ({@code #adm1+code}, {@code #adm2+code} or {@code #adm3+code}; the
 * deepest level present is the one counted), {@code #date+reported} and
 * {@code #affected+returnees+ind-abroad}. Optional: {@code #affected+returnees+hh}, {@code +f},
 * {@code +m}, {@code #affected+returnees+abroad}, {@code #round+code} and {@code #meta+source}.
 */
final class ReturneeCountFile {

    /** The source of counts from a file without {@code #meta+source}. */
    static final String DEFAULT_SOURCE = "HXL import";

    private static final String[] AREA_CODES = {"#adm3+code", "#adm2+code", "#adm1+code"};

    /** The column of the areas' P-codes: the deepest level tagged, which is the level the rows describe. */
    record AreaColumn(HxlColumn column, int level) {

        /** The column, or null columns when none is tagged (recorded as a problem). */
        static AreaColumn find(HxlTable table, ImportProblems problems) {
            for (int i = 0; i < AREA_CODES.length; i++) {
                HxlColumn column = table.optionalColumn(AREA_CODES[i], problems);
                if (column != null) {
                    return new AreaColumn(column, AREA_CODES.length - i);
                }
            }
            problems.add(ImportProblem.onLine(table.tagLine(), "import.hxl.no-pcode-column"));
            return new AreaColumn(null, 0);
        }
    }

    /** One row read: its figures and the cell that locates problems found later against stored data. */
    record Row(ReturneeCountData data, Cell individualsCell, Cell areaCell) {}

    private final AreaHierarchy hierarchy;
    private final LocalDate today;

    ReturneeCountFile(AreaHierarchy hierarchy, LocalDate today) {
        this.hierarchy = hierarchy;
        this.today = today;
    }

    ImportResult<Row> read(InputStream in) {
        return new HxlFile<Columns, Row>(
                        Columns::of,
                        this::read,
                        row -> row.data().area() + "|" + row.data().periodEnd() + "|"
                                + row.data().periodLabel(),
                        (row, earlier) -> row.areaCell()
                                .problem(
                                        "import.returnees.duplicate",
                                        row.data().area().value(),
                                        row.data().periodEnd().toString(),
                                        row.data().periodLabel(),
                                        String.valueOf(earlier)))
                .read(in);
    }

    /** One data row, or null when it has problems (recorded). */
    private Row read(HxlRow row, Columns columns, ImportProblems problems) {
        int before = problems.count();
        Cell areaCell = row.cell(columns.area());
        PCode area = problems.attempt(() -> area(hierarchy, areaCell, columns.level()));
        LocalDate date = problems.attempt(() -> date(row.cell(columns.date())));
        Cell individualsCell = row.cell(columns.individuals());
        Integer individuals = problems.attempt(() -> count(individualsCell));
        Integer households = optionalCount(row, columns.households(), problems);
        Integer females = optionalCount(row, columns.females(), problems);
        Integer males = optionalCount(row, columns.males(), problems);
        Integer fromAbroad = optionalCount(row, columns.fromAbroad(), problems);
        String period = problems.attempt(() -> period(row, columns, date));
        String source = problems.attempt(() -> source(row, columns));
        if (area == null || date == null || individuals == null || period == null || source == null) {
            return null;
        }
        ProblemText inconsistency =
                ReturneeCountData.inconsistency(individuals, households, females, males, fromAbroad);
        if (inconsistency != null) {
            problems.add(individualsCell.problem(inconsistency));
        }
        if (problems.count() > before) {
            return null;
        }
        return new Row(
                new ReturneeCountData(
                        area, null, period, date, individuals, households, females, males, fromAbroad, source),
                individualsCell,
                areaCell);
    }

    /** The P-code in the cell, which must name a stored area of the given admin level. */
    static PCode area(AreaHierarchy hierarchy, Cell cell, int level) throws ImportException {
        String text = cell.requiredText();
        if (!PCode.isValid(text)) {
            throw cell.failure("import.pcode.invalid", text);
        }
        PCode pcode = PCode.of(text);
        if (!hierarchy.contains(pcode)) {
            throw cell.failure("import.pcode.unknown", text);
        }
        int stored = levelOf(hierarchy, pcode);
        if (stored != level) {
            throw cell.failure("import.pcode.level", text, String.valueOf(stored), String.valueOf(level));
        }
        return pcode;
    }

    private static int levelOf(AreaHierarchy hierarchy, PCode pcode) {
        int level = 0;
        for (PCode p = hierarchy.parentOf(pcode).orElse(null); p != null && level < 16; level++) {
            p = hierarchy.parentOf(p).orElse(null);
        }
        return level;
    }

    private LocalDate date(Cell cell) throws ImportException {
        LocalDate date = cell.date();
        if (date.isAfter(today)) {
            throw cell.failure("import.date.future", date.toString());
        }
        return date;
    }

    static Integer count(Cell cell) throws ImportException {
        long count = cell.count();
        if (count > Integer.MAX_VALUE) {
            throw cell.failure("import.cell.too-large", cell.text());
        }
        return (int) count;
    }

    private static Integer optionalCount(HxlRow row, HxlColumn column, ImportProblems problems) {
        if (column == null || row.cell(column).isEmpty()) {
            return null;
        }
        return problems.attempt(() -> count(row.cell(column)));
    }

    /** "Round 3" for a DTM round numbered 3, the round's own text otherwise, the date without a round. */
    private static String period(HxlRow row, Columns columns, LocalDate date) throws ImportException {
        if (columns.round() == null || row.cell(columns.round()).isEmpty()) {
            return date == null ? "" : date.toString();
        }
        Cell cell = row.cell(columns.round());
        String round = cell.text();
        String label = round.matches("\\d+") ? "Round " + round : round;
        if (label.length() > ReturneeCountData.PERIOD_LABEL_MAX) {
            throw cell.failure("import.text.too-long", String.valueOf(ReturneeCountData.PERIOD_LABEL_MAX));
        }
        return label;
    }

    private static String source(HxlRow row, Columns columns) throws ImportException {
        if (columns.source() == null || row.cell(columns.source()).isEmpty()) {
            return DEFAULT_SOURCE;
        }
        Cell cell = row.cell(columns.source());
        if (cell.text().length() > ReturneeCountData.SOURCE_MAX) {
            throw cell.failure("import.text.too-long", String.valueOf(ReturneeCountData.SOURCE_MAX));
        }
        return cell.text();
    }

    /** The columns of the file, found by hashtag. */
    private record Columns(
            HxlColumn area,
            int level,
            HxlColumn date,
            HxlColumn individuals,
            HxlColumn households,
            HxlColumn females,
            HxlColumn males,
            HxlColumn fromAbroad,
            HxlColumn round,
            HxlColumn source) {

        /** The columns, or null when a required one is missing or a pattern matches several (recorded). */
        static Columns of(HxlTable table, ImportProblems problems) {
            AreaColumn areaColumn = AreaColumn.find(table, problems);
            HxlColumn date = table.requiredColumn("#date+reported", problems);
            HxlColumn individuals = table.requiredColumn("#affected+returnees+ind-abroad", problems);
            HxlColumn households = table.optionalColumn("#affected+returnees+hh-abroad", problems);
            HxlColumn females = table.optionalColumn("#affected+returnees+f-abroad", problems);
            HxlColumn males = table.optionalColumn("#affected+returnees+m-abroad", problems);
            HxlColumn fromAbroad = table.optionalColumn("#affected+returnees+abroad-hh-f-m", problems);
            HxlColumn round = table.optionalColumn("#round+code", problems);
            HxlColumn source = table.optionalColumn("#meta+source", problems);
            if (!problems.isEmpty()) {
                return null;
            }
            return new Columns(
                    areaColumn.column(),
                    areaColumn.level(),
                    date,
                    individuals,
                    households,
                    females,
                    males,
                    fromAbroad,
                    round,
                    source);
        }
    }
}
