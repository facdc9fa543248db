package org.reintegration.portal.interop.kobo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reintegration.portal.interop.csv.CsvRecord;
import org.reintegration.portal.interop.hxl.HxlTag;
import org.reintegration.portal.interop.hxl.ImportException;
import org.reintegration.portal.interop.hxl.ImportProblem;

/**
 * The columns of a KoboToolbox CSV export, understood the way KoboToolbox writes them: a header is a
 * form field's path, its groups before {@code /} ({@code grp_location/adm2}); a select-multiple question
 * is followed by one 0/1 column per option, {@code <question path>/<option>}; a geopoint question by
 * {@code _<name>_latitude}, {@code _longitude}, {@code _altitude} and {@code _precision} columns in its
 * group; metadata columns start with {@code _} ({@code _uuid}, {@code _submission_time}).
 *
 * <p>A field can be named by its full path or, when no other field has that name, by its name alone
 * ({@code adm2}); option columns are named by path only, as their names ({@code water}) would clash.
 */
public final class KoboColumns {

    private static final Pattern GEOPOINT_PART = Pattern.compile("_(.+)_(latitude|longitude|altitude|precision)");

    private final List<String> paths;
    private final Map<String, Integer> numbers = new HashMap<>();
    private final Map<String, List<String>> pathsByName = new HashMap<>();
    private final Map<String, SequencedMap<String, Integer>> optionColumns = new HashMap<>();
    private final Set<String> optionPaths = new HashSet<>();
    private final Map<String, Map<String, Integer>> geopointColumns = new HashMap<>();
    private final Map<String, HxlTag> tags = new HashMap<>();

    private KoboColumns(List<String> paths) {
        this.paths = List.copyOf(paths);
    }

    /**
     * Reads the header row, and the HXL row under it when the export has one.
     *
     * @throws ImportException when two columns have the same header
     */
    static KoboColumns of(CsvRecord header, CsvRecord hxlRow) throws ImportException {
        KoboColumns columns =
                new KoboColumns(header.fields().stream().map(String::strip).toList());
        for (int number = 1; number <= columns.paths.size(); number++) {
            String path = columns.paths.get(number - 1);
            Integer earlier = columns.numbers.putIfAbsent(path, number);
            if (earlier != null && !path.isEmpty()) {
                throw new ImportException(ImportProblem.onLine(
                        header.line(),
                        "import.kobo.column-twice",
                        path,
                        String.valueOf(earlier),
                        String.valueOf(number)));
            }
            if (hxlRow != null && HxlTag.isTag(hxlRow.column(number))) {
                columns.tags.put(path, HxlTag.parse(hxlRow.column(number)));
            }
        }
        columns.paths.forEach(columns::classify);
        return columns;
    }

    private void classify(String path) {
        int slash = path.lastIndexOf('/');
        String group = path.substring(0, slash + 1);
        String name = path.substring(slash + 1);
        String parent = path.substring(0, Math.max(slash, 0));
        if (slash > 0 && numbers.containsKey(parent)) {
            optionColumns
                    .computeIfAbsent(parent, question -> new LinkedHashMap<>())
                    .put(name, numbers.get(path));
            optionPaths.add(path);
            return;
        }
        Matcher part = GEOPOINT_PART.matcher(name);
        if (part.matches() && numbers.containsKey(group + part.group(1))) {
            geopointColumns
                    .computeIfAbsent(group + part.group(1), question -> new HashMap<>())
                    .put(part.group(2), numbers.get(path));
        }
        if (!path.isEmpty()) {
            pathsByName.computeIfAbsent(name, n -> new ArrayList<>()).add(path);
        }
    }

    /** Every column's header, left to right; column {@code n} is at index {@code n - 1}. */
    public List<String> paths() {
        return paths;
    }

    /** Whether a column has exactly this path. */
    public boolean has(String path) {
        return numbers.containsKey(path);
    }

    /** The 1-based number of the column with this exact path. */
    public int number(String path) {
        Integer number = numbers.get(path);
        if (number == null) {
            throw new IllegalArgumentException("the export has no column '" + path + "'");
        }
        return number;
    }

    /**
     * The form's questions: every column but the metadata ({@code _uuid}, {@code __version__}…), the
     * option columns and the geopoint part columns, left to right.
     */
    public List<String> questions() {
        return paths.stream()
                .filter(path -> !path.isEmpty()
                        && !path.substring(path.lastIndexOf('/') + 1).startsWith("_"))
                .filter(path -> !optionPaths.contains(path))
                .toList();
    }

    /**
     * The paths a field name or path may mean: the path itself when a column has it, otherwise every
     * field with that name in any group. More than one means the name is ambiguous.
     */
    public List<String> pathsNamed(String nameOrPath) {
        String key = nameOrPath.strip();
        return has(key) ? List.of(key) : List.copyOf(pathsByName.getOrDefault(key, List.of()));
    }

    /**
     * The one path a field name or path means.
     *
     * @throws IllegalArgumentException when no field, or more than one, has that name
     */
    public String path(String nameOrPath) {
        List<String> paths = pathsNamed(nameOrPath);
        if (paths.size() != 1) {
            throw new IllegalArgumentException(
                    paths.isEmpty()
                            ? "the export has no field '" + nameOrPath + "'"
                            : "'" + nameOrPath + "' may mean " + String.join(" or ", paths) + "; give the full path");
        }
        return paths.getFirst();
    }

    /** The options of a select-multiple question with one 0/1 column each, in column order; empty for other fields. */
    public List<String> options(String path) {
        return List.copyOf(
                optionColumns.getOrDefault(path, new LinkedHashMap<>()).sequencedKeySet());
    }

    /** The HXL tag the export's HXL row gives a column, if it has one. */
    public Optional<HxlTag> tag(String path) {
        return Optional.ofNullable(tags.get(path));
    }

    /** Option name to column number, for a select-multiple question exported with one column per option. */
    SequencedMap<String, Integer> optionColumns(String path) {
        return optionColumns.getOrDefault(path, new LinkedHashMap<>());
    }

    /** Part ("latitude", "longitude", "altitude", "precision") to column number, for a geopoint question. */
    Map<String, Integer> geopointColumns(String path) {
        return geopointColumns.getOrDefault(path, Map.of());
    }
}
