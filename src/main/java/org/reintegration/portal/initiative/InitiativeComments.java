package org.reintegration.portal.initiative;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.OfficialComment;
import org.reintegration.portal.initiative.repository.InitiativeCommentRepository;
import org.reintegration.portal.security.UserAccount;
import org.reintegration.portal.security.UserService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Official comments of local authorities on initiatives of their areas (an endorsement, a concern, a
 * condition the office sets), signed with the author's name and office. Whoever may see the
 * initiative reads them.
 */
@Service
public class InitiativeComments {

    private final InitiativeService initiatives;
    private final InitiativeCommentRepository comments;
    private final UserService users;
    private final Clock clock;

    InitiativeComments(
            InitiativeService initiatives, InitiativeCommentRepository comments, UserService users, Clock clock) {
        this.initiatives = initiatives;
        this.comments = comments;
        this.users = users;
        this.clock = clock;
    }

    /**
     * Records a local authority's official comment on a published initiative in its area scopes.
     *
     * @return the initiative's comments, the new one last
     * @throws InvalidFieldException when the text is empty or too long; nothing is stored then
     * @throws org.springframework.security.access.AccessDeniedException when the initiative lies outside
     *     the authority's areas or is not published
     */
    @PreAuthorize("hasRole('AUTHORITY')")
    @Transactional
    public List<OfficialComment> comment(long initiativeId, String text) {
        initiatives.get(initiativeId); // refuses initiatives outside the caller's areas, and unpublished ones
        String checked = OfficialComment.checkedText(text);
        UserAccount author = users.ownAccount().orElseThrow();
        comments.insert(
                initiativeId,
                author.username(),
                author.displayName(),
                author.office(),
                checked,
                LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS));
        return comments.comments(initiativeId);
    }

    /** An initiative's official comments, oldest first, for those who may see the initiative. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<OfficialComment> comments(long initiativeId) {
        initiatives.get(initiativeId);
        return comments.comments(initiativeId);
    }
}
