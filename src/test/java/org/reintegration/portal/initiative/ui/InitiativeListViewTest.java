package org.reintegration.portal.initiative.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.initiative.Dimension;
import org.reintegration.portal.initiative.Initiative;
import org.reintegration.portal.initiative.InitiativeService;
import org.reintegration.portal.initiative.InitiativeType;
import org.reintegration.portal.initiative.ProposalChannel;
import org.reintegration.portal.initiative.Samples;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@PortalTest
@Transactional
class InitiativeListViewTest extends SpringBrowserlessTest {

    @Autowired
    InitiativeService initiatives;

    @Test
    @WithUserDetails("staff")
    void staff_find_proposals_awaiting_moderation() {
        long community = firstCommunity();
        long pending = initiatives.propose(Samples.waterPoint(community), null);
        long entered = initiatives.proposeOnBehalf(Samples.groupBusiness(community), null, "Meeting");
        InitiativeListView view = navigate(InitiativeListView.class);

        test(view.awaitingModeration).click();

        assertThat(shown(view)).extracting(Initiative::id).contains(pending).doesNotContain(entered);
        assertThat(shown(view))
                .allSatisfy(i -> assertThat(i.awaitingModeration()).isTrue());
    }

    @Test
    @WithUserDetails("staff")
    void staff_enter_a_proposal_of_a_community_meeting_and_must_say_which_meeting() {
        navigate(InitiativeListView.class);
        test(find(Button.class).withId("new-initiative").single()).click();
        InitiativeDialog dialog = find(InitiativeDialog.class).single();
        InitiativeForm form = dialog.form;
        form.community.setValue(
                form.community.getLazyDataView().getItems().findFirst().orElseThrow());
        form.dimension.setValue(Dimension.SOCIAL);
        form.type.setValue(InitiativeType.HEALTH);
        test(form.title).setValue("Maternity ward beds");
        test(form.description).setValue("Four beds and mattresses for the maternity ward.");
        form.cost.setValue(new BigDecimal("12000000"));
        ((TextField) form.details.fields.get("facility")).setValue("Health centre");

        test(dialog.save).click();
        assertThat(dialog.meeting.isInvalid()).isTrue();
        assertThat(dialog.meeting.getErrorMessage()).isEqualTo("Say which community meeting proposed it.");

        test(dialog.meeting).setValue("Women's group meeting, 12 May, 25 people");
        test(dialog.save).click();

        InitiativeDetailView detail = (InitiativeDetailView) getCurrentView();
        assertThat(detail.shown.data().title()).isEqualTo("Maternity ward beds");
        assertThat(detail.shown.channel()).isEqualTo(ProposalChannel.STAFF);
        assertThat(detail.shown.published()).isTrue();
    }

    @Test
    @WithUserDetails("authority")
    void a_local_authority_reads_the_list_without_entering_or_moderating() {
        navigate(InitiativeListView.class);

        assertThat(find(Button.class).withId("new-initiative").all()).isEmpty();
        assertThat(find(Checkbox.class).withId("awaiting-moderation").all()).isEmpty();
    }

    private long firstCommunity() {
        return initiatives.communityChoices("", 0, 1).getFirst().id();
    }

    private static List<Initiative> shown(InitiativeListView view) {
        return view.grid.getLazyDataView().getItems().toList();
    }
}
