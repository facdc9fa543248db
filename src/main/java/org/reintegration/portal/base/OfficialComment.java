package org.reintegration.portal.base;

import java.time.LocalDateTime;

/**
 * A local authority's official comment on a project or an initiative, signed with the name and office
 * the author had when writing it.
 */
public record OfficialComment(long id, String authorName, String authorOffice, String text, LocalDateTime createdAt) {

    public static final int TEXT_MAX = 2000;

    /**
     * The text of a new comment, stripped.
     *
     * @throws InvalidFieldException (field {@code comment}) when it is empty or longer than {@link #TEXT_MAX}
     */
    public static String checkedText(String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty() || stripped.length() > TEXT_MAX) {
            throw new InvalidFieldException(
                    "comment", "official-comments.error.text", "1 to " + TEXT_MAX + " characters");
        }
        return stripped;
    }
}
