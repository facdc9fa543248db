package org.reintegration.portal.project.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reintegration.portal.base.jooq.Tables.PROJECT;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.initiative.Initiative;
import org.reintegration.portal.initiative.InitiativeStatus;
import org.reintegration.portal.selection.round.Phase;
import org.reintegration.portal.selection.round.RoundService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@PortalTest
@Transactional
class RoundProjectsViewTest extends SpringBrowserlessTest {

    @Autowired
    RoundService rounds;

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("staff")
    void a_selected_initiative_of_the_demo_results_round_becomes_a_project_in_one_click() {
        long round = rounds.list(0, 100).stream()
                .filter(r -> r.phase() == Phase.RESULTS)
                .findFirst()
                .orElseThrow()
                .id();
        // start from the round as results left it: selected, not yet a project
        db.deleteFrom(org.reintegration.portal.base.jooq.Tables.MILESTONE).execute();
        var made = db.select(PROJECT.INITIATIVE_ID)
                .from(PROJECT)
                .where(PROJECT.ROUND_ID.eq(round))
                .fetch(PROJECT.INITIATIVE_ID);
        // demo grants fund these projects; the test's transaction rolls their links back with the rest
        db.deleteFrom(org.reintegration.portal.base.jooq.Tables.GRANT_PROJECT).execute();
        db.deleteFrom(PROJECT).where(PROJECT.ROUND_ID.eq(round)).execute();
        db.update(org.reintegration.portal.base.jooq.Tables.INITIATIVE)
                .set(org.reintegration.portal.base.jooq.Tables.INITIATIVE.STATUS, InitiativeStatus.SELECTED.name())
                .where(org.reintegration.portal.base.jooq.Tables.INITIATIVE.ID.in(made))
                .execute();

        RoundProjectsView view = navigate(RoundProjectsView.class, Map.of("roundId", String.valueOf(round)));
        Initiative first = test(view.grid).getRow(0);
        test((Button) test(view.grid).getCellComponent(0, 2)).click();

        assertThat(test(view.grid).getCellComponent(0, 2)).isInstanceOf(Anchor.class);
        assertThat(db.fetchExists(PROJECT, PROJECT.INITIATIVE_ID.eq(first.id())))
                .isTrue();
    }
}
