package org.reintegration.portal.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reintegration.portal.base.jooq.Tables.GRANT_DISBURSEMENT;
import static org.reintegration.portal.grant.GrantSamples.as;
import static org.reintegration.portal.grant.GrantSamples.bd;
import static org.reintegration.portal.grant.GrantSamples.english;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.project.ProjectService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** What a disbursement and an expenditure report must hold: amounts, dates, periods and the budget tolerance. */
@PortalTest
@Transactional
class GrantMoneyRulesTest {

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
    void a_disbursement_beyond_what_is_left_of_the_tranche_is_refused() {
        Grant grant = GrantSamples.active(grants, project, users, "staff2");
        Tranche first = grants.tranches(grant.id()).getFirst();
        grants.prepareDisbursement(grant.id(), first.id(), bd("500000"), null);

        assertThatThrownBy(() -> grants.prepareDisbursement(grant.id(), first.id(), bd("100000.01"), null))
                .hasMessageContaining("only 100000.00 of tranche 1 is left to disburse");
        assertThatThrownBy(() -> grants.prepareDisbursement(grant.id(), first.id(), bd("-5"), null))
                .isInstanceOf(InvalidFieldException.class);
        assertThat(grants.disbursements(grant.id())).hasSize(1);
    }

    @Test
    @WithUserDetails("staff")
    void a_release_is_checked_again_against_what_the_tranche_holds() {
        Grant grant = GrantSamples.active(grants, project, users, "staff2");
        Tranche first = grants.tranches(grant.id()).getFirst();
        Disbursement prepared = grants.prepareDisbursement(grant.id(), first.id(), bd("400000"), null);
        // a second claim on the same 600,000 that no preparation would allow now, as one stored before the lock
        db.insertInto(GRANT_DISBURSEMENT)
                .set(GRANT_DISBURSEMENT.GRANT_ID, grant.id())
                .set(GRANT_DISBURSEMENT.TRANCHE_ID, first.id())
                .set(GRANT_DISBURSEMENT.AMOUNT, bd("400000"))
                .set(GRANT_DISBURSEMENT.STATUS, "PREPARED")
                .set(GRANT_DISBURSEMENT.PREPARED_BY, "staff")
                .set(GRANT_DISBURSEMENT.PREPARED_AT, java.time.LocalDateTime.now())
                .execute();
        long other = db.lastID().longValueExact();
        as(users, "staff2", () -> grants.releaseDisbursement(prepared.id(), null));

        assertThatThrownBy(() -> as(users, "staff2", () -> grants.releaseDisbursement(other, null)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("grants.error.tranche-exceeded"))
                .hasMessageContaining("only 200000.00 of tranche 1 is left to disburse");
        assertThat(grants.balance(grant.id()).disbursed()).isEqualByComparingTo("400000");
    }

    @Test
    @WithUserDetails("staff")
    void releasing_before_the_planned_date_needs_a_reason_which_the_trail_keeps() {
        Grant grant = GrantSamples.active(grants, project, users, "staff2");
        Tranche later = grants.tranches(grant.id()).get(1);
        assertThat(later.plannedOn()).isAfter(LocalDate.now());
        Disbursement prepared = grants.prepareDisbursement(grant.id(), later.id(), later.amount(), null);

        assertThatThrownBy(() -> as(users, "staff2", () -> grants.releaseDisbursement(prepared.id(), "  ")))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("earlyReason");
                    assertThat(e.messageKey()).isEqualTo("grants.error.early-reason");
                });
        assertThat(grants.disbursements(grant.id()).getFirst().status()).isEqualTo(DisbursementStatus.PREPARED);

        as(users, "staff2", () -> grants.releaseDisbursement(prepared.id(), "Harvest comes early this year"));

        assertThat(grants.events(grant.id()).getLast())
                .satisfies(e -> assertThat(e.kind()).isEqualTo(EventKind.DISBURSEMENT_RELEASED))
                .satisfies(e -> assertThat(english(e))
                        .endsWith("released before the planned date Jan 15, 2027: Harvest comes early this year"));
    }

    @Test
    @WithUserDetails("staff")
    void a_release_on_or_after_the_planned_date_needs_no_reason() {
        Grant grant = GrantSamples.active(grants, project, users, "staff2");
        Tranche first = grants.tranches(grant.id()).getFirst();
        Disbursement prepared = grants.prepareDisbursement(grant.id(), first.id(), first.amount(), null);

        as(users, "staff2", () -> grants.releaseDisbursement(prepared.id(), null));

        assertThat(english(grants.events(grant.id()).getLast())).doesNotContain("before the planned date");
    }

    @Test
    @WithUserDetails("staff")
    void an_expenditure_report_for_a_period_that_has_not_ended_is_refused() {
        Grant grant = GrantSamples.active(grants, project, users, "staff2");
        long line = grants.budgetLines(grant.id()).getFirst().id();
        LocalDate tomorrow = LocalDate.now().plusDays(1);

        assertThatThrownBy(() -> grants.enterReport(
                        grant.id(), new ReportData(tomorrow, false, null, Map.of(line, bd("1000"))), List.of()))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("periodEnd");
                    assertThat(e.messageKey()).isEqualTo("grants.error.period-not-ended");
                });
        assertThat(grants.reports(grant.id())).isEmpty();
        assertThat(grants.events(grant.id())).extracting(GrantEvent::kind).doesNotContain(EventKind.REPORT_ENTERED);
    }

    @Test
    @WithUserDetails("staff")
    void spending_on_a_line_beyond_the_tolerance_is_flagged() {
        Grant grant = GrantSamples.active(grants, project, users, "staff2");
        List<BudgetLine> lines = grants.budgetLines(grant.id());
        ExpenditureReport report = grants.enterReport(
                grant.id(),
                new ReportData(
                        LocalDate.of(2026, 12, 1),
                        false,
                        null,
                        // 600,000 + 10 % = 660,000 is still within; the training line goes 10.01 % over
                        Map.of(lines.get(0).id(), bd("660000"), lines.get(1).id(), bd("440040"))),
                List.of());
        as(users, "staff2", () -> grants.acceptReport(report.id(), null));

        GrantBalance balance = grants.balance(grant.id());

        assertThat(balance.lines()).extracting(LineBalance::overspent).containsExactly(false, true);
        assertThat(balance.lines().get(1).variance()).isEqualByComparingTo("40040");
        assertThat(balance.flagged()).isTrue();
        assertThat(grants.dashboard().flagged()).extracting(s -> s.grant().id()).contains(grant.id());
        assertThat(grants.list(null))
                .filteredOn(s -> s.grant().id() == grant.id())
                .singleElement()
                .satisfies(s -> assertThat(s.flagged()).isTrue());
    }
}
