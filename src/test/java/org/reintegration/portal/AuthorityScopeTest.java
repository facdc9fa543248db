package org.reintegration.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.community.CommunityFilter;
import org.reintegration.portal.community.CommunityService;
import org.reintegration.portal.community.CommunitySort;
import org.reintegration.portal.community.profile.ProfileService;
import org.reintegration.portal.community.provider.ProviderType;
import org.reintegration.portal.community.provider.ServiceProviderData;
import org.reintegration.portal.community.provider.ServiceProviderFilter;
import org.reintegration.portal.community.provider.ServiceProviderService;
import org.reintegration.portal.community.provider.StakeholderKind;
import org.reintegration.portal.geo.AdminArea;
import org.reintegration.portal.geo.AdminAreaService;
import org.reintegration.portal.initiative.FeasibilityReviewService;
import org.reintegration.portal.initiative.InitiativeComments;
import org.reintegration.portal.initiative.InitiativeFilter;
import org.reintegration.portal.initiative.InitiativeService;
import org.reintegration.portal.initiative.Samples;
import org.reintegration.portal.project.ProjectFilter;
import org.reintegration.portal.project.ProjectSamples;
import org.reintegration.portal.project.ProjectService;
import org.reintegration.portal.returnees.ReturneeCountService;
import org.reintegration.portal.security.SystemTask;
import org.reintegration.portal.selection.round.BallotRules;
import org.reintegration.portal.selection.round.RoundSamples;
import org.reintegration.portal.selection.round.RoundService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The local authority of the demo data may see Kankan (GN004) only. Everything it can reach from the
 * navigation refuses, through the services, objects of another region (Kindia, GN005).
 */
@PortalTest
@Transactional
@WithUserDetails("authority")
class AuthorityScopeTest {

    static final PCode KINDIA_REGION = PCode.of("GN005");
    static final PCode KINDIA_PREFECTURE = PCode.of("GN005001");

    @Autowired
    CommunityService communities;

    @Autowired
    ProfileService profiles;

    @Autowired
    ServiceProviderService providers;

    @Autowired
    ReturneeCountService returnees;

    @Autowired
    InitiativeService initiatives;

    @Autowired
    FeasibilityReviewService reviews;

    @Autowired
    InitiativeComments initiativeComments;

    @Autowired
    RoundService rounds;

    @Autowired
    RoundSamples roundSamples;

    @Autowired
    ProjectService projects;

    @Autowired
    AdminAreaService areas;

    long kindiaCommunity;
    long kindiaProvider;
    long kindiaInitiative;
    long kindiaRound;
    long kindiaProject;

    @BeforeEach
    void objectsInKindia() {
        kindiaCommunity = roundSamples.communityIn("GN005", 0);
        kindiaRound = roundSamples.round(kindiaCommunity, BallotRules.approval(1, 1));
        SystemTask.runAsAdministrator(() -> {
            kindiaProvider = providers
                    .create(new ServiceProviderData(
                            communities.get(kindiaCommunity).data().area(),
                            kindiaCommunity,
                            "Kindia health post",
                            null,
                            ProviderType.HEALTH,
                            StakeholderKind.NGO,
                            null,
                            null,
                            null,
                            null,
                            true,
                            null))
                    .id();
            kindiaInitiative = initiatives.proposeOnBehalf(
                    Samples.waterPoint(kindiaCommunity), null, "Meeting of 3 March in Kindia");
            kindiaProject = projects.create(ProjectSamples.ongoing("Kindia bakery", KINDIA_PREFECTURE, null))
                    .id();
        });
    }

    @Test
    void communities_and_their_profiles_of_another_region_are_refused() {
        assertThatThrownBy(() -> communities.get(kindiaCommunity)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> profiles.history(kindiaCommunity)).isInstanceOf(AccessDeniedException.class);
        assertThat(communities.list(new CommunityFilter(KINDIA_REGION, null, true), CommunitySort.NAME, 0, 100))
                .isEmpty();
        assertThat(communities.count(new CommunityFilter(KINDIA_REGION, null, true)))
                .isZero();
        assertThat(communities.list(CommunityFilter.ALL, CommunitySort.NAME, 0, 1000))
                .allSatisfy(c -> assertThat(c.data().area().value()).startsWith("GN004"));
    }

    @Test
    void service_providers_and_returnee_counts_of_another_region_are_refused() {
        assertThatThrownBy(() -> providers.get(kindiaProvider)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> providers.inArea(KINDIA_REGION, ServiceProviderFilter.ALL, 0, 100))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> providers.countInArea(KINDIA_REGION, ServiceProviderFilter.ALL))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(providers.inArea(null, ServiceProviderFilter.ALL, 0, 500))
                .allSatisfy(p -> assertThat(p.data().area().value()).startsWith("GN004"));
        assertThatThrownBy(() -> providers.forCommunity(kindiaCommunity, ServiceProviderFilter.ALL))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(returnees.countsFor(KINDIA_REGION)).isEmpty();
        assertThat(returnees.latestByArea(1))
                .allSatisfy(c -> assertThat(c.data().area()).isEqualTo(PCode.of("GN004")));
    }

    @Test
    void initiatives_and_their_reviews_and_comments_of_another_region_are_refused() {
        assertThatThrownBy(() -> initiatives.get(kindiaInitiative)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.review(kindiaInitiative)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.communityTension(kindiaInitiative)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> initiativeComments.comments(kindiaInitiative))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> initiativeComments.comment(kindiaInitiative, "Not mine"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(initiatives.getAll(List.of(kindiaInitiative))).isEmpty();
        assertThat(initiatives.list(InitiativeFilter.ALL, 0, 500))
                .allSatisfy(i -> assertThat(i.area().value()).startsWith("GN004"));
    }

    @Test
    void rounds_of_another_region_are_refused() {
        assertThatThrownBy(() -> rounds.get(kindiaRound)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rounds.changes(kindiaRound)).isInstanceOf(AccessDeniedException.class);
        assertThat(rounds.list(0, 500)).noneMatch(r -> r.id() == kindiaRound);
    }

    @Test
    void projects_their_milestones_and_comments_of_another_region_are_refused() {
        assertThatThrownBy(() -> projects.get(kindiaProject)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> projects.milestones(kindiaProject)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> projects.comments(kindiaProject)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> projects.comment(kindiaProject, "Not mine")).isInstanceOf(AccessDeniedException.class);
        assertThat(projects.list(new ProjectFilter(KINDIA_REGION, null, null, null, null, null, null), 0, 100))
                .isEmpty();
        assertThat(projects.list(ProjectFilter.ALL, 0, 10_000))
                .allSatisfy(p -> assertThat(p.data().area().value()).startsWith("GN004"));
    }

    @Test
    void admin_areas_of_another_region_are_refused() {
        assertThatThrownBy(() -> areas.getArea(KINDIA_REGION)).isInstanceOf(AccessDeniedException.class);
        assertThat(areas.listAreas(1)).extracting(AdminArea::pcode).containsExactly(PCode.of("GN004"));
        assertThat(areas.listAreas(2))
                .allSatisfy(a -> assertThat(a.pcode().value()).startsWith("GN004"));
    }

    @Test
    void nothing_can_be_changed_even_in_its_own_region() {
        long kankanCommunity = roundSamples.communityIn("GN004", 0);
        assertThatThrownBy(() -> projects.create(ProjectSamples.ongoing("Sneaky", PCode.of("GN004004"), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> initiatives.proposeOnBehalf(Samples.waterPoint(kankanCommunity), null, "Meeting"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> communities.setArchived(kankanCommunity, true))
                .isInstanceOf(AccessDeniedException.class);
    }
}
