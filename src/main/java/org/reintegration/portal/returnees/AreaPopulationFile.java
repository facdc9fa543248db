package org.reintegration.portal.returnees;

import java.io.InputStream;
import org.reintegration.portal.base.AreaHierarchy;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.interop.hxl.Cell;
import org.reintegration.portal.interop.hxl.HxlColumn;
import org.reintegration.portal.interop.hxl.HxlFile;
import org.reintegration.portal.interop.hxl.HxlRow;
import org.reintegration.portal.interop.hxl.HxlTable;
import org.reintegration.portal.interop.hxl.ImportException;
import org.reintegration.portal.interop.hxl.ImportProblems;
import org.reintegration.portal.interop.hxl.ImportResult;

/**
 * Reads an HXL-tagged CSV table of inhabitants per admin area, such as a census projection from HDX: the
 * areas' P-codes ({@code #adm1+code} or {@code #adm2+code}, the deepest present), {@code #population+total+ind}
 * and {@code #date+year}; optionally {@code #meta+source}. Every problem is named by line and column.
 */
final class AreaPopulationFile {

    static final String DEFAULT_SOURCE = "HXL import";

    /** One row read, with the cell that locates problems found later against stored figures. */
    record Row(AreaPopulation figure, Cell populationCell) {}

    private final AreaHierarchy hierarchy;
    private final int thisYear;

    AreaPopulationFile(AreaHierarchy hierarchy, int thisYear) {
        this.hierarchy = hierarchy;
        this.thisYear = thisYear;
    }

    ImportResult<Row> read(InputStream in) {
        return new HxlFile<Columns, Row>(
                        Columns::of,
                        this::read,
                        row -> row.figure().area() + "|" + row.figure().referenceYear(),
                        (row, earlier) -> row.populationCell()
                                .problem(
                                        "import.population.duplicate",
                                        row.figure().area().value(),
                                        String.valueOf(row.figure().referenceYear()),
                                        String.valueOf(earlier)))
                .read(in);
    }

    private Row read(HxlRow row, Columns columns, ImportProblems problems) {
        Cell areaCell = row.cell(columns.area());
        PCode area = problems.attempt(() -> ReturneeCountFile.area(hierarchy, areaCell, columns.level()));
        Cell populationCell = row.cell(columns.population());
        Long population = problems.attempt(() -> population(populationCell));
        Integer year = problems.attempt(() -> year(row.cell(columns.year())));
        String source = problems.attempt(() -> source(row, columns));
        if (area == null || population == null || year == null || source == null) {
            return null;
        }
        return new Row(new AreaPopulation(area, year, population, source), populationCell);
    }

    private static Long population(Cell cell) throws ImportException {
        long population = cell.count();
        if (population == 0) {
            throw cell.failure("import.population.zero");
        }
        return population;
    }

    private Integer year(Cell cell) throws ImportException {
        String text = cell.requiredText();
        if (!text.matches("\\d{4}")) {
            throw cell.failure("import.population.not-year", text);
        }
        int year = Integer.parseInt(text);
        if (year < 1900 || year > thisYear + 30) {
            throw cell.failure("import.population.implausible-year", text);
        }
        return year;
    }

    private static String source(HxlRow row, Columns columns) throws ImportException {
        if (columns.source() == null || row.cell(columns.source()).isEmpty()) {
            return DEFAULT_SOURCE;
        }
        Cell cell = row.cell(columns.source());
        if (cell.text().length() > AreaPopulation.SOURCE_MAX) {
            throw cell.failure("import.text.too-long", String.valueOf(AreaPopulation.SOURCE_MAX));
        }
        return cell.text();
    }

    private record Columns(HxlColumn area, int level, HxlColumn population, HxlColumn year, HxlColumn source) {

        static Columns of(HxlTable table, ImportProblems problems) {
            ReturneeCountFile.AreaColumn area = ReturneeCountFile.AreaColumn.find(table, problems);
            HxlColumn population = table.requiredColumn("#population+total+ind", problems);
            HxlColumn year = table.requiredColumn("#date+year", problems);
            HxlColumn source = table.optionalColumn("#meta+source", problems);
            if (!problems.isEmpty()) {
                return null;
            }
            return new Columns(area.column(), area.level(), population, year, source);
        }
    }
}
