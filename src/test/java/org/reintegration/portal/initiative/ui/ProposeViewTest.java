package org.reintegration.portal.initiative.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.initiative.Dimension;
import org.reintegration.portal.initiative.Initiative;
import org.reintegration.portal.initiative.InitiativeFilter;
import org.reintegration.portal.initiative.InitiativeService;
import org.reintegration.portal.initiative.InitiativeType;
import org.reintegration.portal.security.SystemTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

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

    private List<Initiative> awaitingModeration() {
        Object[] found = new Object[1];
        SystemTask.runAsAdministrator(
                () -> found[0] = initiatives.list(new InitiativeFilter(null, null, null, null, true), 0, 500));
        @SuppressWarnings("unchecked")
        List<Initiative> list = (List<Initiative>) found[0];
        return list;
    }
}
