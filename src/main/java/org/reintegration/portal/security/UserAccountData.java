package org.reintegration.portal.security;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.reintegration.portal.base.PCode;

/**
 * What an administrator enters for an account. The limits are constants so that forms reuse them.
 *
 * @param scopes admin areas a local authority may see; must be empty for other roles, which see
 *     everything
 */
public record UserAccountData(String username, String displayName, String office, Role role, Set<PCode> scopes) {

    public static final int USERNAME_MAX = 60;
    public static final int DISPLAY_NAME_MAX = 120;
    public static final int OFFICE_MAX = 160;
    public static final int PASSWORD_MIN = 10;
    public static final int PASSWORD_MAX = 128;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,59}");

    public UserAccountData {
        Objects.requireNonNull(role, "role");
        username = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        displayName = displayName == null ? "" : displayName.strip();
        office = office == null || office.isBlank() ? null : office.strip();
        scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
        if (!USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("username");
        }
        if (displayName.isEmpty() || displayName.length() > DISPLAY_NAME_MAX) {
            throw new IllegalArgumentException("displayName");
        }
        if (office != null && office.length() > OFFICE_MAX) {
            throw new IllegalArgumentException("office");
        }
    }

    public static boolean isValidUsername(String username) {
        return username != null
                && USERNAME.matcher(username.strip().toLowerCase(java.util.Locale.ROOT))
                        .matches();
    }

    public static boolean isAcceptablePassword(String password) {
        return password != null
                && password.length() >= PASSWORD_MIN
                && password.length() <= PASSWORD_MAX
                && !password.isBlank();
    }
}
