package org.reintegration.portal.initiative;

/** Whom an initiative is for. Community initiatives are meant for both; some target one group. */
public enum Beneficiaries {
    RETURNEES,
    RESIDENTS,
    BOTH
}
