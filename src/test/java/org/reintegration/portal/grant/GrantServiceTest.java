package org.reintegration.portal.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reintegration.portal.base.jooq.Tables.GRANT_EVENT;
import static org.reintegration.portal.grant.GrantSamples.as;
import static org.reintegration.portal.grant.GrantSamples.bd;
import static org.reintegration.portal.grant.GrantSamples.english;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.InvalidInputException;
import org.reintegration.portal.project.ProjectService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@PortalTest
@Transactional
class GrantServiceTest {

    @Autowired
    GrantService grants;

    @Autowired
    ProjectService projects;

    @Autowired
    UserDetailsService users;

    @Autowired
    DSLContext db;

    private long project;

    @BeforeEach
    void pickProject() {
        as(
                users,
                "staff",
                () -> project = GrantSamples.demoProjects(projects, 1).getFirst());
    }

    @Test
    @WithUserDetails("staff")
    void a_grant_goes_from_draft_to_closed_with_a_second_person_on_every_money_step() {
        Grant grant = GrantSamples.draftWithBudget(grants, project);
        grants.submit(grant.id());
        as(users, "staff2", () -> grants.approve(grant.id()));
        grants.activate(grant.id());
        List<Tranche> tranches = grants.tranches(grant.id());
        for (Tranche tranche : tranches) {
            Disbursement prepared = grants.prepareDisbursement(grant.id(), tranche.id(), tranche.amount(), null);
            as(users, "staff2", () -> grants.releaseDisbursement(prepared.id(), "Conditions met ahead of plan"));
        }
        List<BudgetLine> lines = grants.budgetLines(grant.id());
        ExpenditureReport report = grants.enterReport(
                grant.id(),
                new ReportData(
                        LocalDate.of(2026, 11, 30),
                        true,
                        null,
                        Map.of(lines.get(0).id(), bd("590000"), lines.get(1).id(), bd("400000"))),
                List.of());
        as(users, "staff2", () -> grants.acceptReport(report.id(), "Receipts checked"));

        Grant closed = grants.close(grant.id());

        assertThat(closed.status()).isEqualTo(GrantStatus.CLOSED);
        assertThat(closed.submittedBy()).isEqualTo("staff");
        assertThat(closed.approvedBy()).isEqualTo("staff2");
        GrantBalance balance = grants.balance(grant.id());
        assertThat(balance.disbursed()).isEqualByComparingTo("1000000");
        assertThat(balance.spent()).isEqualByComparingTo("990000");
        assertThat(balance.flagged()).isFalse();
        List<GrantEvent> trail = grants.events(grant.id());
        assertThat(trail)
                .extracting(GrantEvent::kind)
                .containsExactly(
                        EventKind.CREATED,
                        EventKind.BUDGET_LINE_ADDED,
                        EventKind.BUDGET_LINE_ADDED,
                        EventKind.TRANCHE_ADDED,
                        EventKind.TRANCHE_ADDED,
                        EventKind.SUBMITTED,
                        EventKind.APPROVED,
                        EventKind.ACTIVATED,
                        EventKind.DISBURSEMENT_PREPARED,
                        EventKind.DISBURSEMENT_RELEASED,
                        EventKind.DISBURSEMENT_PREPARED,
                        EventKind.DISBURSEMENT_RELEASED,
                        EventKind.REPORT_ENTERED,
                        EventKind.REPORT_ACCEPTED,
                        EventKind.CLOSED);
        assertThat(trail)
                .filteredOn(e -> e.kind() == EventKind.APPROVED || e.kind() == EventKind.DISBURSEMENT_RELEASED)
                .extracting(GrantEvent::actor)
                .containsOnly("staff2");
    }

    @Test
    @WithUserDetails("staff")
    void whoever_submitted_a_grant_cannot_approve_it() {
        Grant grant = GrantSamples.draftWithBudget(grants, project);
        grants.submit(grant.id());

        assertThatThrownBy(() -> grants.approve(grant.id()))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("grants.error.same-person"))
                .hasMessageContaining("a second staff member must approve it");
        assertThat(grants.get(grant.id()).status()).isEqualTo(GrantStatus.SUBMITTED);
        assertThat(grants.events(grant.id())).extracting(GrantEvent::kind).doesNotContain(EventKind.APPROVED);
    }

    @Test
    @WithUserDetails("staff")
    void whoever_prepared_a_grant_cannot_approve_it_even_when_another_submitted_it() {
        Grant grant = GrantSamples.draftWithBudget(grants, project);
        as(users, "staff2", () -> grants.submit(grant.id()));

        assertThatThrownBy(() -> grants.approve(grant.id())).hasMessageContaining("was prepared by staff");
        as(users, "admin", () -> grants.approve(grant.id()));
        assertThat(grants.get(grant.id()).approvedBy()).isEqualTo("admin");
    }

    @Test
    @WithUserDetails("staff")
    void whoever_prepared_a_disbursement_cannot_release_it() {
        Grant grant = GrantSamples.active(grants, project, users, "staff2");
        Tranche first = grants.tranches(grant.id()).getFirst();
        Disbursement prepared = grants.prepareDisbursement(grant.id(), first.id(), bd("250000"), "Pumps");

        assertThatThrownBy(() -> grants.releaseDisbursement(prepared.id(), "Conditions met ahead of plan"))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("grants.error.same-person"))
                .hasMessageContaining("disbursement " + prepared.id() + " was prepared by staff");
        assertThat(grants.disbursements(grant.id())).singleElement().satisfies(d -> assertThat(d.status())
                .isEqualTo(DisbursementStatus.PREPARED));
        assertThat(grants.balance(grant.id()).disbursed()).isZero();

        as(users, "staff2", () -> grants.releaseDisbursement(prepared.id(), "Conditions met ahead of plan"));
        Disbursement released = grants.disbursements(grant.id()).getFirst();
        assertThat(released.status()).isEqualTo(DisbursementStatus.RELEASED);
        assertThat(released.decidedBy()).isEqualTo("staff2");
        assertThatThrownBy(() -> as(
                        users,
                        "staff2",
                        () -> grants.releaseDisbursement(prepared.id(), "Conditions met ahead of plan")))
                .hasMessageContaining("RELEASED already");
    }

    @Test
    @WithUserDetails("staff")
    void whoever_entered_an_expenditure_report_cannot_accept_or_reject_it() {
        Grant grant = GrantSamples.active(grants, project, users, "staff2");
        long line = grants.budgetLines(grant.id()).getFirst().id();
        ExpenditureReport report = grants.enterReport(
                grant.id(),
                new ReportData(LocalDate.of(2026, 12, 1), false, null, Map.of(line, bd("1000"))),
                List.of());

        assertThatThrownBy(() -> grants.acceptReport(report.id(), null))
                .hasMessageContaining("report " + report.id() + " was entered by staff");
        assertThatThrownBy(() -> grants.rejectReport(report.id(), null)).isInstanceOf(InvalidFieldException.class);
        assertThat(grants.reports(grant.id()).getFirst().status()).isEqualTo(ReportStatus.ENTERED);
        assertThat(grants.balance(grant.id()).spent()).isZero();

        as(users, "staff2", () -> grants.acceptReport(report.id(), null));
        assertThat(grants.balance(grant.id()).spent()).isEqualByComparingTo("1000");
    }

    @Test
    @WithUserDetails("staff")
    void steps_the_lifecycle_does_not_have_are_refused_with_a_clear_message() {
        Grant grant = GrantSamples.draftWithBudget(grants, project);

        assertThatThrownBy(() -> grants.activate(grant.id()))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("grants.error.transition"))
                .hasMessageContaining("a DRAFT grant cannot become ACTIVE");
        assertThatThrownBy(() -> as(users, "staff2", () -> grants.approve(grant.id())))
                .hasMessageContaining("a DRAFT grant cannot become APPROVED");
        assertThatThrownBy(() -> grants.suspend(grant.id(), "test")).hasMessageContaining("cannot become SUSPENDED");
        assertThatThrownBy(() -> grants.close(grant.id())).hasMessageContaining("cannot become CLOSED");
        assertThat(grants.get(grant.id()).status()).isEqualTo(GrantStatus.DRAFT);

        grants.submit(grant.id());
        assertThatThrownBy(() -> grants.addBudgetLine(grant.id(), BudgetLine.of(BudgetCategory.OTHER, "More", bd("1"))))
                .hasMessageContaining("only drafts change");
        assertThatThrownBy(() -> grants.prepareDisbursement(
                        grant.id(), grants.tranches(grant.id()).getFirst().id(), bd("1"), null))
                .hasMessageContaining("money moves only while it is active");
    }

    @Test
    @WithUserDetails("staff")
    void a_grant_is_submitted_only_when_budget_lines_and_tranches_add_up_to_its_amount() {
        Grant grant = grants.create(GrantSamples.data(Set.of(project)));
        grants.addBudgetLine(grant.id(), BudgetLine.of(BudgetCategory.WORKS, "Walls", bd("900000")));
        grants.addTranche(grant.id(), Tranche.of(GrantSamples.AMOUNT, LocalDate.of(2026, 10, 1), null));

        assertThatThrownBy(() -> grants.submit(grant.id()))
                .hasMessageContaining("the budget lines add up to 900000.00, not the grant's 1000000.00");

        grants.addBudgetLine(grant.id(), BudgetLine.of(BudgetCategory.WORKS, "Roof", bd("100000")));
        assertThat(grants.submit(grant.id()).status()).isEqualTo(GrantStatus.SUBMITTED);
    }

    @Test
    @WithUserDetails("staff")
    void closing_needs_every_tranche_settled_and_an_accepted_final_report() {
        Grant grant = GrantSamples.active(grants, project, users, "staff2");
        List<Tranche> tranches = grants.tranches(grant.id());
        Disbursement first = grants.prepareDisbursement(
                grant.id(), tranches.get(0).id(), tranches.get(0).amount(), null);
        as(users, "staff2", () -> grants.releaseDisbursement(first.id(), "Conditions met ahead of plan"));

        assertThatThrownBy(() -> grants.close(grant.id()))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("grants.error.cannot-close"))
                .hasMessageContaining("tranche 2 is not settled")
                .hasMessageContaining("there is no accepted final report");

        Disbursement second = grants.prepareDisbursement(
                grant.id(), tranches.get(1).id(), tranches.get(1).amount(), null);
        assertThatThrownBy(() -> grants.close(grant.id())).hasMessageContaining("a disbursement waits for release");
        as(users, "staff2", () -> grants.releaseDisbursement(second.id(), "Conditions met ahead of plan"));
        long line = grants.budgetLines(grant.id()).getFirst().id();
        ExpenditureReport notFinal = grants.enterReport(
                grant.id(), new ReportData(LocalDate.of(2026, 10, 31), false, null, Map.of(line, bd("5"))), List.of());
        as(users, "staff2", () -> grants.acceptReport(notFinal.id(), null));
        assertThatThrownBy(() -> grants.close(grant.id()))
                .hasMessageNotContaining("not settled")
                .hasMessageContaining("there is no accepted final report");
        assertThat(grants.get(grant.id()).status()).isEqualTo(GrantStatus.ACTIVE);

        ExpenditureReport last = grants.enterReport(
                grant.id(), new ReportData(LocalDate.of(2026, 11, 30), true, null, Map.of(line, bd("5"))), List.of());
        as(users, "staff2", () -> grants.acceptReport(last.id(), null));
        assertThat(grants.close(grant.id()).status()).isEqualTo(GrantStatus.CLOSED);
        assertThatThrownBy(() -> grants.resume(grant.id())).hasMessageContaining("a CLOSED grant cannot become ACTIVE");
    }

    @Test
    @WithUserDetails("staff")
    void the_audit_trail_cannot_be_changed_or_deleted_even_in_the_database() {
        Grant grant = grants.create(GrantSamples.data(Set.of(project)));
        long events = grants.events(grant.id()).size();

        assertThatThrownBy(() -> db.update(GRANT_EVENT)
                        .set(GRANT_EVENT.ACTOR, "someone-else")
                        .where(GRANT_EVENT.GRANT_ID.eq(grant.id()))
                        .execute())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.deleteFrom(GRANT_EVENT)
                        .where(GRANT_EVENT.GRANT_ID.eq(grant.id()))
                        .execute())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");

        assertThat(grants.events(grant.id())).hasSize((int) events).allSatisfy(e -> assertThat(e.actor())
                .isEqualTo("staff"));
        // The service offers reading and nothing else on events.
        assertThat(java.util.Arrays.stream(GrantService.class.getMethods())
                        .filter(m -> m.getParameterTypes().length > 0 && m.getParameterTypes()[0] == GrantEvent.class))
                .isEmpty();
    }

    @Test
    @WithUserDetails("staff")
    void a_change_to_a_draft_is_recorded_with_what_changed() {
        Grant grant = grants.create(GrantSamples.data(Set.of(project)));
        GrantData before = grant.data();

        grants.update(
                grant.id(),
                new GrantData(
                        before.title(),
                        before.projectIds(),
                        before.granteeName(),
                        before.granteeKind(),
                        before.granteeContact(),
                        before.bankReference(),
                        bd("1200000"),
                        before.currency(),
                        before.cofundingAmount(),
                        before.cofundingKind(),
                        before.cofundingNote(),
                        before.startOn(),
                        before.endOn(),
                        before.tolerancePercent(),
                        before.reportEveryMonths()));

        assertThat(grants.events(grant.id()).getLast())
                .satisfies(e -> assertThat(e.kind()).isEqualTo(EventKind.CHANGED))
                .satisfies(e -> assertThat(english(e)).isEqualTo("Amount: 1,000,000 GNF → 1,200,000 GNF"));
    }

    @Test
    @WithUserDetails("staff")
    void a_grant_for_a_project_that_does_not_exist_is_refused() {
        assertThatThrownBy(() -> grants.create(GrantSamples.data(Set.of(project, 987654321L))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("There is no project 987654321");
        assertThat(grants.list(null))
                .noneMatch(s -> s.grant().data().projectIds().contains(987654321L));
    }

    @Test
    @WithUserDetails("authority")
    void local_authorities_never_see_grants() {
        assertThatThrownBy(() -> grants.list(null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> grants.dashboard()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("staff")
    void receipts_are_stored_under_a_random_name_and_read_back_unchanged() {
        Grant grant = GrantSamples.active(grants, project, users, "staff2");
        long line = grants.budgetLines(grant.id()).getFirst().id();
        byte[] pdf = "%PDF-1.4\n% test receipt\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

        ExpenditureReport report = grants.enterReport(
                grant.id(),
                new ReportData(LocalDate.of(2026, 12, 1), false, null, Map.of(line, bd("1000"))),
                List.of(ReceiptFile.check("../../etc/invoice 12.pdf", pdf)));

        Receipt receipt = report.receipts().getFirst();
        assertThat(receipt.originalName()).isEqualTo("invoice 12.pdf");
        assertThat(receipt.mediaType()).isEqualTo("application/pdf");
        assertThat(receipt.sha256()).hasSize(64);
        ReceiptDownload download = grants.receipt(receipt.id());
        assertThat(download.content()).isEqualTo(pdf);
        assertThat(grants.events(grant.id()).getLast().kind()).isEqualTo(EventKind.RECEIPT_ADDED);
    }

    @Test
    @WithUserDetails("staff")
    void the_dashboard_counts_grants_and_money_and_lists_tranches_that_are_due() {
        GrantDashboard before = grants.dashboard();
        Grant grant = GrantSamples.active(grants, project, users, "staff2");

        GrantDashboard after = grants.dashboard();

        assertThat(after.byStatus().get(GrantStatus.ACTIVE))
                .isEqualTo(before.byStatus().get(GrantStatus.ACTIVE) + 1);
        GrantDashboard.Totals was = totals(before, "GNF");
        GrantDashboard.Totals is = totals(after, "GNF");
        assertThat(is.committed().subtract(was.committed())).isEqualByComparingTo("1000000");
        // the first tranche was planned for 15 September 2026, before the test clock's today
        assertThat(after.tranchesDue())
                .filteredOn(t -> t.grantId() == grant.id())
                .extracting(t -> t.tranche().number())
                .contains(1);
    }

    private static GrantDashboard.Totals totals(GrantDashboard dashboard, String currency) {
        return dashboard.totals().stream()
                .filter(t -> t.currency().equals(currency))
                .findFirst()
                .orElse(new GrantDashboard.Totals(currency, bd("0"), bd("0"), bd("0")));
    }

    /** An event's detail as an English reader sees it, without the invisible isolates around typed text. */
}
