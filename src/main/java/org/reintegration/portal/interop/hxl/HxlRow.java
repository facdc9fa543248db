package org.reintegration.portal.interop.hxl;

import java.util.List;
import org.reintegration.portal.interop.csv.SpreadsheetText;

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

    /**
     * The row's value in a column, with its position and hashtag for messages; without the apostrophe that
     * the portal's own exports put in front of a text a spreadsheet would run as a formula.
     */
    public Cell cell(HxlColumn column) {
        int index = column.number() - 1;
        String value = index < fields.size() ? SpreadsheetText.unguarded(fields.get(index)) : "";
        return new Cell(value, line, column.number(), column.tag().toString());
    }
}
