package org.reintegration.portal.interop.hxl;

import java.util.List;

/**
 * A data row of an HXL table.
 *
 * @param line   the line the row starts on
 * @param fields the row's fields, left to right
 */
public record HxlRow(int line, List<String> fields) {

    public HxlRow {
        fields = List.copyOf(fields);
    }

    /** The row's value in a column, with its position and hashtag for messages. */
    public Cell cell(HxlColumn column) {
        int index = column.number() - 1;
        String value = index < fields.size() ? fields.get(index) : "";
        return new Cell(value, line, column.number(), column.tag().toString());
    }
}
