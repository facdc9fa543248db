package org.reintegration.portal.assessment;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The portal fields a KoboToolbox form field can fill, by the name used in the column mapping. The
 * required ones identify the community and date the assessment; without them no profile can be made.
 */
public enum AssessmentField {
    AREA_PCODE(true),
    COMMUNITY_NAME(true),
    ASSESSED_ON(true),
    TENSION_LEVEL(true),
    LOCATION(false),
    POPULATION(false),
    HOUSEHOLDS(false),
    RETURNEES(false),
    PRIORITY_NEEDS(false),
    TENSION_DRIVERS(false),
    INCIDENTS(false),
    MAIN_SECTORS(false),
    OPPORTUNITIES(false),
    SKILLS_IN_DEMAND(false),
    PSYCHOSOCIAL_RESOURCES(false),
    SOURCE_NOTES(false);

    private final boolean required;

    AssessmentField(boolean required) {
        this.required = required;
    }

    /** The name in the column mapping, such as {@code area_pcode}. */
    public String mappingName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean required() {
        return required;
    }

    public static Optional<AssessmentField> byMappingName(String name) {
        return Arrays.stream(values())
                .filter(field -> field.mappingName().equals(name))
                .findFirst();
    }

    static Set<String> requiredNames() {
        return Arrays.stream(values())
                .filter(AssessmentField::required)
                .map(AssessmentField::mappingName)
                .collect(Collectors.toUnmodifiableSet());
    }
}
