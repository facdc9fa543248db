package org.reintegration.portal.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reintegration.portal.grant.GrantSamples.bd;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GrantFiguresTest {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 10, 1, 9, 0);

    @Test
    void the_next_report_is_due_every_reporting_period_after_the_start_and_no_later_than_the_end() {
        Grant active = grant(GrantStatus.ACTIVE);

        assertThat(GrantFigures.nextReportDue(active, List.of())).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(GrantFigures.nextReportDue(active, List.of(report(ReportStatus.ACCEPTED, false))))
                .isEqualTo(LocalDate.of(2027, 3, 1));
        // a rejected report does not count
        assertThat(GrantFigures.nextReportDue(active, List.of(report(ReportStatus.REJECTED, false))))
                .isEqualTo(LocalDate.of(2026, 12, 1));
        List<ExpenditureReport> four = List.of(
                report(ReportStatus.ACCEPTED, false),
                report(ReportStatus.ACCEPTED, false),
                report(ReportStatus.ACCEPTED, false),
                report(ReportStatus.ENTERED, false));
        assertThat(GrantFigures.nextReportDue(active, four)).isEqualTo(LocalDate.of(2027, 8, 31));
    }

    @Test
    void nothing_is_due_after_a_final_report_or_while_the_grant_does_not_run() {
        assertThat(GrantFigures.nextReportDue(grant(GrantStatus.ACTIVE), List.of(report(ReportStatus.ENTERED, true))))
                .isNull();
        assertThat(GrantFigures.nextReportDue(grant(GrantStatus.APPROVED), List.of()))
                .isNull();
        assertThat(GrantFigures.nextReportDue(grant(GrantStatus.CLOSED), List.of()))
                .isNull();
    }

    @Test
    void a_tranche_is_settled_when_released_in_full_and_cancelled_money_is_free_again() {
        Tranche tranche = new Tranche(7, 1, bd("1000"), LocalDate.of(2026, 10, 1), null);
        List<Disbursement> paid = List.of(
                disbursement(tranche, "600", DisbursementStatus.RELEASED),
                disbursement(tranche, "300", DisbursementStatus.CANCELLED),
                disbursement(tranche, "100", DisbursementStatus.PREPARED));

        assertThat(GrantFigures.released(tranche, paid)).isEqualByComparingTo("600");
        assertThat(GrantFigures.claimed(tranche, paid)).isEqualByComparingTo("700");
        assertThat(GrantFigures.settled(tranche, paid)).isFalse();
        assertThat(GrantFigures.settled(tranche, List.of(disbursement(tranche, "1000", DisbursementStatus.RELEASED))))
                .isTrue();
    }

    private static Grant grant(GrantStatus status) {
        return new Grant(1, GrantSamples.data(Set.of(1L)), status, "staff", null, null, null, null, AT);
    }

    private static ExpenditureReport report(ReportStatus status, boolean last) {
        return new ExpenditureReport(
                1,
                1,
                LocalDate.of(2026, 11, 30),
                last,
                null,
                status,
                "staff",
                AT,
                null,
                null,
                null,
                Map.of(1L, bd("5")),
                List.of());
    }

    private static Disbursement disbursement(Tranche tranche, String amount, DisbursementStatus status) {
        return new Disbursement(
                1, 1, tranche.id(), tranche.number(), bd(amount), null, status, "staff", AT, null, null);
    }
}
