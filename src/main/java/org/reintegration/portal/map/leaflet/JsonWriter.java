package org.reintegration.portal.map.leaflet;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A minimal streaming JSON writer.
 *
 * <p>The map sends its state as JSON strings in element properties. Writing them by hand keeps the component
 * independent of whichever Jackson major version the application happens to carry, and lets trusted GeoJSON
 * geometry be copied through {@link #rawValue(String)} without being parsed and re-serialised.
 *
 * <p>Strings are escaped so that the output is valid JSON and also safe to embed in an HTML {@code <script>}
 * block: {@code <}, {@code >}, {@code &}, U+2028, U+2029 and unpaired surrogates are written as {@code \}{@code uXXXX}.
 */
final class JsonWriter {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final StringBuilder out;
    /** One entry per open container: {@code true} until its first member has been written. */
    private final Deque<Boolean> firstInContainer = new ArrayDeque<>();

    private boolean afterName;

    JsonWriter() {
        this(256);
    }

    JsonWriter(int capacity) {
        out = new StringBuilder(capacity);
    }

    JsonWriter beginObject() {
        beforeValue();
        out.append('{');
        firstInContainer.push(Boolean.TRUE);
        return this;
    }

    JsonWriter endObject() {
        firstInContainer.pop();
        out.append('}');
        return this;
    }

    JsonWriter beginArray() {
        beforeValue();
        out.append('[');
        firstInContainer.push(Boolean.TRUE);
        return this;
    }

    JsonWriter endArray() {
        firstInContainer.pop();
        out.append(']');
        return this;
    }

    JsonWriter name(String name) {
        separate();
        writeString(name);
        out.append(':');
        afterName = true;
        return this;
    }

    JsonWriter value(String value) {
        beforeValue();
        if (value == null) {
            out.append("null");
        } else {
            writeString(value);
        }
        return this;
    }

    JsonWriter value(boolean value) {
        beforeValue();
        out.append(value);
        return this;
    }

    JsonWriter value(long value) {
        beforeValue();
        out.append(value);
        return this;
    }

    /**
     * Writes a finite number; whole numbers of moderate size are written without a fraction to keep large
     * payloads small.
     *
     * @throws IllegalArgumentException for NaN and infinities, which JSON cannot represent
     */
    JsonWriter value(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("JSON cannot represent " + value);
        }
        beforeValue();
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            out.append((long) value);
        } else {
            out.append(value);
        }
        return this;
    }

    JsonWriter nullValue() {
        beforeValue();
        out.append("null");
        return this;
    }

    /** Copies an already serialised JSON value unchanged; the caller vouches for its validity. */
    JsonWriter rawValue(String json) {
        beforeValue();
        out.append(json);
        return this;
    }

    /** Writes a member only when the value is not {@code null}, keeping payloads free of empty keys. */
    JsonWriter optional(String name, String value) {
        if (value != null) {
            name(name).value(value);
        }
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void beforeValue() {
        if (afterName) {
            afterName = false;
        } else {
            separate();
        }
    }

    private void separate() {
        if (firstInContainer.isEmpty()) {
            return;
        }
        if (firstInContainer.peek()) {
            firstInContainer.pop();
            firstInContainer.push(Boolean.FALSE);
        } else {
            out.append(',');
        }
    }

    private void writeString(String value) {
        out.append('"');
        int length = value.length();
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '<', '>', '&', '\u2028', '\u2029' -> unicodeEscape(c);
                default -> {
                    if (c < 0x20) {
                        unicodeEscape(c);
                    } else if (Character.isHighSurrogate(c)
                            && i + 1 < length
                            && Character.isLowSurrogate(value.charAt(i + 1))) {
                        out.append(c).append(value.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        // An unpaired surrogate cannot be encoded as UTF-8 on the wire; the escape survives intact.
                        unicodeEscape(c);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private void unicodeEscape(char c) {
        out.append("\\u")
                .append(HEX[(c >> 12) & 0xF])
                .append(HEX[(c >> 8) & 0xF])
                .append(HEX[(c >> 4) & 0xF])
                .append(HEX[c & 0xF]);
    }
}
