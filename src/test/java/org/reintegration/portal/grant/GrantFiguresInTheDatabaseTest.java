package org.reintegration.portal.grant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The grant list, the dashboard and the programme CSV now filter, page and add up in the database; on the demo
 * grants they must give what each grant's own figures (read one grant at a time) give.
 */
@PortalTest
@Transactional
@WithUserDetails("staff")
class GrantFiguresInTheDatabaseTest {

    @Autowired
    GrantService grants;

    @Autowired
    GrantExport export;

    @Autowired
    Clock clock;

    @Test
    void a_page_of_the_list_is_that_slice_of_the_whole_list_with_the_same_figures() {
        for (GrantStatus status : new GrantStatus[] {null, GrantStatus.ACTIVE, GrantStatus.CLOSED}) {
            List<GrantSummary> all = grants.list(status);
            assertThat(grants.count(status)).isEqualTo(all.size());
            List<GrantSummary> paged = new ArrayList<>();
            for (int offset = 0; offset < all.size(); offset += 2) {
                paged.addAll(grants.list(status, offset, 2));
            }
            assertThat(paged).isEqualTo(all);
            all.forEach(s -> {
                GrantBalance balance = grants.balance(s.grant().id());
                assertThat(s.disbursed()).isEqualByComparingTo(balance.disbursed());
                assertThat(s.spent()).isEqualByComparingTo(balance.spent());
                assertThat(s.flagged()).isEqualTo(balance.flagged());
            });
        }
        assertThat(grants.list(GrantStatus.ACTIVE))
                .isNotEmpty()
                .allMatch(s -> s.grant().status() == GrantStatus.ACTIVE);
    }

    @Test
    void the_dashboard_adds_up_what_each_grant_s_own_figures_say() {
        LocalDate today = LocalDate.now(clock);
        List<Grant> all = grants.list(null).stream().map(GrantSummary::grant).toList();
        Map<GrantStatus, Integer> byStatus = new EnumMap<>(GrantStatus.class);
        for (GrantStatus status : GrantStatus.values()) {
            byStatus.put(status, 0);
        }
        Map<String, BigDecimal[]> totals = new TreeMap<>();
        List<Long> due = new ArrayList<>();
        List<GrantDashboard.ReportDue> late = new ArrayList<>();
        List<Long> flagged = new ArrayList<>();
        for (Grant g : all) {
            byStatus.merge(g.status(), 1, Integer::sum);
            GrantBalance balance = grants.balance(g.id());
            BigDecimal[] sums = totals.computeIfAbsent(
                    g.data().currency(), c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            if (g.status().isCommitted()) {
                sums[0] = sums[0].add(g.data().amount());
            }
            sums[1] = sums[1].add(balance.disbursed());
            sums[2] = sums[2].add(balance.spent());
            if (balance.flagged()) {
                flagged.add(g.id());
            }
            List<Disbursement> paid = grants.disbursements(g.id());
            if (g.status() == GrantStatus.ACTIVE) {
                grants.tranches(g.id()).stream()
                        .filter(t -> !GrantFigures.settled(t, paid))
                        .filter(t -> !t.plannedOn().isAfter(today.plusDays(GrantFigures.DUE_WITHIN_DAYS)))
                        .forEach(t -> due.add(t.id()));
            }
            LocalDate next = grants.nextReportDue(g.id());
            if (next != null && next.isBefore(today)) {
                late.add(new GrantDashboard.ReportDue(g.id(), g.data().title(), next));
            }
        }
        late.sort(Comparator.comparing(GrantDashboard.ReportDue::dueOn));

        GrantDashboard dashboard = grants.dashboard();

        assertThat(dashboard.byStatus()).isEqualTo(byStatus);
        assertThat(dashboard.totals()).hasSize(totals.size());
        dashboard.totals().forEach(t -> {
            BigDecimal[] expected = totals.get(t.currency());
            assertThat(t.committed()).isEqualByComparingTo(expected[0]);
            assertThat(t.disbursed()).isEqualByComparingTo(expected[1]);
            assertThat(t.spent()).isEqualByComparingTo(expected[2]);
        });
        assertThat(dashboard.tranchesDue()).extracting(t -> t.tranche().id()).containsExactlyInAnyOrderElementsOf(due);
        assertThat(dashboard.tranchesDue())
                .isSortedAccordingTo(Comparator.comparing(t -> t.tranche().plannedOn()));
        dashboard.tranchesDue().forEach(t -> {
            assertThat(t.released())
                    .isEqualByComparingTo(GrantFigures.released(t.tranche(), grants.disbursements(t.grantId())));
            assertThat(t.overdue()).isEqualTo(t.tranche().plannedOn().isBefore(today));
        });
        assertThat(dashboard.reportsOverdue()).containsExactlyElementsOf(late);
        assertThat(dashboard.flagged()).extracting(s -> s.grant().id()).containsExactlyElementsOf(flagged);
    }

    @Test
    void the_programme_csv_has_every_grant_once_with_its_own_budget_and_figures() throws IOException {
        var out = new ByteArrayOutputStream();
        export.writeProgrammeCsv(out);
        List<String> rows = out.toString(StandardCharsets.UTF_8).lines().skip(1).toList();

        List<GrantSummary> all = grants.list(null);
        assertThat(rows).hasSize(all.size());
        for (int i = 0; i < all.size(); i++) {
            Grant g = all.get(i).grant();
            GrantBalance balance = grants.balance(g.id());
            assertThat(rows.get(i))
                    .startsWith(g.id() + ",")
                    .contains("," + balance.budgeted().toPlainString() + ","
                            + balance.disbursed().toPlainString() + ","
                            + balance.spent().toPlainString() + ",")
                    .endsWith(balance.flagged() ? ",1" : ",0");
        }
    }
}
