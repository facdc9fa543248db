package org.reintegration.portal.interop.pabulib;

import java.util.List;

/** The header of one section of a Pabulib file, used to find columns and to check each row's width. */
record Table(String section, Row header) {

    /** The index of a column the section must have. */
    int require(String column) throws PabulibFormatException {
        int index = optional(column);
        if (index < 0) {
            throw new PabulibFormatException(
                    "the " + section + " header has no '" + column + "' column (it has "
                            + String.join(", ", header.fields()) + ")",
                    header.line(),
                    0);
        }
        return index;
    }

    /** The index of a column, or -1 if the section does not have it. */
    int optional(String column) {
        List<String> names = header.fields();
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).strip().equals(column)) {
                return i;
            }
        }
        return -1;
    }

    void checkWidth(Row row) throws PabulibFormatException {
        if (row.size() != header.size()) {
            throw new PabulibFormatException(
                    row.size() + " fields where the " + section + " section has " + header.size() + " columns ("
                            + String.join(";", header.fields()) + ")",
                    row.line(),
                    0);
        }
    }
}
