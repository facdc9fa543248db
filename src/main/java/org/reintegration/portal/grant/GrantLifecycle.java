package org.reintegration.portal.grant;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.grant.repository.GrantMoneyRepository;
import org.reintegration.portal.grant.repository.GrantRepository;
import org.springframework.stereotype.Component;

/**
 * A grant's way from draft to closed (draft → submitted → approved → active ⇄ suspended → closed): what each
 * step requires, approval by a second person, and the event each step leaves. A step is a conditional update
 * of the grant's status, so two people taking steps at once cannot both succeed. Called inside
 * {@link GrantService}'s transactions.
 */
@Component
class GrantLifecycle {

    private final GrantRepository grants;
    private final GrantMoneyRepository money;
    private final GrantSteps steps;

    GrantLifecycle(GrantRepository grants, GrantMoneyRepository money, GrantSteps steps) {
        this.grants = grants;
        this.money = money;
        this.steps = steps;
    }

    /** Needs budget lines and tranches that each add up to the grant's amount. */
    Grant submit(long id) {
        Grant grant = steps.draft(id);
        BigDecimal amount = grant.data().amount();
        BigDecimal budgeted =
                sum(grants.budgetLines(id).stream().map(BudgetLine::amount).toList());
        BigDecimal planned =
                sum(grants.tranches(id).stream().map(Tranche::amount).toList());
        if (budgeted.compareTo(amount) != 0) {
            throw new InvalidFieldException(
                    "budget",
                    "grants.error.budget-sum",
                    "the budget lines add up to " + budgeted.toPlainString() + ", not the grant's "
                            + amount.toPlainString());
        }
        if (planned.compareTo(amount) != 0) {
            throw new InvalidFieldException(
                    "tranches",
                    "grants.error.tranche-sum",
                    "the tranches add up to " + planned.toPlainString() + ", not the grant's "
                            + amount.toPlainString());
        }
        return move(grant, GrantStatus.SUBMITTED, EventKind.SUBMITTED, "");
    }

    Grant returnToDraft(long id, String reason) {
        return move(steps.grant(id), GrantStatus.DRAFT, EventKind.RETURNED_TO_DRAFT, GrantSteps.text(reason));
    }

    /** By a second staff member, neither the grant's preparer nor its submitter. */
    Grant approve(long id) {
        Grant grant = steps.grant(id);
        if (grant.status() == GrantStatus.SUBMITTED) {
            steps.secondPerson(grant.submittedBy(), "grant " + id + " was submitted");
            steps.secondPerson(grant.preparedBy(), "grant " + id + " was prepared");
        }
        return move(grant, GrantStatus.APPROVED, EventKind.APPROVED, "");
    }

    Grant activate(long id) {
        return move(steps.grant(id), GrantStatus.ACTIVE, EventKind.ACTIVATED, "");
    }

    Grant suspend(long id, String reason) {
        return move(steps.grant(id), GrantStatus.SUSPENDED, EventKind.SUSPENDED, GrantSteps.text(reason));
    }

    Grant resume(long id) {
        Grant grant = steps.grant(id);
        return move(
                grant,
                GrantStatus.ACTIVE,
                grant.status() == GrantStatus.SUSPENDED ? EventKind.RESUMED : EventKind.ACTIVATED,
                "");
    }

    /**
     * Every tranche settled (released in full), no disbursement or report waiting for a decision, and an
     * accepted final expenditure report.
     */
    Grant close(long id) {
        Grant grant = steps.grant(id);
        if (grant.status().mayMoveTo(GrantStatus.CLOSED)) {
            List<Disbursement> paid = money.disbursements(id);
            List<String> problems = new ArrayList<>();
            for (Tranche tranche : grants.tranches(id)) {
                if (!GrantFigures.settled(tranche, paid)) {
                    problems.add("tranche " + tranche.number() + " is not settled");
                }
            }
            if (paid.stream().anyMatch(d -> d.status() == DisbursementStatus.PREPARED)) {
                problems.add("a disbursement waits for release");
            }
            List<ExpenditureReport> reports = money.reports(id);
            if (reports.stream().anyMatch(r -> r.status() == ReportStatus.ENTERED)) {
                problems.add("an expenditure report waits for review");
            }
            if (reports.stream().noneMatch(r -> r.finalReport() && r.status() == ReportStatus.ACCEPTED)) {
                problems.add("there is no accepted final report");
            }
            if (!problems.isEmpty()) {
                throw new InvalidFieldException(
                        "status",
                        "grants.error.cannot-close",
                        "grant " + id + " cannot be closed: " + String.join("; ", problems));
            }
        }
        return move(grant, GrantStatus.CLOSED, EventKind.CLOSED, "");
    }

    private Grant move(Grant grant, GrantStatus to, EventKind kind, String detail) {
        if (!grant.status().mayMoveTo(to)) {
            throw new InvalidFieldException(
                    "status",
                    "grants.error.transition",
                    "a " + grant.status() + " grant cannot become " + to + " (allowed: "
                            + grant.status().next() + ")");
        }
        if (!grants.moveTo(grant.id(), grant.status(), to, steps.actor(), steps.now())) {
            throw new InvalidFieldException(
                    "status", "grants.error.changed-meanwhile", "grant " + grant.id() + " changed meanwhile");
        }
        steps.record(
                grant.id(),
                kind,
                detail.isEmpty()
                        ? EventDetail.of(
                                "grants.trail.moved",
                                EventDetail.word(grant.status().labelKey()),
                                EventDetail.word(to.labelKey()))
                        : EventDetail.of(
                                "grants.trail.moved-because",
                                EventDetail.word(grant.status().labelKey()),
                                EventDetail.word(to.labelKey()),
                                EventDetail.text(detail)));
        return steps.grant(grant.id());
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
