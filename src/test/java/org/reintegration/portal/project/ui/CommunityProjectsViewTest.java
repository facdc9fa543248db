package org.reintegration.portal.project.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H3;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.community.CommunityData;
import org.reintegration.portal.community.CommunityService;
import org.reintegration.portal.project.ProjectSamples;
import org.reintegration.portal.project.ProjectService;
import org.reintegration.portal.security.SystemTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

@PortalTest
@Transactional
class CommunityProjectsViewTest extends SpringBrowserlessTest {

    @Autowired
    ProjectService projects;

    @Autowired
    CommunityService communities;

    @Test
    void a_community_member_sees_its_projects_without_an_account_and_no_title_of_a_confidential_one() {
        long[] community = new long[1];
        SystemTask.runAsAdministrator(() -> {
            community[0] = communities
                    .create(new CommunityData("Siguiri centre", "fr", PCode.of("GN004004"), null, null))
                    .community()
                    .id();
            projects.create(ProjectSamples.inCommunity(
                    ProjectSamples.ongoing("Grain mill", PCode.of("GN004004"), null), community[0], false));
            projects.create(ProjectSamples.inCommunity(ProjectSamples.peerCircle(), community[0], true));
        });

        navigate(CommunityProjectsView.class, Map.of("communityId", String.valueOf(community[0])));

        assertThat(find(H3.class).all())
                .extracting(H3::getText)
                .containsExactlyInAnyOrder("Grain mill", "A confidential activity");
    }
}
