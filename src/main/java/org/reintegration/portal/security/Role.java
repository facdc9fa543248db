package org.reintegration.portal.security;

/**
 * What a signed-in user may do. Community members have no account and no role: they use the public
 * pages and vote with single-use codes.
 */
public enum Role {
    /** Users, roles, area scopes, reference data; and everything staff may do. */
    ADMIN,
    /** IOM programme staff: profiles, selection rounds, grants, monitoring, everywhere. */
    STAFF,
    /** A local authority: reads what lies in its area scopes, leaves official comments. */
    AUTHORITY;

    /** Spring Security's name for the role ({@code ROLE_STAFF}). */
    public String authority() {
        return "ROLE_" + name();
    }

    // Names for annotations such as @RolesAllowed, which need constants.
    public static final String ADMIN_NAME = "ADMIN";
    public static final String STAFF_NAME = "STAFF";
    public static final String AUTHORITY_NAME = "AUTHORITY";
}
