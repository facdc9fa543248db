package org.reintegration.portal.interop.kobo;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.SequencedSet;
import java.util.Set;
import org.reintegration.portal.interop.hxl.Cell;
import org.reintegration.portal.interop.hxl.ImportException;

/**
 * One submitted form of a KoboToolbox export. Fields are named by path or, where unambiguous, by
 * name (see {@link KoboColumns}); {@code ""} and {@code n/a} both read as empty, since KoboToolbox
 * writes either for a question that was not asked.
 */
public final class KoboSubmission {

    private static final Set<String> SELECTED = Set.of("1", "true");

    private final KoboColumns columns;
    private final int line;
    private final List<String> fields;
    private final Instant submissionTime;

    KoboSubmission(KoboColumns columns, int line, List<String> fields, Instant submissionTime) {
        this.columns = columns;
        this.line = line;
        this.fields = List.copyOf(fields);
        this.submissionTime = submissionTime;
    }

    /** The line of the export the submission is on. */
    public int line() {
        return line;
    }

    /** The submission's {@code _uuid}, which identifies it across exports; never empty. */
    public String uuid() {
        return value(KoboExport.UUID);
    }

    /** The submission's {@code _id} on the server, or {@code ""} when the export has none. */
    public String id() {
        return columns.has("_id") ? value("_id") : "";
    }

    /** When the server received the submission, when the export says. */
    public Optional<Instant> submissionTime() {
        return Optional.ofNullable(submissionTime);
    }

    /**
     * A field's value, {@code ""} when empty or {@code n/a}.
     *
     * @throws IllegalArgumentException when the export has no such field, or the name is ambiguous
     */
    public String value(String field) {
        return cellAt(columns.number(columns.path(field))).value();
    }

    /** A field's value with its position, to read it as a count, date or number with precise messages. */
    public Cell cell(String field) {
        return cellAt(columns.number(columns.path(field)));
    }

    /** Every question's value by path, in column order; metadata, option and geopoint part columns left out. */
    public SequencedMap<String, String> values() {
        SequencedMap<String, String> values = new LinkedHashMap<>();
        columns.questions()
                .forEach(path -> values.put(path, cellAt(columns.number(path)).value()));
        return values;
    }

    /**
     * The options chosen in a select-multiple question: those whose 0/1 column holds 1, or, in an export
     * without such columns, the space-separated names in the question's own column.
     */
    public SequencedSet<String> selected(String question) {
        String path = columns.path(question);
        Map<String, Integer> options = columns.optionColumns(path);
        SequencedSet<String> selected = new LinkedHashSet<>();
        if (options.isEmpty()) {
            String value = value(path).strip();
            selected.addAll(value.isEmpty() ? List.of() : Arrays.asList(value.split("\\s+")));
        } else {
            options.forEach((option, number) -> {
                if (SELECTED.contains(cellAt(number).text().toLowerCase(Locale.ROOT))) {
                    selected.add(option);
                }
            });
        }
        return selected;
    }

    /**
     * The location a geopoint question recorded: from its {@code _latitude}/{@code _longitude} columns
     * where the export has them filled, otherwise from the question's own "latitude longitude altitude
     * precision" value. Empty when nothing was recorded.
     *
     * @throws ImportException naming the cell when the location is not numbers, or out of range
     */
    public Optional<Geopoint> geopoint(String question) throws ImportException {
        String path = columns.path(question);
        Map<String, Integer> parts = columns.geopointColumns(path);
        if (parts.containsKey("latitude") && parts.containsKey("longitude")) {
            Cell latitude = cellAt(parts.get("latitude"));
            Cell longitude = cellAt(parts.get("longitude"));
            if (!latitude.isEmpty() || !longitude.isEmpty()) {
                return Optional.of(GeopointReading.fromParts(
                        latitude,
                        longitude,
                        parts.containsKey("altitude") ? cellAt(parts.get("altitude")) : null,
                        parts.containsKey("precision") ? cellAt(parts.get("precision")) : null));
            }
        }
        Cell combined = cellAt(columns.number(path));
        return combined.isEmpty() ? Optional.empty() : Optional.of(GeopointReading.fromText(combined));
    }

    private Cell cellAt(int number) {
        String raw = number <= fields.size() ? fields.get(number - 1) : "";
        String value = raw.strip().equalsIgnoreCase("n/a") ? "" : raw;
        return new Cell(value, line, number, columns.paths().get(number - 1));
    }
}
