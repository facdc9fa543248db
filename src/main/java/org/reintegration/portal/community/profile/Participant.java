package org.reintegration.portal.community.profile;

/** Who took part in an assessment. */
public enum Participant {
    RETURNEES,
    RESIDENTS,
    WOMEN,
    YOUTH
}
