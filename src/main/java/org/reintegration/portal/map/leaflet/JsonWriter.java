package org.reintegration.portal.map.leaflet;

import java.io.StringWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;

/**
 * The map's JSON, streamed by Jackson's {@link JsonGenerator} into a string.
 *
 * <p>The map sends its state as JSON strings in element properties. Trusted GeoJSON geometry is copied through
 * {@link #rawValue(String)} without being parsed and re-serialised.
 *
 * <p>Strings are escaped so that the output is valid JSON and also safe to embed in an HTML {@code <script>}
 * block: {@code <}, {@code >}, {@code &}, U+2028, U+2029 and surrogates are written as {@code \}{@code uXXXX}
 * (a character outside the Basic Multilingual Plane as its escaped pair, which reads back as the same
 * character; an unpaired surrogate, which UTF-8 cannot carry, survives intact).
 */
final class JsonWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .characterEscapes(new MarkupSafeEscapes())
            .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
            .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
            .build();

    private final StringWriter out;
    private final JsonGenerator generator;

    JsonWriter() {
        this(256);
    }

    JsonWriter(int capacity) {
        out = new StringWriter(capacity);
        generator = FACTORY.createGenerator(ObjectWriteContext.empty(), out);
    }

    JsonWriter beginObject() {
        generator.writeStartObject();
        return this;
    }

    JsonWriter endObject() {
        generator.writeEndObject();
        return this;
    }

    JsonWriter beginArray() {
        generator.writeStartArray();
        return this;
    }

    JsonWriter endArray() {
        generator.writeEndArray();
        return this;
    }

    JsonWriter name(String name) {
        generator.writeName(name);
        return this;
    }

    JsonWriter value(String value) {
        generator.writeString(value);
        return this;
    }

    JsonWriter value(boolean value) {
        generator.writeBoolean(value);
        return this;
    }

    JsonWriter value(long value) {
        generator.writeNumber(value);
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
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            generator.writeNumber((long) value);
        } else {
            generator.writeNumber(value);
        }
        return this;
    }

    JsonWriter nullValue() {
        generator.writeNull();
        return this;
    }

    /** Copies an already serialised JSON value unchanged; the caller vouches for its validity. */
    JsonWriter rawValue(String json) {
        generator.writeRawValue(json);
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
        generator.flush();
        return out.toString();
    }

    /** JSON's own escapes, plus the characters that would end or confuse an HTML or script context. */
    private static final class MarkupSafeEscapes extends CharacterEscapes {

        private static final int[] ASCII = standardAsciiEscapesForJSON();

        static {
            ASCII['<'] = ESCAPE_STANDARD;
            ASCII['>'] = ESCAPE_STANDARD;
            ASCII['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ASCII;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch == '\u2028' || ch == '\u2029' || Character.isSurrogate((char) ch)) {
                return new SerializedString(String.format("\\u%04x", ch));
            }
            return null;
        }
    }
}
