package org.reintegration.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.community.ui.CommunityDetailView;
import org.reintegration.portal.initiative.InitiativeService;
import org.reintegration.portal.initiative.Samples;
import org.reintegration.portal.initiative.ui.InitiativeDetailView;
import org.reintegration.portal.project.ProjectSamples;
import org.reintegration.portal.project.ProjectService;
import org.reintegration.portal.project.ui.ProjectDetailView;
import org.reintegration.portal.security.SystemTask;
import org.reintegration.portal.selection.round.BallotRules;
import org.reintegration.portal.selection.round.RoundSamples;
import org.reintegration.portal.selection.round.ui.RoundDetailView;
import org.reintegration.portal.ui.AccessDeniedView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The pages of another region's objects refuse a local authority of Kankan and show nothing of them. */
@PortalTest
@Transactional
@WithUserDetails("authority")
class AuthorityScopeViewsTest extends SpringBrowserlessTest {

    @Autowired
    RoundSamples roundSamples;

    @Autowired
    ProjectService projects;

    @Autowired
    InitiativeService initiatives;

    @Test
    void the_page_of_a_project_of_another_region_is_refused() {
        long[] id = new long[1];
        SystemTask.runAsAdministrator(
                () -> id[0] = projects.create(ProjectSamples.ongoing("Kindia bakery", PCode.of("GN005001"), null))
                        .id());

        assertRefused(() -> navigate(ProjectDetailView.class, Map.of("projectId", String.valueOf(id[0]))));
    }

    @Test
    void the_pages_of_a_community_its_initiative_and_its_round_of_another_region_are_refused() {
        long community = roundSamples.communityIn("GN005", 0);
        long round = roundSamples.round(community, BallotRules.approval(1, 1));
        long[] initiative = new long[1];
        SystemTask.runAsAdministrator(() ->
                initiative[0] = initiatives.proposeOnBehalf(Samples.waterPoint(community), null, "Meeting in Kindia"));

        assertRefused(() -> navigate(CommunityDetailView.class, Map.of("communityId", String.valueOf(community))));
        assertRefused(
                () -> navigate(InitiativeDetailView.class, Map.of("initiativeId", String.valueOf(initiative[0]))));
        assertRefused(() -> navigate(RoundDetailView.class, Map.of("roundId", String.valueOf(round))));
    }

    private void assertRefused(Runnable navigation) {
        assertThatThrownBy(navigation::run).hasMessageContaining(AccessDeniedView.class.getName());
        assertThat(find(H2.class).withId("access-denied").single().getText())
                .isEqualTo("You do not have access to this.");
        assertThat(UI.getCurrent().getElement().getTextRecursively()).doesNotContain("Kindia");
    }
}
