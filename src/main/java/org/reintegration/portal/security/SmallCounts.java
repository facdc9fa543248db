package org.reintegration.portal.security;

import org.springframework.stereotype.Component;

/**
 * Small-cell suppression, the do-no-harm rule for aggregated figures: outside staff roles, any count
 * from 1 to 4 is shown (on pages, map layers and in exports) as "fewer than five", so that nobody can
 * be singled out. A suppressed count travels as {@link #FEWER_THAN_FIVE}.
 */
@Component
public class SmallCounts {

    /** The stand-in for a suppressed count; never a real count, which cannot be negative. */
    public static final int FEWER_THAN_FIVE = -1;

    public static final int THRESHOLD = 5;

    private final CurrentUser currentUser;

    SmallCounts(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** True when the current caller sees suppressed figures (anyone but staff and administrators). */
    public boolean mustSuppress() {
        return !(currentUser.hasRole(Role.STAFF) || currentUser.hasRole(Role.ADMIN));
    }

    /** The count as the current caller may see it. Zero is shown: it singles out nobody. */
    public int shown(int count) {
        return mustSuppress() && count > 0 && count < THRESHOLD ? FEWER_THAN_FIVE : count;
    }

    public Integer shownOrNull(Integer count) {
        return count == null ? null : shown(count);
    }

    /** How a count reads: the number, or "<5" for a suppressed one. */
    public static String text(int count) {
        return count == FEWER_THAN_FIVE ? "<" + THRESHOLD : Integer.toString(count);
    }
}
