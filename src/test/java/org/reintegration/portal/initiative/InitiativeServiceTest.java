package org.reintegration.portal.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.community.Community;
import org.reintegration.portal.community.CommunityFilter;
import org.reintegration.portal.community.CommunityService;
import org.reintegration.portal.community.CommunitySort;
import org.reintegration.portal.security.SystemTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@PortalTest
@Transactional
class InitiativeServiceTest {

    @Autowired
    InitiativeService initiatives;

    @Autowired
    FeasibilityReviewService reviews;

    @Autowired
    PublicInitiativeService publicInitiatives;

    @Autowired
    CommunityService communities;

    @Test
    void a_public_proposal_stays_hidden_until_a_moderator_approves_it() {
        long community = communityIn("GN004");
        long id = initiatives.propose(Samples.waterPoint(community), null);

        assertThatThrownBy(() -> publicInitiatives.getPublic(id)).isInstanceOf(IllegalArgumentException.class);
        SystemTask.runAsAdministrator(() -> {
            Initiative stored = initiatives.get(id);
            assertThat(stored.awaitingModeration()).isTrue();
            assertThat(stored.channel()).isEqualTo(ProposalChannel.PUBLIC_FORM);
            assertThat(stored.status()).isEqualTo(InitiativeStatus.PROPOSED);
            assertThat(initiatives.list(new InitiativeFilter(null, null, null, null, true), 0, 500))
                    .extracting(Initiative::id)
                    .contains(id);
            initiatives.approve(id);
        });

        PublicInitiative shown = publicInitiatives.getPublic(id);
        assertThat(shown.title()).isEqualTo("Two boreholes near the market");
        assertThat(shown.location()).isNotNull();
        assertThat(shown.details().get("water_points")).isEqualTo(2L);
    }

    @Test
    void a_proposal_for_an_unknown_community_is_refused_and_nothing_is_stored() {
        assertThatThrownBy(() -> initiatives.propose(Samples.waterPoint(987654321L), null))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("community"));
    }

    @Test
    void the_public_never_sees_where_a_confidential_group_meets_nor_its_details() {
        long id = staffEntered(Samples.peerSupport(communityIn("GN004")));

        PublicInitiative shown = publicInitiatives.getPublic(id);

        assertThat(shown.confidential()).isTrue();
        assertThat(shown.location()).isNull();
        assertThat(shown.details().values()).isEmpty();
        assertThat(initiatives.photo(id)).isEmpty();
    }

    @Test
    @WithUserDetails("staff")
    void staff_enter_a_meeting_proposal_which_is_published_at_once_with_who_entered_it() {
        long id = initiatives.proposeOnBehalf(
                Samples.groupBusiness(communityIn("GN004")), null, "Community meeting, 3 March, 40 people");

        Initiative stored = initiatives.get(id);
        assertThat(stored.published()).isTrue();
        assertThat(stored.enteredBy()).isEqualTo("staff");
        assertThat(stored.meetingNote()).isEqualTo("Community meeting, 3 March, 40 people");
        assertThat(stored.data().details().get("business_idea")).isEqualTo("Soap from local shea butter");
        assertThat(stored.currency()).isEqualTo(initiatives.currency());
    }

    @Test
    @WithUserDetails("staff")
    void a_move_the_life_cycle_does_not_allow_is_refused_and_changes_nothing() {
        long id = initiatives.proposeOnBehalf(Samples.waterPoint(communityIn("GN004")), null, "Meeting of 3 March");

        assertThatThrownBy(() -> initiatives.moveTo(id, InitiativeStatus.PROJECT))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("initiatives.error.transition");
                    assertThat(e.getMessage()).contains("PROPOSED").contains("PROJECT");
                });
        assertThat(initiatives.get(id).status()).isEqualTo(InitiativeStatus.PROPOSED);
        assertThatThrownBy(() -> initiatives.moveTo(id, InitiativeStatus.ON_BALLOT))
                .isInstanceOf(InvalidFieldException.class);
    }

    @Test
    @WithUserDetails("staff")
    void a_review_decides_records_the_reviewer_and_sets_the_cost_for_the_ballot() {
        long id = initiatives.proposeOnBehalf(Samples.waterPoint(communityIn("GN004")), null, "Meeting of 3 March");
        assertThatThrownBy(() -> reviews.review(id, Samples.feasible(null)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("review.error.status"));

        initiatives.moveTo(id, InitiativeStatus.UNDER_REVIEW);
        assertThatThrownBy(() -> initiatives.moveTo(id, InitiativeStatus.FEASIBLE))
                .as("only a review decides feasibility")
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("initiatives.error.by-review"));
        reviews.review(id, Samples.feasible(new BigDecimal("40000000")));

        Initiative reviewed = initiatives.get(id);
        assertThat(reviewed.status()).isEqualTo(InitiativeStatus.FEASIBLE);
        assertThat(reviewed.ballotCost()).isEqualByComparingTo("40000000");
        FeasibilityReview review = reviews.review(id).orElseThrow();
        assertThat(review.reviewer()).isEqualTo("staff");
        assertThat(review.data().get(Criterion.DO_NO_HARM).note()).contains("no land dispute");
        assertThat(publicInitiatives.getPublic(id).publicReason()).startsWith("Technically sound");
    }

    @Test
    @WithUserDetails("staff")
    void an_initiative_that_could_do_harm_cannot_be_found_feasible() {
        long id = initiatives.proposeOnBehalf(Samples.waterPoint(communityIn("GN004")), null, "Meeting of 3 March");
        initiatives.moveTo(id, InitiativeStatus.UNDER_REVIEW);

        assertThatThrownBy(() -> reviews.review(id, Samples.review(ReviewDecision.FEASIBLE, Rating.NO, null)))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("decision"));
        assertThat(reviews.review(id)).isEmpty();
        assertThat(initiatives.get(id).status()).isEqualTo(InitiativeStatus.UNDER_REVIEW);

        reviews.review(id, Samples.review(ReviewDecision.NOT_FEASIBLE, Rating.NO, null));
        assertThat(initiatives.get(id).status()).isEqualTo(InitiativeStatus.NOT_FEASIBLE);
    }

    @Test
    @WithUserDetails("staff")
    void an_economic_initiative_needs_a_market_rating() {
        long id = initiatives.proposeOnBehalf(Samples.groupBusiness(communityIn("GN004")), null, "Meeting");
        initiatives.moveTo(id, InitiativeStatus.UNDER_REVIEW);
        ReviewData data = Samples.feasible(null);
        var grid = new java.util.EnumMap<>(data.assessments());
        grid.put(Criterion.MARKET, new Assessment(Rating.NOT_APPLICABLE, null));

        assertThatThrownBy(() -> reviews.review(id, new ReviewData(grid, ReviewDecision.FEASIBLE, "Reason", null)))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("criterion.MARKET"));
    }

    @Test
    @WithUserDetails("authority")
    void a_local_authority_reads_initiatives_of_its_area_only() {
        long inside = staffEntered(Samples.waterPoint(communityIn("GN004")));
        long outside = staffEntered(Samples.waterPoint(communityIn("GN001")));
        long unmoderated = initiatives.propose(Samples.waterPoint(communityIn("GN004")), null);

        assertThat(initiatives.get(inside).id()).isEqualTo(inside);
        assertThatThrownBy(() -> initiatives.get(outside)).isInstanceOf(AccessDeniedException.class);
        List<Initiative> listed = initiatives.list(InitiativeFilter.ALL, 0, 500);
        assertThat(listed).extracting(Initiative::id).contains(inside).doesNotContain(outside, unmoderated);
        assertThatThrownBy(() -> initiatives.get(unmoderated)).isInstanceOf(AccessDeniedException.class);
        assertThat(listed).allSatisfy(i -> assertThat(i.area().value()).startsWith("GN004"));
        assertThatThrownBy(() -> initiatives.approve(inside)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("staff")
    void a_rejected_proposal_is_kept_but_never_published() {
        long id = initiatives.propose(Samples.waterPoint(communityIn("GN004")), null);
        assertThatThrownBy(() -> initiatives.reject(id, " ")).isInstanceOf(InvalidFieldException.class);

        initiatives.reject(id, "Duplicate of the borehole proposal from the March meeting");

        Initiative rejected = initiatives.get(id);
        assertThat(rejected.moderation()).isEqualTo(Moderation.REJECTED);
        assertThat(rejected.published()).isFalse();
        assertThatThrownBy(() -> initiatives.approve(id)).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> initiatives.moveTo(id, InitiativeStatus.UNDER_REVIEW))
                .isInstanceOf(InvalidFieldException.class);
    }

    private long staffEntered(InitiativeData data) {
        long[] id = new long[1];
        SystemTask.runAsAdministrator(() -> id[0] = initiatives.proposeOnBehalf(data, null, "Meeting"));
        return id[0];
    }

    private long communityIn(String area) {
        long[] id = new long[1];
        SystemTask.runAsAdministrator(() -> {
            List<Community> found =
                    communities.list(new CommunityFilter(PCode.of(area), null, false), CommunitySort.NAME, 0, 1);
            id[0] = found.getFirst().id();
        });
        return id[0];
    }

    @Test
    void the_public_form_takes_five_proposals_an_hour_from_one_address_and_stores_nothing_past_them() {
        long community = communityIn("GN004");
        String address =
                "10.77." + Math.floorMod(System.nanoTime(), 250) + "." + Math.floorMod(System.nanoTime() / 7, 250);
        for (int i = 1; i <= InitiativeService.PROPOSALS_PER_ADDRESS; i++) {
            initiatives.propose(Samples.waterPoint(community), null, address);
        }
        int before = countAll();

        assertThatThrownBy(() -> initiatives.propose(Samples.waterPoint(community), null, address))
                .isInstanceOfSatisfying(
                        org.reintegration.portal.base.TooManyAttemptsException.class,
                        e -> assertThat(e.minutes()).isEqualTo(60));

        assertThat(countAll()).as("nothing stored").isEqualTo(before);
        initiatives.propose(Samples.waterPoint(community), null, address + "1");
        assertThat(countAll()).as("another address").isEqualTo(before + 1);
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.jooq.DSLContext db;

    private int countAll() {
        return db.fetchCount(org.reintegration.portal.base.jooq.Tables.INITIATIVE);
    }
}
