package org.reintegration.portal.initiative;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.community.TensionLevel;
import org.reintegration.portal.initiative.repository.FeasibilityReviewRepository;
import org.reintegration.portal.initiative.repository.InitiativeRepository;
import org.reintegration.portal.security.AreaAccess;
import org.reintegration.portal.security.CurrentUser;
import org.reintegration.portal.security.PortalUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The feasibility review of an initiative: staff rate it on each {@link Criterion} and decide whether it is
 * feasible, which moves it to {@link InitiativeStatus#FEASIBLE} or {@link InitiativeStatus#NOT_FEASIBLE}.
 * Who may read a review follows who may read the initiative ({@link InitiativeService#get}).
 */
@Service
public class FeasibilityReviewService {

    private final InitiativeService initiatives;
    private final InitiativeRepository initiativeRows;
    private final FeasibilityReviewRepository reviews;
    private final AreaAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;

    FeasibilityReviewService(
            InitiativeService initiatives,
            InitiativeRepository initiativeRows,
            FeasibilityReviewRepository reviews,
            AreaAccess access,
            CurrentUser currentUser,
            Clock clock) {
        this.initiatives = initiatives;
        this.initiativeRows = initiativeRows;
        this.reviews = reviews;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Records the feasibility review, replacing an earlier one, and moves the initiative to the
     * decision. An economic initiative needs a market rating; a do-no-harm rating of NO means it
     * cannot be found feasible.
     */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional
    public void review(long id, ReviewData data) {
        Initiative existing =
                initiativeRows.find(id).orElseThrow(() -> new IllegalArgumentException("No initiative " + id));
        access.checkMayChange(existing.area());
        if (!existing.status().reviewable()) {
            throw new InvalidFieldException(
                    "status", "review.error.status", "initiative " + id + " is " + existing.status());
        }
        if (existing.data().dimension() == Dimension.ECONOMIC
                && data.get(Criterion.MARKET).rating() == Rating.NOT_APPLICABLE) {
            throw new InvalidFieldException("criterion.MARKET", "review.error.market", "economic needs market");
        }
        if (data.decision() == ReviewDecision.FEASIBLE
                && data.get(Criterion.DO_NO_HARM).rating() == Rating.NO) {
            throw new InvalidFieldException("decision", "review.error.harmful", "do no harm failed");
        }
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        reviews.saveReview(id, data, currentUser.get().map(PortalUser::username).orElse("system"), now);
        initiativeRows.setValidatedCost(id, data.validatedCost(), now);
        if (existing.status() != data.decision().status()) {
            initiativeRows.setStatus(
                    List.of(id), existing.status(), data.decision().status(), now);
        }
    }

    /** The initiative's feasibility review (with the validated cost), if it has one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<FeasibilityReview> review(long id) {
        Initiative initiative = initiatives.get(id);
        return reviews.review(id)
                .map(r -> new FeasibilityReview(
                        id,
                        new ReviewData(
                                r.data().assessments(),
                                r.data().decision(),
                                r.data().publicReason(),
                                initiative.validatedCost()),
                        r.reviewer(),
                        r.reviewedAt()));
    }

    /**
     * The tension level of the initiative's community as its current profile records it, for the
     * do-no-harm check; empty when the community was never profiled.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<TensionLevel> communityTension(long id) {
        return initiativeRows.currentTension(initiatives.get(id).data().communityId());
    }
}
