package org.reintegration.portal.base;

import java.util.regex.Pattern;

/**
 * A P-code: the identifier of an admin area in the COD-AB convention (country code, then the codes of
 * each level, e.g. {@code GN}, {@code GN005}, {@code GN005002}). Always a string, never a number:
 * leading zeros matter.
 */
public record PCode(String value) implements Comparable<PCode> {

    public static final int MAX_LENGTH = 20;
    private static final Pattern SHAPE = Pattern.compile("[A-Z]{2,3}[A-Z0-9]*");

    public PCode {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A P-code must not be empty");
        }
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a P-code (expected e.g. GN005002)");
        }
    }

    public static PCode of(String value) {
        return new PCode(value == null ? null : value.strip());
    }

    public static boolean isValid(String value) {
        return value != null
                && value.length() <= MAX_LENGTH
                && SHAPE.matcher(value).matches();
    }

    @Override
    public int compareTo(PCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
