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

    /**
     * The stand-in for a count withheld so that a "fewer than five" cannot be worked out from a total
     * and its other parts ({@link ComplementarySuppression}); it may be any number, zero included.
     */
    public static final int WITHHELD = -2;

    /** How a withheld count reads. */
    public static final String WITHHELD_TEXT = "x";

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

    /**
     * The counts of a table as the current caller may see them: as they are for staff, otherwise with
     * small counts suppressed and, through the sums, complements withheld ({@link
     * ComplementarySuppression}).
     */
    public int[] shown(
            int[] counts, java.util.Collection<ComplementarySuppression.Sum> sums, java.util.Set<Integer> fixed) {
        return mustSuppress() ? ComplementarySuppression.protect(counts, sums, fixed) : counts.clone();
    }

    /** True for a count that stands for a hidden one. */
    public static boolean hidden(int count) {
        return count == FEWER_THAN_FIVE || count == WITHHELD;
    }

    /** How a count reads: the number, "<5" for a suppressed one, "x" for a withheld one. */
    public static String text(int count) {
        return switch (count) {
            case FEWER_THAN_FIVE -> "<" + THRESHOLD;
            case WITHHELD -> WITHHELD_TEXT;
            default -> Integer.toString(count);
        };
    }
}
