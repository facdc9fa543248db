package org.reintegration.portal.interop.csv;

import java.util.List;

/**
 * One record of a CSV file. Columns are numbered from 1, as a spreadsheet shows them; field {@code i}
 * of {@link #fields()} is in column {@code i + 1}.
 *
 * @param line   the physical line the record starts on (a quoted field may carry it over later lines)
 * @param fields the field values, quotes removed and doubled quotes undoubled; never empty
 */
public record CsvRecord(int line, List<String> fields) {

    public CsvRecord {
        fields = List.copyOf(fields);
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("a record has at least one field");
        }
    }

    /** The number of fields. */
    public int size() {
        return fields.size();
    }

    /**
     * The field in a column.
     *
     * @param number the 1-based column number
     * @return the field, or {@code ""} when the record is shorter than that
     */
    public String column(int number) {
        if (number < 1) {
            throw new IllegalArgumentException("columns are numbered from 1, not " + number);
        }
        return number <= fields.size() ? fields.get(number - 1) : "";
    }

    /** Whether every field is empty or only spaces, as on an empty line or a line of separators only. */
    public boolean isBlank() {
        return fields.stream().allMatch(String::isBlank);
    }

    /**
     * Whether the record is one field that holds {@code separator}: what a header line looks like when
     * the file was read with the wrong separator, so that a message can say so.
     */
    public boolean isOneFieldHolding(char separator) {
        return fields.size() == 1 && fields.getFirst().indexOf(separator) >= 0;
    }
}
