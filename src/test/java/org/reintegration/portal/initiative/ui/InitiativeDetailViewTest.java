package org.reintegration.portal.initiative.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.community.Community;
import org.reintegration.portal.community.CommunityFilter;
import org.reintegration.portal.community.CommunityService;
import org.reintegration.portal.community.CommunitySort;
import org.reintegration.portal.initiative.Criterion;
import org.reintegration.portal.initiative.FeasibilityReviewService;
import org.reintegration.portal.initiative.InitiativeService;
import org.reintegration.portal.initiative.InitiativeStatus;
import org.reintegration.portal.initiative.Moderation;
import org.reintegration.portal.initiative.Rating;
import org.reintegration.portal.initiative.ReviewDecision;
import org.reintegration.portal.initiative.Samples;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@PortalTest
@Transactional
@WithUserDetails("staff")
class InitiativeDetailViewTest extends SpringBrowserlessTest {

    @Autowired
    InitiativeService initiatives;

    @Autowired
    FeasibilityReviewService reviews;

    @Autowired
    CommunityService communities;

    @Test
    void staff_approve_a_public_proposal_and_it_is_published() {
        long id = initiatives.propose(Samples.waterPoint(profiledCommunity().id()), null);
        InitiativeDetailView view = open(id);

        test(find(Button.class).withId("approve").single()).click();

        assertThat(initiatives.get(id).published()).isTrue();
        assertThat(view.shown.moderation()).isEqualTo(Moderation.APPROVED);
        assertThat(find(Button.class).withId("approve").all()).isEmpty();
    }

    @Test
    void rejecting_a_proposal_needs_a_reason_and_keeps_it_unpublished() {
        long id = initiatives.propose(Samples.waterPoint(profiledCommunity().id()), null);
        open(id);

        test(find(Button.class).withId("reject").single()).click();
        test(find(Button.class).withId("reject-confirm").single()).click();
        TextArea note = find(TextArea.class).withId("reject-note").single();
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).isEqualTo("Say why the proposal is not published.");

        test(note).setValue("Same idea as the borehole proposal of the March meeting");
        test(find(Button.class).withId("reject-confirm").single()).click();

        assertThat(initiatives.get(id).moderation()).isEqualTo(Moderation.REJECTED);
        assertThat(initiatives.get(id).published()).isFalse();
    }

    @Test
    void staff_review_on_the_grid_with_the_communitys_tension_beside_the_do_no_harm_check() {
        Community community = profiledCommunity();
        long id = initiatives.proposeOnBehalf(Samples.waterPoint(community.id()), null, "Meeting of 3 March");
        InitiativeDetailView view = open(id);
        test(find(Button.class).withId("start-review").single()).click();
        assertThat(view.shown.status()).isEqualTo(InitiativeStatus.UNDER_REVIEW);

        test(find(Button.class).withId("review").single()).click();
        ReviewDialog dialog = find(ReviewDialog.class).single();
        assertThat(dialog.tension.getText()).isEqualTo("Tension in the community now: " + tensionText(community));

        test(dialog.save).click();
        assertThat(dialog.ratings.get(Criterion.TECHNICAL).isInvalid()).isTrue();
        assertThat(dialog.ratings.get(Criterion.TECHNICAL).getErrorMessage()).isEqualTo("Rate this criterion.");

        for (Criterion criterion : Criterion.values()) {
            dialog.ratings.get(criterion).setValue(Rating.YES);
        }
        dialog.decision.setValue(ReviewDecision.FEASIBLE);
        test(dialog.publicReason).setValue("Sound, costed and fair to returnees and residents.");
        test(dialog.save).click();
        assertThat(dialog.notes.get(Criterion.DO_NO_HARM).isInvalid()).isTrue();
        assertThat(dialog.notes.get(Criterion.DO_NO_HARM).getErrorMessage())
                .isEqualTo("Say who benefits and whether it could deepen tension.");

        test(dialog.notes.get(Criterion.DO_NO_HARM)).setValue("Both groups draw water there; no land dispute.");
        dialog.validatedCost.setValue(new BigDecimal("42000000"));
        test(dialog.save).click();

        assertThat(view.shown.status()).isEqualTo(InitiativeStatus.FEASIBLE);
        assertThat(view.shown.ballotCost()).isEqualByComparingTo("42000000");
        assertThat(reviews.review(id).orElseThrow().reviewer()).isEqualTo("staff");
    }

    private String tensionText(Community community) {
        return switch (community.current().tension()) {
            case NONE -> "None";
            case LOW -> "Low";
            case MEDIUM -> "Medium";
            case HIGH -> "High";
        };
    }

    private InitiativeDetailView open(long id) {
        return navigate(InitiativeDetailView.class, Map.of("initiativeId", String.valueOf(id)));
    }

    private Community profiledCommunity() {
        List<Community> found = communities.list(CommunityFilter.ALL, CommunitySort.NAME, 0, 100);
        return found.stream().filter(c -> c.current() != null).findFirst().orElseThrow();
    }
}
