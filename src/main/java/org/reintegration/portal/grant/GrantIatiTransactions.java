package org.reintegration.portal.grant;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import org.reintegration.portal.grant.repository.GrantMoneyRepository;
import org.reintegration.portal.grant.repository.GrantRepository;
import org.reintegration.portal.iati.IatiTransaction;
import org.reintegration.portal.iati.IatiTransactionSource;
import org.reintegration.portal.iati.IatiTransactionType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The money of grants in IATI's terms, per project: the approved grant amount is a commitment, each released
 * disbursement a disbursement and each budget line of an accepted expenditure report an expenditure.
 *
 * <p>A grant that funds several projects is split equally between them, to the cent; the cents left over go to
 * the project with the lowest id, so the parts add up to the whole. Only the grantee's name leaves the grant:
 * contact and bank reference never do. No role check here: the IATI export decides who may publish.
 */
@Component
class GrantIatiTransactions implements IatiTransactionSource {

    private final GrantRepository grants;
    private final GrantMoneyRepository money;

    GrantIatiTransactions(GrantRepository grants, GrantMoneyRepository money) {
        this.grants = grants;
        this.money = money;
    }

    @Override
    @Transactional(readOnly = true)
    public List<IatiTransaction> transactionsOf(long projectId) {
        return transactionsOf(List.of(projectId)).getOrDefault(projectId, List.of());
    }

    /** Every project's transactions from one read of each kind of row for all the grants that fund them. */
    @Override
    @Transactional(readOnly = true)
    public Map<Long, List<IatiTransaction>> transactionsOf(Collection<Long> projectIds) {
        Map<Long, List<Grant>> funding = grants.findByProjects(projectIds);
        Set<Long> grantIds = new HashSet<>();
        funding.values().forEach(list -> list.forEach(g -> grantIds.add(g.id())));
        Map<Long, List<BudgetLine>> lines = grants.budgetLinesByGrant(grantIds);
        Map<Long, List<Disbursement>> paid = new HashMap<>();
        money.disbursementsOf(grantIds).forEach(d -> paid.computeIfAbsent(d.grantId(), k -> new ArrayList<>())
                .add(d));
        Map<Long, List<ExpenditureReport>> reported = new HashMap<>();
        money.reportsOf(grantIds).forEach(r -> reported.computeIfAbsent(r.grantId(), k -> new ArrayList<>())
                .add(r));
        Map<Long, List<IatiTransaction>> all = new HashMap<>();
        funding.forEach((projectId, list) -> all.put(
                projectId,
                transactionsOf(
                        projectId,
                        list,
                        grant -> lines.getOrDefault(grant, List.of()),
                        grant -> paid.getOrDefault(grant, List.of()),
                        grant -> reported.getOrDefault(grant, List.of()))));
        return all;
    }

    private List<IatiTransaction> transactionsOf(
            long projectId,
            List<Grant> funding,
            LongFunction<List<BudgetLine>> linesOf,
            LongFunction<List<Disbursement>> disbursementsOf,
            LongFunction<List<ExpenditureReport>> reportsOf) {
        List<IatiTransaction> transactions = new ArrayList<>();
        for (Grant grant : funding) {
            if (!grant.status().isCommitted() || grant.approvedAt() == null) {
                continue;
            }
            String currency = grant.data().currency();
            String receiver = grant.data().granteeName();
            String prefix = "grant-" + grant.id();
            add(
                    transactions,
                    new Part(
                            IatiTransactionType.COMMITMENT,
                            grant.approvedAt().toLocalDate(),
                            share(grant, projectId, grant.data().amount()),
                            currency,
                            grant.data().title(),
                            receiver,
                            prefix + "-commitment"));
            for (Disbursement d : disbursementsOf.apply(grant.id())) {
                if (d.status() == DisbursementStatus.RELEASED) {
                    add(
                            transactions,
                            new Part(
                                    IatiTransactionType.DISBURSEMENT,
                                    d.decidedAt().toLocalDate(),
                                    share(grant, projectId, d.amount()),
                                    currency,
                                    "Tranche " + d.trancheNumber(),
                                    receiver,
                                    prefix + "-disbursement-" + d.id()));
                }
            }
            List<BudgetLine> lines = linesOf.apply(grant.id());
            for (ExpenditureReport report : reportsOf.apply(grant.id())) {
                if (report.status() != ReportStatus.ACCEPTED) {
                    continue;
                }
                for (BudgetLine line : lines) {
                    BigDecimal spent = report.spent().get(line.id());
                    if (spent != null) {
                        add(
                                transactions,
                                new Part(
                                        IatiTransactionType.EXPENDITURE,
                                        report.periodEnd(),
                                        share(grant, projectId, spent),
                                        currency,
                                        line.description(),
                                        receiver,
                                        prefix + "-report-" + report.id() + "-line-" + line.id()));
                    }
                }
            }
        }
        transactions.sort(Comparator.comparing(IatiTransaction::date));
        return transactions;
    }

    /** The project's equal share of an amount; the first project (lowest id) also takes the leftover cents. */
    static BigDecimal share(Grant grant, long projectId, BigDecimal amount) {
        List<Long> projects = grant.data().projectIds().stream().sorted().toList();
        BigDecimal count = BigDecimal.valueOf(projects.size());
        BigDecimal each = amount.divide(count, 2, RoundingMode.DOWN);
        if (projects.getFirst() == projectId) {
            return amount.subtract(each.multiply(count.subtract(BigDecimal.ONE)));
        }
        return each;
    }

    private record Part(
            IatiTransactionType type,
            java.time.LocalDate date,
            BigDecimal amount,
            String currency,
            String description,
            String receiver,
            String reference) {}

    private static void add(List<IatiTransaction> transactions, Part p) {
        if (p.amount().signum() > 0) {
            transactions.add(new IatiTransaction(
                    p.type(), p.date(), p.amount(), p.currency(), p.description(), p.receiver(), p.reference()));
        }
    }
}
