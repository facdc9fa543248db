package org.reintegration.portal.interop.hxl;

import java.util.Objects;

/**
 * A tagged column of an HXL table.
 *
 * @param number the 1-based column number, as a spreadsheet counts it
 * @param header the text header above the hashtag, such as {@code Returnee individuals}; empty when the file has none
 * @param tag    the column's HXL tag
 */
public record HxlColumn(int number, String header, HxlTag tag) {

    public HxlColumn {
        if (number < 1) {
            throw new IllegalArgumentException("columns are numbered from 1");
        }
        Objects.requireNonNull(header);
        Objects.requireNonNull(tag);
    }
}
