package org.reintegration.portal.selection.round.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.initiative.Samples;
import org.reintegration.portal.security.SystemTask;
import org.reintegration.portal.selection.round.BallotRules;
import org.reintegration.portal.selection.round.Phase;
import org.reintegration.portal.selection.round.RoundSamples;
import org.reintegration.portal.selection.round.RoundService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

@PortalTest
@Transactional
class PublicRoundViewTest extends SpringBrowserlessTest {

    @Autowired
    RoundService rounds;

    @Autowired
    RoundSamples samples;

    @Test
    void anyone_sees_the_rounds_dates_phase_rules_and_ballot_without_signing_in() {
        long community = samples.communityIn("GN004", 0);
        long water = samples.feasible(Samples.waterPoint(community), null);
        long round = samples.round(community, BallotRules.approval(1, 1));
        SystemTask.runAsAdministrator(() -> {
            rounds.setBallot(round, List.of(water));
            rounds.moveTo(round, Phase.REVIEW);
            rounds.moveTo(round, Phase.VOTING);
        });

        navigate(PublicRoundView.class, Map.of("roundId", String.valueOf(round)));

        assertThat(find(H2.class).withId("public-round-name").single().getText())
                .isEqualTo("Test round");
        assertThat(find(Span.class).withId("public-round-phase").single().getText())
                .isEqualTo("Now: Voting");
        assertThat(find(ListItem.class).all())
                .extracting(ListItem::getText)
                .contains("Results: no date announced")
                .anySatisfy(
                        text -> assertThat(text).startsWith("Proposals: from January 5, 2026 (announced); started "))
                .anySatisfy(text -> assertThat(text).startsWith("Voting: ").isNotEqualTo("Voting: —"));
        assertThat(find(Div.class)
                        .withId("public-round-ballot")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .contains("1. Two boreholes near the market");
    }
}
