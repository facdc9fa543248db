package org.reintegration.portal.initiative;

/** What a type's own field holds. */
public enum FieldKind {
    TEXT,
    WHOLE_NUMBER,
    YES_NO
}
