package org.reintegration.portal.project;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.reintegration.portal.base.AreaHierarchy;
import org.reintegration.portal.base.LatLon;
import org.reintegration.portal.base.PCode;
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
 * Reads a 3W/4W table of projects as HXL-tagged CSV: columns are found by hashtag, never by position
 * or header text, and one pass names every problem by line and column so that a file is imported whole
 * or not at all.
 *
 * <p>Required: {@code #activity+project+code} (the project's code, which later imports match on),
 * {@code #activity+project+name}, {@code #status} and the area ({@code #adm2+code} or {@code #adm1+code};
 * the deepest present is used). Optional: {@code #org+impl}, {@code #org+funder}, {@code #sector},
 * {@code #activity+name} (the activity, when tagged without {@code +project}), {@code #date+start},
 * {@code #date+end}, {@code #loc+name}, {@code #geo+lat}, {@code #geo+lon}, {@code #targeted+ind},
 * {@code #targeted+returnees}, {@code #reached+ind}, {@code #value+budget}, {@code #value+spend},
 * {@code #currency}.
 */
final class ThreeWFile {

    static final int CODE_MAX = 60;
    static final int TEXT_MAX = 200;
    private static final String[] AREA_CODES = {"#adm2+code", "#adm1+code"};
    private static final Pattern CURRENCY = Pattern.compile("[A-Za-z]{3}");

    private final AreaHierarchy hierarchy;

    ThreeWFile(AreaHierarchy hierarchy) {
        this.hierarchy = hierarchy;
    }

    ImportResult<ThreeWRow> read(InputStream in) {
        return new HxlFile<Columns, ThreeWRow>(
                        Columns::of, this::read, ThreeWRow::code, (row, earlier) -> row.codeCell()
                                .problem("import.projects.duplicate", row.code(), String.valueOf(earlier)))
                .read(in);
    }

    /** One data row, or null when it has problems (recorded). */
    private ThreeWRow read(HxlRow row, Columns c, ImportProblems problems) {
        int before = problems.count();
        Cell codeCell = row.cell(c.code);
        String code = problems.attempt(() -> text(codeCell, CODE_MAX, true));
        String title = problems.attempt(() -> text(row.cell(c.title), TEXT_MAX, true));
        PCode area = problems.attempt(() -> area(row.cell(c.area)));
        ProjectStatus status = problems.attempt(() -> status(row.cell(c.status)));
        String partner = optionalText(row, c.partner, problems);
        String funder = optionalText(row, c.funder, problems);
        String sector = optionalText(row, c.sector, problems);
        String activity = optionalText(row, c.activity, problems);
        String place = optionalText(row, c.place, problems);
        LocalDate start = optional(row, c.start, problems, Cell::date);
        LocalDate end = optional(row, c.end, problems, Cell::date);
        BigDecimal latitude = optional(row, c.latitude, problems, Cell::decimal);
        BigDecimal longitude = optional(row, c.longitude, problems, Cell::decimal);
        Integer targeted = optional(row, c.targeted, problems, ThreeWFile::count);
        Integer targetedReturnees = optional(row, c.targetedReturnees, problems, ThreeWFile::count);
        Integer reached = optional(row, c.reached, problems, ThreeWFile::count);
        BigDecimal budget = optional(row, c.budget, problems, ThreeWFile::amount);
        BigDecimal spent = optional(row, c.spent, problems, ThreeWFile::amount);
        String currency = optional(row, c.currency, problems, ThreeWFile::currency);
        if (problems.count() > before) {
            return null;
        }
        if (start != null && end != null && end.isBefore(start)) {
            problems.add(row.cell(c.end).problem("import.projects.end-before-start", end.toString(), start.toString()));
        }
        LatLon location = null;
        if ((latitude == null) != (longitude == null)) {
            HxlColumn missing = latitude == null ? c.latitude : c.longitude;
            problems.add(
                    missing == null
                            ? ImportProblem.onLine(row.line(), "import.projects.half-location")
                            : row.cell(missing).problem("import.projects.half-location-empty"));
        } else if (latitude != null) {
            if (latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0) {
                problems.add(row.cell(c.latitude).problem("import.projects.latitude", latitude.toPlainString()));
            } else if (longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0) {
                problems.add(row.cell(c.longitude).problem("import.projects.longitude", longitude.toPlainString()));
            } else {
                location = new LatLon(latitude.doubleValue(), longitude.doubleValue());
            }
        }
        if (problems.count() > before) {
            return null;
        }
        return new ThreeWRow(
                row.line(),
                code,
                title,
                partner,
                funder,
                sector,
                activity,
                status,
                start,
                end,
                area,
                place,
                location,
                targeted,
                targetedReturnees,
                reached,
                budget,
                spent,
                currency,
                codeCell);
    }

    private PCode area(Cell cell) throws ImportException {
        String text = cell.requiredText();
        if (!PCode.isValid(text)) {
            throw cell.failure("import.pcode.invalid", text);
        }
        PCode pcode = PCode.of(text);
        if (!hierarchy.contains(pcode)) {
            throw cell.failure("import.pcode.unknown", text);
        }
        return pcode;
    }

    private static ProjectStatus status(Cell cell) throws ImportException {
        String text = cell.requiredText();
        return ProjectStatus.fromWord(text).orElseThrow(() -> cell.failure("import.projects.status", text));
    }

    private static String text(Cell cell, int max, boolean required) throws ImportException {
        String text = required ? cell.requiredText().strip() : cell.text().strip();
        if (text.length() > max) {
            throw cell.failure("import.text.too-long", String.valueOf(max));
        }
        return text;
    }

    private static Integer count(Cell cell) throws ImportException {
        long count = cell.count();
        if (count > Integer.MAX_VALUE) {
            throw cell.failure("import.cell.too-large", cell.text());
        }
        return (int) count;
    }

    private static BigDecimal amount(Cell cell) throws ImportException {
        BigDecimal amount = cell.decimal();
        if (amount.signum() < 0) {
            throw cell.failure("import.projects.negative-amount", cell.text());
        }
        if (amount.scale() > 2 || amount.precision() - amount.scale() > 12) {
            throw cell.failure("import.projects.amount", cell.text());
        }
        return amount;
    }

    private static String currency(Cell cell) throws ImportException {
        String text = cell.text().strip();
        if (!CURRENCY.matcher(text).matches()) {
            throw cell.failure("import.projects.currency", text);
        }
        return text.toUpperCase(java.util.Locale.ROOT);
    }

    private interface Read<T> {
        T read(Cell cell) throws ImportException;
    }

    private static <T> T optional(HxlRow row, HxlColumn column, ImportProblems problems, Read<T> read) {
        if (column == null || row.cell(column).isEmpty()) {
            return null;
        }
        return problems.attempt(() -> read.read(row.cell(column)));
    }

    private static String optionalText(HxlRow row, HxlColumn column, ImportProblems problems) {
        return optional(row, column, problems, cell -> text(cell, TEXT_MAX, false));
    }

    /** The columns of the file, found by hashtag. */
    private record Columns(
            HxlColumn code,
            HxlColumn title,
            HxlColumn area,
            HxlColumn status,
            HxlColumn partner,
            HxlColumn funder,
            HxlColumn sector,
            HxlColumn activity,
            HxlColumn start,
            HxlColumn end,
            HxlColumn place,
            HxlColumn latitude,
            HxlColumn longitude,
            HxlColumn targeted,
            HxlColumn targetedReturnees,
            HxlColumn reached,
            HxlColumn budget,
            HxlColumn spent,
            HxlColumn currency) {

        /** The columns, or null when a required one is missing or a pattern matches several (recorded). */
        static Columns of(HxlTable table, ImportProblems problems) {
            HxlColumn area = null;
            for (int i = 0; i < AREA_CODES.length && area == null; i++) {
                area = table.optionalColumn(AREA_CODES[i], problems);
            }
            if (area == null) {
                problems.add(ImportProblem.onLine(table.tagLine(), "import.hxl.no-pcode-column"));
            }
            Columns columns = new Columns(
                    table.requiredColumn("#activity+project+code", problems),
                    table.requiredColumn("#activity+project+name", problems),
                    area,
                    table.requiredColumn("#status", problems),
                    table.optionalColumn("#org+impl", problems),
                    table.optionalColumn("#org+funder", problems),
                    table.optionalColumn("#sector", problems),
                    table.optionalColumn("#activity+name-project", problems),
                    table.optionalColumn("#date+start", problems),
                    table.optionalColumn("#date+end", problems),
                    table.optionalColumn("#loc+name", problems),
                    table.optionalColumn("#geo+lat", problems),
                    table.optionalColumn("#geo+lon", problems),
                    table.optionalColumn("#targeted+ind-returnees", problems),
                    table.optionalColumn("#targeted+returnees", problems),
                    table.optionalColumn("#reached", problems),
                    table.optionalColumn("#value+budget", problems),
                    table.optionalColumn("#value+spend", problems),
                    table.optionalColumn("#currency", problems));
            return problems.isEmpty() ? columns : null;
        }
    }
}
