package org.reintegration.portal.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as Spring Security holds it. Administrators also hold the staff role, so every
 * check for staff admits them.
 */
public record PortalUser(
        long id,
        String username,
        String displayName,
        Role role,
        String passwordHash,
        boolean enabled,
        String preferredLanguage)
        implements UserDetails {

    /** The same user with another saved language. */
    public PortalUser withPreferredLanguage(String language) {
        return new PortalUser(id, username, displayName, role, passwordHash, enabled, language);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(role.authority()));
        if (role == Role.ADMIN) {
            authorities.add(new SimpleGrantedAuthority(Role.STAFF.authority()));
        }
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return "PortalUser[" + username + ", " + role + "]";
    }
}
