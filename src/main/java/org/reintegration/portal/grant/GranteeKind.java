package org.reintegration.portal.grant;

/** Who receives a community grant. */
public enum GranteeKind {
    COMMUNITY_ORGANISATION,
    GROUP,
    LOCAL_PARTNER;

    public String labelKey() {
        return "grants.grantee-kind." + name();
    }
}
