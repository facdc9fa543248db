package org.reintegration.portal.grant;

/** How the grantee or others contribute beside the grant. */
public enum CofundingKind {
    CASH,
    IN_KIND;

    public String labelKey() {
        return "grants.cofunding-kind." + name();
    }
}
