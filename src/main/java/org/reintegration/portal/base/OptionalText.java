package org.reintegration.portal.base;

/** The shape check of an optional text field of a record: blank means absent, otherwise stripped and bounded. */
public final class OptionalText {

    private OptionalText() {}

    /**
     * @return the text without surrounding spaces, or null when it is null or blank
     * @throws IllegalArgumentException naming the field when the text is longer than {@code max}
     */
    public static String of(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new IllegalArgumentException(field + ": at most " + max + " characters");
        }
        return stripped;
    }
}
