package org.reintegration.portal.selection.voting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.selection.voting.VotingGateway;
import org.reintegration.portal.selection.voting.VotingService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Staff issue a gateway key on the voting screen, see it once, and revoke it. */
@PortalTest
@Transactional
@WithUserDetails("staff")
class GatewaysPanelTest extends SpringBrowserlessTest {

    @Autowired
    VotingService voting;

    @Test
    void staff_issue_a_key_shown_once_and_revoke_it() {
        VotingRoundsView view = navigate(VotingRoundsView.class);
        GatewaysPanel panel = find(GatewaysPanel.class).single();

        test(panel.issue).click();
        assertThat(panel.name.isInvalid()).as("a gateway needs a name").isTrue();

        test(panel.name).setValue("Tablet Siguiri 1");
        test(panel.issue).click();

        assertThat(panel.issuedKey.isVisible()).isTrue();
        assertThat(panel.issuedKey.getValue()).hasSize(43);
        assertThat(panel.keyNote.getText()).contains("Tablet Siguiri 1").contains("only once");
        VotingGateway issued = voting.gateways().getFirst();
        assertThat(issued.name()).isEqualTo("Tablet Siguiri 1");
        assertThat(issued.createdBy()).isEqualTo("staff");
        assertThat(panel.grid.getGenericDataView().getItems())
                .extracting(VotingGateway::name)
                .contains("Tablet Siguiri 1");

        voting.revokeGateway(issued.id());
        assertThat(voting.gateways().stream()
                        .filter(g -> g.id() == issued.id())
                        .findFirst()
                        .orElseThrow()
                        .revoked())
                .isTrue();
        assertThat(view).isNotNull();
    }
}
