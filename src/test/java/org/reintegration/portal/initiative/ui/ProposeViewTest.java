package org.reintegration.portal.initiative.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reintegration.portal.base.jooq.Tables.ATTEMPT_COUNT;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
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
import org.reintegration.portal.initiative.InitiativeData;
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
        ((TextField) form.details.fields.get("meeting_place")).setValue("Health centre");
        test(view.submit).click();

        TextField facilitator = (TextField) form.details.fields.get("facilitator");
        assertThat(facilitator.isInvalid()).isTrue();
        assertThat(facilitator.getErrorMessage())
                .isEqualTo("This information is required for this type of initiative.");

        form.photo.chosen("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8));
        assertThat(form.photo.error.getText()).startsWith("This file is not a JPEG, PNG or WebP photo.");
        assertThat(form.photo.value()).isNull();

        facilitator.setValue("Trained psychosocial worker");
        ((IntegerField) form.details.fields.get("members")).setValue(12);
        form.photo.chosen(org.reintegration.portal.base.TestImages.jpeg());
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
        form.details.fields.values().forEach(field -> {
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

    @Test
    void an_empty_form_lists_every_problem_above_the_button_and_brings_the_first_into_view() {
        ProposeView view = navigate(ProposeView.class);
        InitiativeForm form = view.form;
        test(form.title).setValue("x".repeat(InitiativeData.TITLE_MAX + 1));
        form.returnees.setValue(InitiativeData.BENEFICIARIES_MAX + 1);

        test(view.submit).click();

        assertThat(view.summary.isVisible()).isTrue();
        assertThat(view.summary.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(form.problems())
                .extracting(InitiativeForm.Problem::field)
                .containsExactly(
                        form.community,
                        form.dimension,
                        form.type,
                        form.title,
                        form.description,
                        form.cost,
                        form.returnees);
        String summary = view.summary.getElement().getTextRecursively();
        assertThat(summary)
                .contains("To fix before sending (7):")
                .contains("Community: Choose a community.")
                .contains("Dimension: Choose the dimension the initiative works on.")
                .contains("201 characters: at most 200.")
                .contains("Enter a whole number of people from 0 to 10,000,000.");
        // (The scroll itself runs in the browser: the tester's round trip sends it before the test could read it.)
        assertThat(view.scrolledTo).isSameAs(form.community);
    }

    @Test
    void a_text_over_its_limit_is_kept_whole_counted_and_flagged_instead_of_cut() {
        ProposeView view = navigate(ProposeView.class);
        InitiativeForm form = view.form;
        assertThat(form.title.getMaxLength())
                .as("the browser does not cut the text")
                .isZero();
        assertThat(form.description.getMaxLength()).isZero();

        test(form.title).setValue("x".repeat(250));

        assertThat(form.title.getValue()).hasSize(250);
        assertThat(form.title.getHelperText()).isEqualTo("250 of 200 characters");
        assertThat(form.title.isInvalid()).isTrue();
        assertThat(form.title.getErrorMessage())
                .isEqualTo("250 characters: at most 200. Shorten the text; nothing has been cut.");

        test(form.title).setValue("A mill");

        assertThat(form.title.getHelperText()).isEqualTo("6 of 200 characters");
        assertThat(form.title.isInvalid()).isFalse();
    }

    @Test
    void impossible_numbers_get_a_message_that_says_what_is_possible() {
        ProposeView view = navigate(ProposeView.class);
        InitiativeForm form = view.form;
        form.cost.setValue(new BigDecimal("-5"));
        form.residents.setValue(-1);
        form.latitude.setValue(95.0);
        form.longitude.setValue(10.0);

        test(view.submit).click();

        assertThat(form.cost.getErrorMessage())
                .isEqualTo("Enter a cost from 0 to 999,999,999,999.99, in figures, with at most two decimals.");
        assertThat(form.residents.getErrorMessage()).isEqualTo("Enter a whole number of people from 0 to 10,000,000.");
        assertThat(form.latitude.isInvalid()).isTrue();

        form.cost.setValue(new BigDecimal("12.345"));
        test(view.submit).click();

        assertThat(form.cost.isInvalid()).isTrue();
        assertThat(form.cost.getErrorMessage()).startsWith("Enter a cost from 0 to");
    }

    @Test
    void the_dimension_is_marked_required_and_the_type_list_says_it_depends_on_it() {
        ProposeView view = navigate(ProposeView.class);
        InitiativeForm form = view.form;

        assertThat(form.dimension.isRequiredIndicatorVisible()).isTrue();
        assertThat(form.type.getHelperText())
                .isEqualTo("Choose the dimension first: the list shows the types of initiative of that dimension.");
        test(view.submit).click();
        assertThat(form.dimension.isInvalid()).isTrue();
    }

    @Test
    void a_small_pdf_is_refused_as_not_a_photo_and_the_form_says_the_proposal_goes_without_it() {
        ProposeView view = navigate(ProposeView.class);
        InitiativeForm form = view.form;

        form.photo.rejected("receipt.pdf");

        assertThat(form.photo.error.getText())
                .isEqualTo("This file is not a JPEG, PNG or WebP photo. The proposal will be sent without this file;"
                        + " choose another photo to add one.");

        form.photo.rejected("holiday.JPG");

        assertThat(form.photo.error.getText()).startsWith("The photo is larger than 2 MB. The proposal will be sent");

        form.photo.chosen("%PDF-1.4 small".getBytes(StandardCharsets.US_ASCII));

        assertThat(form.photo.error.getText()).startsWith("This file is not a JPEG, PNG or WebP photo.");
        fillWaterPoint(form);
        test(view.submit).click();

        assertThat(view.thanks.isVisible()).isTrue();
        assertThat(view.thanks.getText()).endsWith("It was sent without the photo, which was refused.");
    }

    @Test
    void the_summary_and_the_photo_refusal_are_in_french_too() {
        UI.getCurrent().setLocale(java.util.Locale.FRENCH);
        ProposeView view = navigate(ProposeView.class);
        InitiativeForm form = view.form;

        form.photo.rejected("rapport.pdf");
        test(view.submit).click();

        assertThat(view.summary.getElement().getTextRecursively()).contains("À corriger avant l’envoi");
        assertThat(form.photo.error.getText()).contains("La proposition sera envoyée sans ce fichier");
    }

    private static void fillWaterPoint(InitiativeForm form) {
        form.community.setValue(
                form.community.getLazyDataView().getItems().findFirst().orElseThrow());
        form.dimension.setValue(Dimension.PSYCHOSOCIAL);
        form.type.setValue(InitiativeType.PEER_SUPPORT_GROUP);
        form.title.setValue("A circle without a photo");
        form.description.setValue("Meetings every two weeks.");
        form.cost.setValue(new BigDecimal("1000"));
        form.details.fields.values().forEach(field -> {
            if (field instanceof TextField text) {
                text.setValue("Filled in");
            } else if (field instanceof IntegerField number) {
                number.setValue(3);
            }
        });
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
