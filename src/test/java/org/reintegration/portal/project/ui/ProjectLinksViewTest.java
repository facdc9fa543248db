package org.reintegration.portal.project.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.initiative.InitiativeService;
import org.reintegration.portal.initiative.ui.InitiativeDetailView;
import org.reintegration.portal.project.Project;
import org.reintegration.portal.project.ProjectFilter;
import org.reintegration.portal.project.ProjectService;
import org.reintegration.portal.selection.round.RoundService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@PortalTest
@Transactional
class ProjectLinksViewTest extends SpringBrowserlessTest {

    @Autowired
    ProjectService projects;

    @Autowired
    InitiativeService initiatives;

    @Autowired
    RoundService rounds;

    @Test
    @WithUserDetails("staff")
    void a_project_links_to_its_initiative_and_round_and_the_initiative_links_back_to_it() {
        Project project = projects.list(new ProjectFilter(null, null, null, null, null, null, null), 0, 10_000).stream()
                .filter(p -> p.initiativeId() != null && p.roundId() != null)
                .findFirst()
                .orElseThrow();

        navigate(ProjectDetailView.class, Map.of("projectId", String.valueOf(project.id())));

        Anchor initiative = find(Anchor.class).withId("project-initiative-link").single();
        assertThat(initiative.getHref()).isEqualTo("initiatives/" + project.initiativeId());
        assertThat(initiative.getText())
                .contains(initiatives.get(project.initiativeId()).data().title());
        Anchor round = find(Anchor.class).withId("project-round-link").single();
        assertThat(round.getHref()).isEqualTo("rounds/" + project.roundId());
        assertThat(round.getText())
                .contains(rounds.get(project.roundId()).data().name());

        navigate(InitiativeDetailView.class, Map.of("initiativeId", String.valueOf(project.initiativeId())));
        Anchor back = find(Anchor.class).withId("initiative-project-link").single();
        UI.getCurrent().navigate(back.getHref());

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ProjectDetailView.class);
        assertThat(((ProjectDetailView) UI.getCurrent().getCurrentView()).heading.getText())
                .isEqualTo(project.data().title());
    }
}
