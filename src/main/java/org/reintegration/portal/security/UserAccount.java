package org.reintegration.portal.security;

import java.util.Set;
import org.reintegration.portal.base.PCode;

/** A user account as administrators see it (never with its password hash). */
public record UserAccount(
        long id,
        String username,
        String displayName,
        String office,
        Role role,
        boolean enabled,
        String preferredLanguage,
        Set<PCode> scopes) {

    public UserAccount {
        scopes = Set.copyOf(scopes);
    }
}
