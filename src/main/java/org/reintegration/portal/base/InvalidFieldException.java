package org.reintegration.portal.base;

import java.util.List;

/**
 * Input rejected because of one field, with a message key that forms translate and show next to
 * that field.
 */
public class InvalidFieldException extends InvalidInputException {

    private final String field;
    private final String messageKey;

    public InvalidFieldException(String field, String messageKey, String detail) {
        super(field + ": " + detail, List.of());
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
