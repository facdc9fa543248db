package org.reintegration.portal.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reintegration.portal.grant.GrantSamples.as;
import static org.reintegration.portal.grant.GrantSamples.bd;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.iati.IatiTransaction;
import org.reintegration.portal.iati.IatiTransactionSource;
import org.reintegration.portal.iati.IatiTransactionType;
import org.reintegration.portal.project.ProjectService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@PortalTest
@Transactional
class GrantIatiTransactionsTest {

    @Autowired
    GrantService grants;

    @Autowired
    ProjectService projects;

    @Autowired
    UserDetailsService users;

    @Autowired
    List<IatiTransactionSource> sources;

    @Test
    @WithUserDetails("staff")
    void a_grant_for_two_projects_commits_disburses_and_spends_half_for_each_to_the_cent() {
        List<Long> two =
                GrantSamples.demoProjects(projects, 2).stream().sorted().toList();
        GrantData base = GrantSamples.data(Set.copyOf(two));
        Grant grant = grants.create(new GrantData(
                base.title(),
                base.projectIds(),
                base.granteeName(),
                base.granteeKind(),
                base.granteeContact(),
                base.bankReference(),
                bd("1000.01"),
                "GNF",
                null,
                null,
                null,
                base.startOn(),
                base.endOn(),
                10,
                3));
        grants.addBudgetLine(grant.id(), BudgetLine.of(BudgetCategory.MATERIALS, "Seeds", bd("1000.01")));
        grants.addTranche(grant.id(), Tranche.of(bd("1000.01"), LocalDate.of(2026, 10, 1), null));
        grants.submit(grant.id());
        as(users, "staff2", () -> grants.approve(grant.id()));
        grants.activate(grant.id());
        Disbursement d = grants.prepareDisbursement(
                grant.id(), grants.tranches(grant.id()).getFirst().id(), bd("600"), null);
        as(users, "staff2", () -> grants.releaseDisbursement(d.id(), "Conditions met ahead of plan"));
        long line = grants.budgetLines(grant.id()).getFirst().id();
        ExpenditureReport report = grants.enterReport(
                grant.id(),
                new ReportData(LocalDate.of(2026, 11, 30), false, null, Map.of(line, bd("300"))),
                List.of());
        // not yet accepted: not an expenditure
        assertThat(ofGrant(transactions(two.get(0)), grant.id()))
                .extracting(IatiTransaction::type)
                .doesNotContain(IatiTransactionType.EXPENDITURE);
        as(users, "staff2", () -> grants.acceptReport(report.id(), null));

        List<IatiTransaction> first = ofGrant(transactions(two.get(0)), grant.id());
        List<IatiTransaction> second = ofGrant(transactions(two.get(1)), grant.id());

        assertThat(first)
                .extracting(IatiTransaction::type, IatiTransaction::amount)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(IatiTransactionType.COMMITMENT, bd("500.01")),
                        org.assertj.core.groups.Tuple.tuple(IatiTransactionType.DISBURSEMENT, bd("300.00")),
                        org.assertj.core.groups.Tuple.tuple(IatiTransactionType.EXPENDITURE, bd("150.00")));
        assertThat(second)
                .extracting(IatiTransaction::type, IatiTransaction::amount)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(IatiTransactionType.COMMITMENT, bd("500.00")),
                        org.assertj.core.groups.Tuple.tuple(IatiTransactionType.DISBURSEMENT, bd("300.00")),
                        org.assertj.core.groups.Tuple.tuple(IatiTransactionType.EXPENDITURE, bd("150.00")));
        assertThat(first).allSatisfy(t -> {
            assertThat(t.currency()).isEqualTo("GNF");
            assertThat(t.receiver()).isEqualTo("Women's market garden group (test)");
        });
        assertThat(first)
                .extracting(IatiTransaction::reference)
                .contains("grant-" + grant.id() + "-commitment", "grant-" + grant.id() + "-disbursement-" + d.id());
    }

    @Test
    @WithUserDetails("staff")
    void a_grant_not_yet_approved_commits_nothing() {
        long project = GrantSamples.demoProjects(projects, 1).getFirst();
        Grant grant = GrantSamples.draftWithBudget(grants, project);
        grants.submit(grant.id());

        assertThat(ofGrant(transactions(project), grant.id())).isEmpty();
    }

    private List<IatiTransaction> transactions(long project) {
        return sources.stream().flatMap(s -> s.transactionsOf(project).stream()).toList();
    }

    private static List<IatiTransaction> ofGrant(List<IatiTransaction> all, long grantId) {
        return all.stream()
                .filter(t -> t.reference().startsWith("grant-" + grantId + "-"))
                .toList();
    }
}
