package org.reintegration.portal.outcome;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The portal fields a survey form field can fill besides the scheme's questions, by their name in the field
 * mapping. A submission names its area and, optionally, its community; its date; and optionally the respondent's
 * sex and age band. Nothing else about the respondent has a field, so nothing else can be stored.
 */
public enum SurveyField {
    AREA_PCODE(true),
    COMMUNITY_NAME(false),
    SURVEYED_ON(true),
    SEX(false),
    AGE_BAND(false);

    private final boolean required;

    SurveyField(boolean required) {
        this.required = required;
    }

    public String mappingName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean required() {
        return required;
    }

    public static Optional<SurveyField> byMappingName(String name) {
        return Arrays.stream(values()).filter(f -> f.mappingName().equals(name)).findFirst();
    }
}
