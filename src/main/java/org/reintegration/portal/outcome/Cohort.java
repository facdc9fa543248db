package org.reintegration.portal.outcome;

import java.util.List;
import java.util.Locale;
import org.reintegration.portal.community.profile.AgeBand;
import org.reintegration.portal.community.profile.Sex;

/** A group of respondents figures are given for: everyone, or one sex, or one age band (or those not stated). */
public enum Cohort {
    ALL,
    FEMALE,
    MALE,
    SEX_NOT_STATED,
    UNDER_18,
    FROM_18_TO_35,
    FROM_36_TO_59,
    FROM_60,
    AGE_NOT_STATED;

    static final List<Cohort> BY_SEX = List.of(FEMALE, MALE, SEX_NOT_STATED);
    static final List<Cohort> BY_AGE = List.of(UNDER_18, FROM_18_TO_35, FROM_36_TO_59, FROM_60, AGE_NOT_STATED);

    static Cohort of(Sex sex) {
        return sex == null ? SEX_NOT_STATED : valueOf(sex.name());
    }

    static Cohort of(AgeBand band) {
        return band == null ? AGE_NOT_STATED : valueOf(band.name());
    }

    public String labelKey() {
        return "outcome.cohort." + name().toLowerCase(Locale.ROOT);
    }

    /** The value written in exports, such as {@code female} or {@code from_18_to_35}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
