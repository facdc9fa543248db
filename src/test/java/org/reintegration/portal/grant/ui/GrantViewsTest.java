package org.reintegration.portal.grant.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reintegration.portal.grant.GrantSamples.as;
import static org.reintegration.portal.grant.GrantSamples.bd;
import static org.reintegration.portal.grant.GrantSamples.english;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.grant.Disbursement;
import org.reintegration.portal.grant.DisbursementStatus;
import org.reintegration.portal.grant.Grant;
import org.reintegration.portal.grant.GrantData;
import org.reintegration.portal.grant.GrantSamples;
import org.reintegration.portal.grant.GrantService;
import org.reintegration.portal.grant.GrantStatus;
import org.reintegration.portal.grant.GrantSummary;
import org.reintegration.portal.grant.GranteeKind;
import org.reintegration.portal.grant.Tranche;
import org.reintegration.portal.project.Project;
import org.reintegration.portal.project.ProjectService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@PortalTest
@Transactional
class GrantViewsTest extends SpringBrowserlessTest {

    @Autowired
    GrantService grants;

    @Autowired
    ProjectService projects;

    @Autowired
    UserDetailsService users;

    @Test
    @WithUserDetails("staff")
    void staff_enter_a_grant_and_land_on_its_page_as_a_draft() {
        Project project = projects.get(GrantSamples.demoProjects(projects, 1).getFirst());
        GrantFormView form = navigate(GrantFormView.class);

        test(form.title).setValue("Solar dryer for the cooperative");
        form.projects.setValue(Set.of(project));
        test(form.grantee).setValue("Cooperative of Kouroussa");
        form.granteeKind.setValue(GranteeKind.GROUP);
        test(form.amount).setValue(bd("2500000"));
        test(form.start).setValue(LocalDate.of(2026, 12, 1));
        test(form.end).setValue(LocalDate.of(2027, 6, 30));
        test(form.save).click();

        GrantDetailView detail = (GrantDetailView) getCurrentView();
        assertThat(detail.heading.getText()).isEqualTo("Solar dryer for the cooperative");
        assertThat(detail.status.getText()).isEqualTo("Draft");
        assertThat(find(Button.class).withId("grant-submit").single().getText()).isEqualTo("Submit for approval");
        assertThat(detail.audit.grid.getListDataView().getItems().toList())
                .singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo("staff"));
        assertThat(detail.audit.chain.getText()).isEqualTo("Audit trail intact: 1 event verified");
    }

    @Test
    @WithUserDetails("staff")
    void a_grant_without_a_title_or_with_an_end_before_its_start_is_not_saved() {
        int before = grants.list(null).size();
        GrantFormView form = navigate(GrantFormView.class);
        form.projects.setValue(
                Set.of(projects.get(GrantSamples.demoProjects(projects, 1).getFirst())));
        test(form.grantee).setValue("Someone");
        test(form.amount).setValue(bd("100"));
        test(form.start).setValue(LocalDate.of(2026, 12, 1));
        test(form.end).setValue(LocalDate.of(2026, 11, 1));

        test(form.save).click();
        assertThat(form.title.isInvalid()).isTrue();
        assertThat(form.title.getErrorMessage()).isEqualTo("Enter a title of at most 200 characters.");

        test(form.title).setValue("Well");
        test(form.save).click();
        assertThat(form.end.isInvalid()).isTrue();
        assertThat(form.end.getErrorMessage()).isEqualTo("Enter an end date that is not before the start.");
        assertThat(grants.list(null)).hasSize(before);
    }

    @Test
    @WithUserDetails("staff")
    void budget_lines_and_tranches_are_added_on_the_page_and_the_grant_submitted() {
        long project = GrantSamples.demoProjects(projects, 1).getFirst();
        Grant grant = grants.create(GrantSamples.data(Set.of(project)));
        GrantDetailView view = navigate(GrantDetailView.class, Map.of("grantId", String.valueOf(grant.id())));

        test(view.budget.description).setValue("Pumps");
        test(view.budget.amount).setValue(bd("1000000"));
        test(view.budget.add).click();
        test(find(Button.class).withId("grant-submit").single()).click();
        test(find(ConfirmDialog.class).withId("grant-step-dialog").single()).confirm();
        assertThat(view.problem.getText()).startsWith("The tranches must add up to the grant’s amount.");
        assertThat(view.status.getText()).isEqualTo("Draft");

        test(view.tranches.amount).setValue(bd("1000000"));
        test(view.tranches.plannedOn).setValue(LocalDate.of(2026, 12, 1));
        test(view.tranches.add).click();
        test(find(Button.class).withId("grant-submit").single()).click();
        test(find(ConfirmDialog.class).withId("grant-step-dialog").single()).confirm();

        assertThat(view.status.getText()).isEqualTo("Submitted");
        assertThat(view.budget.grid.getListDataView().getItems().toList()).hasSize(1);
        assertThat(view.budget.grid.isAttached()).isTrue();
        assertThat(view.budget.add.isVisible()
                        && view.budget.add.getParent().orElseThrow().isVisible())
                .isFalse();
    }

    @Test
    @WithUserDetails("staff")
    void the_preparer_sees_the_release_refused_and_a_second_staff_member_releases_it() {
        long project = GrantSamples.demoProjects(projects, 1).getFirst();
        Grant grant = GrantSamples.active(grants, project, users, "staff2");
        GrantDetailView view = navigate(GrantDetailView.class, Map.of("grantId", String.valueOf(grant.id())));

        view.disbursements.tranche.setValue(grants.tranches(grant.id()).getFirst());
        test(view.disbursements.amount).setValue(bd("600000"));
        test(view.disbursements.prepare).click();
        test(find(ConfirmDialog.class).withId("prepare-dialog").single()).confirm();
        Disbursement prepared = grants.disbursements(grant.id()).getFirst();
        var actions = (com.vaadin.flow.component.orderedlayout.HorizontalLayout)
                test(view.disbursements.grid).getCellComponent(0, 6);
        Button release = (Button) actions.getComponentAt(0);
        assertThat(release.getId()).contains("release-disbursement-" + prepared.id());
        test(release).click();
        ConfirmDialog asked = find(ConfirmDialog.class).single();
        assertThat(test(asked).getHeader()).isEqualTo("Release the money?");
        test(asked).confirm();

        assertThat(view.problem.getText())
                .startsWith("A second staff member must do this step: not the one who prepared it.");
        assertThat(grants.disbursements(grant.id()).getFirst().status()).isEqualTo(DisbursementStatus.PREPARED);

        as(users, "staff2", () -> {
            test(release).click();
            test(find(ConfirmDialog.class).single()).confirm();
        });

        assertThat(view.problem.getText()).isEmpty();
        assertThat(grants.disbursements(grant.id()).getFirst().status()).isEqualTo(DisbursementStatus.RELEASED);
        assertThat(view.disbursements.grid.getListDataView().getItems().toList())
                .singleElement()
                .satisfies(d -> assertThat(d.decidedBy()).isEqualTo("staff2"));
    }

    @Test
    @WithUserDetails("staff")
    void releasing_before_the_planned_date_asks_why_in_the_confirmation_and_the_trail_keeps_the_reason() {
        long project = GrantSamples.demoProjects(projects, 1).getFirst();
        Grant grant = GrantSamples.active(grants, project, users, "staff2");
        Tranche later = grants.tranches(grant.id()).stream()
                .filter(t -> t.plannedOn().isAfter(LocalDate.now()))
                .findFirst()
                .orElseThrow();
        Disbursement prepared = grants.prepareDisbursement(grant.id(), later.id(), later.amount(), null);
        GrantDetailView view = navigate(GrantDetailView.class, Map.of("grantId", String.valueOf(grant.id())));

        as(users, "staff2", () -> {
            view.disbursements.confirmRelease(prepared, false);
            ConfirmDialog asked = find(ConfirmDialog.class).single();
            assertThat(find(TextArea.class).withId("early-reason").single().isInvalid())
                    .isFalse();
            test(asked).confirm();

            TextArea reason = find(TextArea.class).withId("early-reason").single();
            assertThat(reason.isInvalid()).isTrue();
            assertThat(reason.getErrorMessage()).isEqualTo("Say why the money goes out before the planned date.");
            assertThat(grants.disbursements(grant.id()).getFirst().status()).isEqualTo(DisbursementStatus.PREPARED);

            test(reason).setValue("The group bought the seed early, at the lower price");
            test(find(ConfirmDialog.class).single()).confirm();
        });

        assertThat(grants.disbursements(grant.id()).getFirst().status()).isEqualTo(DisbursementStatus.RELEASED);
        assertThat(english(grants.events(grant.id()).getLast()))
                .contains("released before the planned date "
                        + java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                                .withLocale(Locale.ENGLISH)
                                .format(later.plannedOn())
                        + ": The group bought the seed early, at the lower price");
    }

    @Test
    @WithUserDetails("staff")
    void a_report_for_a_period_that_has_not_ended_is_refused_next_to_its_date() {
        long project = GrantSamples.demoProjects(projects, 1).getFirst();
        Grant grant = GrantSamples.active(grants, project, users, "staff2");
        GrantDetailView view = navigate(GrantDetailView.class, Map.of("grantId", String.valueOf(grant.id())));

        test(view.reports.periodEnd).setValue(LocalDate.now().plusDays(1));
        test(view.reports.spent.values().iterator().next()).setValue(bd("1500"));
        test(view.reports.enter).click();

        assertThat(view.reports.periodEnd.isInvalid()).isTrue();
        assertThat(view.reports.periodEnd.getErrorMessage())
                .isEqualTo("The period has not ended yet: report money once it is spent.");
        assertThat(grants.reports(grant.id())).isEmpty();
    }

    @Test
    @WithUserDetails("staff")
    void a_receipt_that_is_not_what_its_name_says_is_refused_on_upload() {
        long project = GrantSamples.demoProjects(projects, 1).getFirst();
        Grant grant = GrantSamples.active(grants, project, users, "staff2");
        GrantDetailView view = navigate(GrantDetailView.class, Map.of("grantId", String.valueOf(grant.id())));

        view.reports.receiveReceipt("invoice.pdf", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        assertThat(view.reports.receiptProblem.getText()).startsWith("The file does not contain what its name says.");
        view.reports.receiveReceipt("notes.txt", "hello".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(view.reports.receiptProblem.getText()).startsWith("Only PDF, JPEG and PNG files are accepted.");
        view.reports.receiveReceipt("scan.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

        assertThat(view.reports.pendingReceipts)
                .extracting(r -> r.originalName())
                .containsExactly("scan.png");
        assertThat(view.reports.receiptList.getChildren().count()).isEqualTo(1);

        test(view.reports.periodEnd).setValue(LocalDate.of(2026, 11, 30));
        test(view.reports.spent.values().iterator().next()).setValue(bd("1500"));
        test(view.reports.enter).click();

        assertThat(grants.reports(grant.id())).singleElement().satisfies(r -> assertThat(r.receipts())
                .extracting(x -> x.originalName())
                .containsExactly("scan.png"));
    }

    @Test
    @WithUserDetails("staff")
    void a_draft_is_changed_on_its_edit_page_and_the_change_is_in_the_trail() {
        long project = GrantSamples.demoProjects(projects, 1).getFirst();
        Grant grant = grants.create(GrantSamples.data(Set.of(project)));
        GrantFormView form = navigate(GrantFormView.class, Map.of("grantId", String.valueOf(grant.id())));
        assertThat(form.title.getValue()).isEqualTo("Market garden equipment (test)");

        test(form.amount).setValue(bd("1250000"));
        test(form.save).click();

        assertThat(getCurrentView()).isInstanceOf(GrantDetailView.class);
        assertThat(grants.get(grant.id()).data().amount()).isEqualByComparingTo("1250000");
        assertThat(english(grants.events(grant.id()).getLast())).isEqualTo("Amount: 1,000,000 GNF → 1,250,000 GNF");
    }

    @Test
    @WithUserDetails("staff")
    void the_list_filters_by_status() {
        GrantListView view = navigate(GrantListView.class);
        List<GrantSummary> all = view.grid.getGenericDataView().getItems().toList();

        view.status.setValue(GrantStatus.CLOSED);

        List<GrantSummary> closed = view.grid.getGenericDataView().getItems().toList();
        assertThat(closed).isNotEmpty().allSatisfy(s -> assertThat(s.grant().status())
                .isEqualTo(GrantStatus.CLOSED));
        assertThat(all.size()).isGreaterThan(closed.size());
    }

    @Test
    @WithUserDetails("staff")
    void the_dashboard_draws_grants_by_status_and_money_and_lists_the_flagged_demo_grant() {
        GrantDashboardView view = navigate(GrantDashboardView.class);

        BarChart status = find(BarChart.class).withId("chart-status").single();
        assertThat(status.getChildren().filter(c -> c.hasClassName("bar-value")).count())
                .isEqualTo(GrantStatus.values().length);
        assertThat(find(BarChart.class)
                        .withId("chart-money-GNF")
                        .single()
                        .getElement()
                        .getText())
                .isEmpty();
        assertThat(find(BarChart.class)
                        .withId("chart-money-GNF")
                        .single()
                        .getChildren()
                        .map(c -> c.getElement().getText()))
                .contains("Committed", "Disbursed", "Spent");
        assertThat(view.flagged.getListDataView().getItems().toList())
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.flagged()).isTrue());
        assertThat(view.dashboard.byStatus().values().stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .isEqualTo(grants.list(null).size());
    }

    @Test
    @WithUserDetails("staff")
    void a_grantee_name_with_any_direction_control_stays_inside_its_own_isolate_on_the_grant_page() {
        long project = GrantSamples.demoProjects(projects, 1).getFirst();
        for (char control : org.reintegration.portal.base.BidiTextTest.CONTROLS) {
            GrantData sample = GrantSamples.data(Set.of(project));
            String hostile = "Coop " + control + "x";
            Grant grant = grants.create(new GrantData(
                    sample.title(),
                    sample.projectIds(),
                    hostile,
                    GranteeKind.GROUP,
                    sample.granteeContact(),
                    sample.bankReference(),
                    sample.amount(),
                    sample.currency(),
                    sample.cofundingAmount(),
                    sample.cofundingKind(),
                    sample.cofundingNote(),
                    sample.startOn(),
                    sample.endOn(),
                    sample.tolerancePercent(),
                    sample.reportEveryMonths()));
            GrantDetailView view = navigate(GrantDetailView.class, Map.of("grantId", String.valueOf(grant.id())));

            String html = view.facts.getElement().getOuterHTML();

            assertThat(html)
                    .as("the grantee line for a name holding U+%04X", (int) control)
                    .contains("Grantee: <bdi>" + org.reintegration.portal.base.BidiText.balanced(hostile)
                            + "</bdi> (Group)");
        }
        GrantFormView form = navigate(GrantFormView.class);
        Project first = projects.get(project);
        assertThat(form.projects.getItemLabelGenerator().apply(first))
                .as("a project chip isolates the title from the place after it")
                .isEqualTo("\u2068" + first.data().title() + "\u2069 — \u2068" + first.placeName() + "\u2069");
    }

    @Test
    @WithUserDetails("staff")
    void approving_a_grant_and_preparing_a_disbursement_ask_first_and_change_nothing_when_declined() {
        long project = GrantSamples.demoProjects(projects, 1).getFirst();
        Grant active = GrantSamples.active(grants, project, users, "staff2");
        GrantDetailView view = navigate(GrantDetailView.class, Map.of("grantId", String.valueOf(active.id())));

        view.disbursements.tranche.setValue(grants.tranches(active.id()).getFirst());
        test(view.disbursements.amount).setValue(bd("600000"));
        test(view.disbursements.prepare).click();
        ConfirmDialog asked = find(ConfirmDialog.class).withId("prepare-dialog").single();
        assertThat(test(asked).getHeader()).isEqualTo("Prepare this disbursement?");
        assertThat(test(asked).getText())
                .startsWith("Put forward ")
                .contains("\u2068" + active.data().granteeName() + "\u2069 from tranche 1?");
        test(asked).cancel();
        assertThat(grants.disbursements(active.id()))
                .as("nothing prepared before the confirmation")
                .isEmpty();

        Grant submitted = GrantSamples.draftWithBudget(grants, project);
        grants.submit(submitted.id());
        as(users, "staff2", () -> {
            navigate(GrantDetailView.class, Map.of("grantId", String.valueOf(submitted.id())));
            test(find(Button.class).withId("grant-approve").single()).click();
            ConfirmDialog approval =
                    find(ConfirmDialog.class).withId("grant-step-dialog").single();
            assertThat(test(approval).getHeader()).isEqualTo("Approve?");
            assertThat(test(approval).getText())
                    .endsWith("moves from Submitted to Approved. The step is recorded in the audit trail.");
            test(approval).cancel();
            assertThat(grants.get(submitted.id()).status())
                    .as("not approved before the confirmation")
                    .isEqualTo(GrantStatus.SUBMITTED);

            test(find(Button.class).withId("grant-approve").single()).click();
            test(find(ConfirmDialog.class).withId("grant-step-dialog").single()).confirm();
            assertThat(grants.get(submitted.id()).status()).isEqualTo(GrantStatus.APPROVED);
        });
    }
}
