package org.reintegration.portal.project;

import java.time.LocalDateTime;

/** A local authority's official comment on a project, signed with the name and office the author had. */
public record OfficialComment(long id, String authorName, String authorOffice, String text, LocalDateTime createdAt) {

    public static final int TEXT_MAX = 2000;
}
