package org.reintegration.portal.interop.pabulib;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One record of a Pabulib file, split into fields.
 *
 * @param line    the line the record starts on
 * @param fields  the field values, quotes removed
 * @param columns the column each field starts at
 */
record Row(int line, List<String> fields, List<Integer> columns) {

    static final List<String> SECTIONS = List.of("META", "PROJECTS", "VOTES");

    boolean isBlank() {
        return fields.size() == 1 && fields.getFirst().isBlank();
    }

    /** The section this row opens, if it is a section marker such as {@code PROJECTS}. */
    Optional<String> section() {
        if (fields.size() != 1) {
            return Optional.empty();
        }
        String name = fields.getFirst().strip().toUpperCase(Locale.ROOT);
        return SECTIONS.contains(name) ? Optional.of(name) : Optional.empty();
    }

    String field(int index) {
        return fields.get(index);
    }

    int column(int index) {
        return columns.get(index);
    }

    int size() {
        return fields.size();
    }
}
