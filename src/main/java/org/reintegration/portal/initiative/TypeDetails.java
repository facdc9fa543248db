package org.reintegration.portal.initiative;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reintegration.portal.base.InvalidFieldException;

/**
 * The values of a type's own fields: text as {@link String}, whole numbers as {@link Long}, yes/no
 * as {@link Boolean}. Built with {@link #check}, so a stored value always fits its type's fields.
 */
public record TypeDetails(Map<String, Object> values) {

    public static final TypeDetails NONE = new TypeDetails(Map.of());

    public TypeDetails {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * Checks entered values against the type's fields and keeps only those fields: blank text counts
     * as missing; numbers must be whole and from 0 to {@link TypeField#NUMBER_MAX}.
     *
     * @throws InvalidFieldException naming the field ({@code detail.<name>}) that is missing or wrong
     */
    public static TypeDetails check(InitiativeType type, Map<String, ?> entered) {
        Map<String, Object> kept = new LinkedHashMap<>();
        for (TypeField field : type.fields()) {
            Object value = entered == null ? null : entered.get(field.name());
            Object checked = checkValue(field, value);
            if (checked == null && field.required()) {
                throw invalid(field, "initiatives.error.detail-required", "required");
            }
            if (checked != null) {
                kept.put(field.name(), checked);
            }
        }
        if (type == InitiativeType.GROUP_INCOME_GENERATING) {
            long members = (Long) kept.get("group_members");
            long mix = (Long) kept.get("returnee_members") + (Long) kept.get("resident_members");
            if (mix != members) {
                throw invalid(type.fields().get(1), "initiatives.error.member-mix", mix + " ≠ " + members);
            }
        }
        return new TypeDetails(kept);
    }

    private static Object checkValue(TypeField field, Object value) {
        if (value == null) {
            return null;
        }
        return switch (field.kind()) {
            case TEXT -> {
                String text = value.toString().strip();
                if (text.length() > TypeField.TEXT_MAX) {
                    throw invalid(field, "initiatives.error.detail-too-long", "longer than " + TypeField.TEXT_MAX);
                }
                yield text.isEmpty() ? null : text;
            }
            case WHOLE_NUMBER -> {
                long number;
                if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
                    number = n.longValue();
                } else if (value instanceof String s && s.strip().matches("\\d{1,12}")) {
                    number = Long.parseLong(s.strip());
                } else if (value instanceof String s && s.isBlank()) {
                    yield null;
                } else {
                    throw invalid(field, "initiatives.error.detail-number", "not a whole number: " + value);
                }
                if (number < 0 || number > TypeField.NUMBER_MAX) {
                    throw invalid(field, "initiatives.error.detail-number", "out of range: " + number);
                }
                yield number;
            }
            case YES_NO -> {
                if (value instanceof Boolean b) {
                    yield b;
                }
                throw invalid(field, "initiatives.error.detail-required", "not yes or no: " + value);
            }
        };
    }

    private static InvalidFieldException invalid(TypeField field, String key, String detail) {
        return new InvalidFieldException("detail." + field.name(), key, detail);
    }

    public Object get(String name) {
        return values.get(name);
    }
}
