package org.reintegration.portal.initiative;

import java.util.Objects;

/**
 * One field an initiative type adds to the common ones. Forms build themselves from these, and the
 * service checks entered values against them.
 *
 * @param name the key in the stored JSON object and in translations ({@code initiative-field.<name>})
 */
public record TypeField(String name, FieldKind kind, boolean required) {

    /** The longest text a text field takes. */
    public static final int TEXT_MAX = 500;

    /** The largest whole number accepted (members, people served, units). */
    public static final long NUMBER_MAX = 10_000_000;

    public TypeField {
        Objects.requireNonNull(kind, "kind");
        if (name == null || !name.matches("[a-z][a-z_]{1,39}")) {
            throw new IllegalArgumentException("field name " + name);
        }
    }

    static TypeField text(String name, boolean required) {
        return new TypeField(name, FieldKind.TEXT, required);
    }

    static TypeField number(String name, boolean required) {
        return new TypeField(name, FieldKind.WHOLE_NUMBER, required);
    }

    static TypeField yesNo(String name) {
        return new TypeField(name, FieldKind.YES_NO, true);
    }

    public String labelKey() {
        return "initiative-field." + name;
    }
}
