package org.reintegration.portal.initiative.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reintegration.portal.base.jooq.Tables.ATTEMPT_COUNT;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinRequest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.base.TooManyAttemptsException;
import org.reintegration.portal.initiative.Dimension;
import org.reintegration.portal.initiative.Initiative;
import org.reintegration.portal.initiative.InitiativeFilter;
import org.reintegration.portal.initiative.InitiativeService;
import org.reintegration.portal.initiative.InitiativeType;
import org.reintegration.portal.initiative.Samples;
import org.reintegration.portal.security.SystemTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

@PortalTest
@Transactional
class ProposeViewTest extends SpringBrowserlessTest {

    @Autowired
    InitiativeService initiatives;

    @Test
    void a_community_member_without_an_account_proposes_and_sees_each_problem_next_to_its_field() {
        ProposeView view = navigate(ProposeView.class);
        InitiativeForm form = view.form;

        test(view.submit).click();

        assertThat(form.community.isInvalid()).isTrue();
        assertThat(form.community.getErrorMessage()).isEqualTo("Choose a community.");
        assertThat(form.type.isInvalid()).isTrue();
        assertThat(form.title.getErrorMessage()).isEqualTo("Give the initiative a title.");
        assertThat(form.cost.isInvalid()).isTrue();
        assertThat(view.thanks.isVisible()).isFalse();

        form.community.setValue(
                form.community.getLazyDataView().getItems().findFirst().orElseThrow());
        form.dimension.setValue(Dimension.PSYCHOSOCIAL);
        form.type.setValue(InitiativeType.PEER_SUPPORT_GROUP);
        assertThat(form.confidential.getValue())
                .as("peer support starts confidential")
                .isTrue();
        test(form.title).setValue("Women returnees’ support circle");
        test(form.description).setValue("Meetings every two weeks with a trained facilitator.");
        form.cost.setValue(new BigDecimal("5000000"));
        ((TextField) form.detailFields.get("meeting_place")).setValue("Health centre");
        test(view.submit).click();

        TextField facilitator = (TextField) form.detailFields.get("facilitator");
        assertThat(facilitator.isInvalid()).isTrue();
        assertThat(facilitator.getErrorMessage())
                .isEqualTo("This information is required for this type of initiative.");

        form.photoChosen("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8));
        assertThat(form.photoError.getText()).isEqualTo("This file is not a JPEG, PNG or WebP photo.");
        assertThat(form.photo).isNull();

        facilitator.setValue("Trained psychosocial worker");
        ((IntegerField) form.detailFields.get("members")).setValue(12);
        form.photoChosen(org.reintegration.portal.base.TestImages.jpeg());
        test(view.submit).click();

        assertThat(view.thanks.isVisible()).isTrue();
        assertThat(view.thanks.getText()).contains("Women returnees’ support circle");
        List<Initiative> awaiting = awaitingModeration();
        assertThat(awaiting)
                .filteredOn(i -> i.data().title().equals("Women returnees’ support circle"))
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.published()).isFalse();
                    assertThat(i.data().confidential()).isTrue();
                    assertThat(i.hasPhoto()).isTrue();
                    assertThat(i.data().details().get("members")).isEqualTo(12L);
                });
    }

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    DSLContext db;

    @AfterEach
    void forgetProposalCounts() {
        // The limiter commits its counts on its own, past this test's rollback; other tests propose from the same
        // address.
        TransactionTemplate own = new TransactionTemplate(transactions);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        own.executeWithoutResult(status -> db.deleteFrom(ATTEMPT_COUNT)
                .where(ATTEMPT_COUNT.SCOPE.eq("proposal.address"))
                .execute());
    }

    @Test
    void past_five_proposals_in_an_hour_from_one_connection_the_form_says_so_and_nothing_is_stored() {
        ProposeView view = navigate(ProposeView.class);
        String address = VaadinRequest.getCurrent().getRemoteAddr();
        long community = view.form
                .community
                .getLazyDataView()
                .getItems()
                .findFirst()
                .orElseThrow()
                .id();
        int sent = 0;
        try {
            while (sent <= InitiativeService.PROPOSALS_PER_ADDRESS) {
                initiatives.propose(Samples.waterPoint(community), null, address);
                sent++;
            }
        } catch (TooManyAttemptsException expected) {
            // the address has used its proposals for the hour
        }
        assertThat(sent).isLessThanOrEqualTo(InitiativeService.PROPOSALS_PER_ADDRESS);
        InitiativeForm form = view.form;
        form.community.setValue(
                form.community.getLazyDataView().getItems().findFirst().orElseThrow());
        form.dimension.setValue(Dimension.PSYCHOSOCIAL);
        form.type.setValue(InitiativeType.PEER_SUPPORT_GROUP);
        test(form.title).setValue("One proposal too many");
        test(form.description).setValue("A mill for the cooperative.");
        form.cost.setValue(new BigDecimal("5000000"));
        form.detailFields.values().forEach(field -> {
            if (field instanceof TextField text) {
                text.setValue("Filled in");
            } else if (field instanceof IntegerField number) {
                number.setValue(3);
            }
        });

        test(view.submit).click();

        assertThat(view.refused.isVisible()).isTrue();
        assertThat(view.refused.getText())
                .isEqualTo("Too many proposals have been sent from this connection. Try again in 60 minutes;"
                        + " what you wrote is still in the form.");
        assertThat(view.thanks.isVisible()).isFalse();
        assertThat(form.title.getValue()).isEqualTo("One proposal too many");
        assertThat(awaitingModeration()).noneMatch(i -> i.data().title().equals("One proposal too many"));
    }

    private List<Initiative> awaitingModeration() {
        Object[] found = new Object[1];
        SystemTask.runAsAdministrator(
                () -> found[0] = initiatives.list(new InitiativeFilter(null, null, null, null, true), 0, 500));
        @SuppressWarnings("unchecked")
        List<Initiative> list = (List<Initiative>) found[0];
        return list;
    }
}
