package org.reintegration.portal.grant;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.InvalidInputException;
import org.reintegration.portal.grant.repository.GrantEventRepository;
import org.reintegration.portal.grant.repository.GrantRepository;
import org.reintegration.portal.security.CurrentUser;
import org.reintegration.portal.security.PortalUser;
import org.springframework.stereotype.Component;

/**
 * What every step on a grant needs, whichever use case takes it: the grant it works on, who takes it and
 * when, the two-person rule, and the event it leaves in the audit trail (ADR 0008). Called inside
 * {@link GrantService}'s transactions, so an event is appended in the same transaction as its change.
 */
@Component
class GrantSteps {

    private final GrantRepository grants;
    private final GrantEventRepository events;
    private final CurrentUser currentUser;
    private final Clock clock;

    GrantSteps(GrantRepository grants, GrantEventRepository events, CurrentUser currentUser, Clock clock) {
        this.grants = grants;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The grant. @throws InvalidInputException when there is none */
    Grant grant(long id) {
        return grants.find(id).orElseThrow(() -> new InvalidInputException("There is no grant " + id));
    }

    /** The grant, which must still be a draft: only drafts change. */
    Grant draft(long id) {
        Grant grant = grant(id);
        if (grant.status() != GrantStatus.DRAFT) {
            throw new InvalidFieldException(
                    "status",
                    "grants.error.not-draft",
                    "grant " + id + " is " + grant.status() + "; only drafts change");
        }
        return grant;
    }

    /**
     * The two-person rule, the one place it lives: the caller must not be the one who did the first step
     * (submitted or prepared a grant, prepared a disbursement, entered a report).
     */
    void secondPerson(String firstPerson, String what) {
        if (Objects.equals(firstPerson, actor())) {
            throw new InvalidFieldException(
                    "approval",
                    "grants.error.same-person",
                    what + " by " + firstPerson + "; a second staff member must approve it");
        }
    }

    /**
     * Appends an event to the grant's audit trail, in the caller's transaction. Its detail is stored as a key and
     * arguments, worded when it is read, in the reader's language.
     */
    void record(long grantId, EventKind kind, EventDetail detail) {
        events.append(grantId, actor(), kind, detail.stored(), now());
    }

    /** Who takes the step: the signed-in user, or "system" for a task without one. */
    String actor() {
        return currentUser.get().map(PortalUser::username).orElse("system");
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** What someone typed as a reason or note, stripped; empty when nothing. */
    static String text(String value) {
        return value == null ? "" : value.strip();
    }

    static String limit(String value, int max) {
        return value.length() > max ? value.substring(0, max) : value;
    }
}
