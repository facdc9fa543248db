package org.reintegration.portal.grant;

import org.reintegration.portal.base.InvalidInputException;
import org.reintegration.portal.grant.repository.GrantRepository;
import org.reintegration.portal.project.ProjectService;
import org.springframework.stereotype.Component;

/**
 * A grant while it is drafted: the agreement recorded and changed, its budget lines and tranches added and
 * removed. Only drafts change; every change leaves an event. Called inside {@link GrantService}'s
 * transactions.
 */
@Component
class GrantDrafts {

    private final GrantRepository grants;
    private final ProjectService projects;
    private final GrantSteps steps;

    GrantDrafts(GrantRepository grants, ProjectService projects, GrantSteps steps) {
        this.grants = grants;
        this.projects = projects;
        this.steps = steps;
    }

    Grant create(GrantData data) {
        checkProjects(data);
        long id = grants.insert(data, steps.actor(), steps.now());
        steps.record(id, EventKind.CREATED, describe(data));
        return steps.grant(id);
    }

    Grant update(long id, GrantData data) {
        Grant existing = steps.draft(id);
        checkProjects(data);
        grants.update(id, data, steps.now());
        steps.record(id, EventKind.CHANGED, GrantChanges.between(existing.data(), data));
        return steps.grant(id);
    }

    void addBudgetLine(long grantId, BudgetLine line) {
        String currency = steps.draft(grantId).data().currency();
        long id = grants.insertBudgetLine(grantId, line);
        steps.record(
                grantId,
                EventKind.BUDGET_LINE_ADDED,
                EventDetail.of(
                        "grants.trail.budget-line-added",
                        EventDetail.number(id),
                        EventDetail.word(line.category().labelKey()),
                        EventDetail.text(line.description()),
                        EventDetail.amount(line.amount(), currency)));
    }

    void removeBudgetLine(long grantId, long lineId) {
        steps.draft(grantId);
        if (!grants.deleteBudgetLine(grantId, lineId)) {
            throw new InvalidInputException("Grant " + grantId + " has no budget line " + lineId);
        }
        steps.record(
                grantId,
                EventKind.BUDGET_LINE_REMOVED,
                EventDetail.of("grants.trail.budget-line-removed", EventDetail.number(lineId)));
    }

    void addTranche(long grantId, Tranche tranche) {
        String currency = steps.draft(grantId).data().currency();
        long id = grants.insertTranche(grantId, tranche);
        steps.record(
                grantId,
                EventKind.TRANCHE_ADDED,
                tranche.conditions() == null
                        ? EventDetail.of(
                                "grants.trail.tranche-added",
                                EventDetail.number(id),
                                EventDetail.amount(tranche.amount(), currency),
                                EventDetail.day(tranche.plannedOn()))
                        : EventDetail.of(
                                "grants.trail.tranche-added-conditions",
                                EventDetail.number(id),
                                EventDetail.amount(tranche.amount(), currency),
                                EventDetail.day(tranche.plannedOn()),
                                EventDetail.text(tranche.conditions())));
    }

    void removeTranche(long grantId, long trancheId) {
        steps.draft(grantId);
        if (!grants.deleteTranche(grantId, trancheId)) {
            throw new InvalidInputException("Grant " + grantId + " has no tranche " + trancheId);
        }
        steps.record(
                grantId,
                EventKind.TRANCHE_REMOVED,
                EventDetail.of("grants.trail.tranche-removed", EventDetail.number(trancheId)));
    }

    /** @throws InvalidInputException when a project does not exist */
    private void checkProjects(GrantData data) {
        for (long project : data.projectIds()) {
            projects.get(project);
        }
    }

    private static EventDetail describe(GrantData d) {
        return EventDetail.of(
                "grants.trail.created",
                EventDetail.text(d.title()),
                EventDetail.text(d.granteeName()),
                EventDetail.word(d.granteeKind().labelKey()),
                EventDetail.amount(d.amount(), d.currency()),
                EventDetail.day(d.startOn()),
                EventDetail.day(d.endOn()),
                GrantChanges.projects(d));
    }
}
