package org.reintegration.portal.grant;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.InvalidInputException;
import org.reintegration.portal.grant.repository.GrantMoneyRepository;
import org.reintegration.portal.grant.repository.GrantRepository;
import org.springframework.stereotype.Component;

/**
 * Money paid out of a grant's tranches: prepared by one staff member, released (or cancelled) by a second,
 * never more from a tranche than its amount (ADR 0008). Called inside {@link GrantService}'s transactions:
 * the tranche's row lock lasts until its commit.
 */
@Component
class Disbursements {

    private final GrantRepository grants;
    private final GrantMoneyRepository money;
    private final GrantSteps steps;

    Disbursements(GrantRepository grants, GrantMoneyRepository money, GrantSteps steps) {
        this.grants = grants;
        this.money = money;
        this.steps = steps;
    }

    /**
     * The tranche's row is locked while the rest is checked, and written, so that transactions on different
     * Galera nodes conflict at certification as well.
     */
    Disbursement prepare(long grantId, long trancheId, BigDecimal amount, String note) {
        Grant grant = steps.grant(grantId);
        if (grant.status() != GrantStatus.ACTIVE) {
            throw new InvalidFieldException(
                    "status",
                    "grants.error.not-active",
                    "grant " + grantId + " is " + grant.status() + "; money moves only while it is active");
        }
        BigDecimal value;
        try {
            value = Money.positive(amount, "amount");
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("amount", "grants.error.amount", e.getMessage());
        }
        // The tranche's row stays locked until commit, so a second preparation waits here and then sees this one.
        Tranche tranche = grants.lockTranche(grantId, trancheId)
                .orElseThrow(() -> new InvalidInputException("Grant " + grantId + " has no tranche " + trancheId));
        BigDecimal left = tranche.amount().subtract(money.claimedLocked(trancheId));
        if (value.compareTo(left) > 0) {
            throw new InvalidFieldException(
                    "amount",
                    "grants.error.tranche-exceeded",
                    "only " + left.toPlainString() + " of tranche " + tranche.number() + " is left to disburse");
        }
        grants.recordClaim(trancheId);
        String checkedNote = GrantSteps.text(note);
        long id = money.insertDisbursement(
                grantId,
                trancheId,
                value,
                checkedNote.isEmpty() ? null : GrantSteps.limit(checkedNote, Disbursement.NOTE_MAX),
                steps.actor(),
                steps.now());
        steps.record(
                grantId,
                EventKind.DISBURSEMENT_PREPARED,
                checkedNote.isEmpty()
                        ? EventDetail.of(
                                "grants.trail.disbursement-prepared",
                                EventDetail.number(id),
                                EventDetail.amount(value, grant.data().currency()),
                                EventDetail.number(tranche.number()))
                        : EventDetail.of(
                                "grants.trail.disbursement-prepared-note",
                                EventDetail.number(id),
                                EventDetail.amount(value, grant.data().currency()),
                                EventDetail.number(tranche.number()),
                                EventDetail.text(checkedNote)));
        return disbursement(id);
    }

    /**
     * By a second staff member. The tranche is locked and checked again; before its planned date a reason is
     * required, and recorded in the audit trail.
     */
    Disbursement release(long disbursementId, String earlyReason) {
        Disbursement d = disbursement(disbursementId);
        steps.secondPerson(d.preparedBy(), "disbursement " + disbursementId + " was prepared");
        Grant grant = steps.grant(d.grantId());
        if (grant.status() != GrantStatus.ACTIVE) {
            throw new InvalidFieldException(
                    "status",
                    "grants.error.not-active",
                    "grant " + grant.id() + " is " + grant.status() + "; money moves only while it is active");
        }
        Tranche tranche = grants.lockTranche(d.grantId(), d.trancheId()).orElseThrow();
        BigDecimal released = money.releasedLocked(d.trancheId());
        if (released.add(d.amount()).compareTo(tranche.amount()) > 0) {
            throw new InvalidFieldException(
                    "disbursement",
                    "grants.error.tranche-exceeded",
                    "only " + tranche.amount().subtract(released).toPlainString() + " of tranche " + tranche.number()
                            + " is left to disburse");
        }
        String reason = GrantSteps.text(earlyReason);
        boolean early = isEarly(tranche);
        if (early && reason.isEmpty()) {
            throw new InvalidFieldException(
                    "earlyReason",
                    "grants.error.early-reason",
                    "tranche " + tranche.number() + " is planned for " + tranche.plannedOn()
                            + "; say why it is released before then");
        }
        List<EventDetail> parts = new ArrayList<>();
        parts.add(EventDetail.of(
                "grants.trail.disbursement-released",
                EventDetail.number(d.id()),
                EventDetail.amount(d.amount(), grant.data().currency()),
                EventDetail.number(d.trancheNumber()),
                EventDetail.text(d.preparedBy())));
        if (tranche.conditions() != null) {
            parts.add(EventDetail.of("grants.trail.conditions-confirmed", EventDetail.text(tranche.conditions())));
        }
        if (early) {
            parts.add(EventDetail.of(
                    "grants.trail.released-early",
                    EventDetail.day(tranche.plannedOn()),
                    EventDetail.text(GrantSteps.limit(reason, Disbursement.EARLY_REASON_MAX))));
        }
        decide(d, DisbursementStatus.RELEASED);
        grants.recordClaim(d.trancheId());
        steps.record(
                d.grantId(),
                EventKind.DISBURSEMENT_RELEASED,
                EventDetail.of("grants.trail.parts", EventDetail.parts(parts)));
        return disbursement(disbursementId);
    }

    /** Whether releasing from the tranche today comes before its planned date. */
    boolean isEarly(Tranche tranche) {
        return steps.today().isBefore(tranche.plannedOn());
    }

    Disbursement cancel(long disbursementId, String reason) {
        Disbursement d = disbursement(disbursementId);
        decide(d, DisbursementStatus.CANCELLED);
        String text = GrantSteps.text(reason);
        steps.record(
                d.grantId(),
                EventKind.DISBURSEMENT_CANCELLED,
                text.isEmpty()
                        ? EventDetail.of("grants.trail.disbursement-cancelled", EventDetail.number(d.id()))
                        : EventDetail.of(
                                "grants.trail.disbursement-cancelled-because",
                                EventDetail.number(d.id()),
                                EventDetail.text(text)));
        return disbursement(disbursementId);
    }

    private void decide(Disbursement d, DisbursementStatus decision) {
        if (d.status() != DisbursementStatus.PREPARED
                || !money.decideDisbursement(d.id(), decision, steps.actor(), steps.now())) {
            throw new InvalidFieldException(
                    "disbursement",
                    "grants.error.disbursement-decided",
                    "disbursement " + d.id() + " is " + d.status() + " already");
        }
    }

    private Disbursement disbursement(long id) {
        return money.findDisbursement(id)
                .orElseThrow(() -> new InvalidInputException("There is no disbursement " + id));
    }
}
