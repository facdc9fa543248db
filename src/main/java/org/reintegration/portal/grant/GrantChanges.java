package org.reintegration.portal.grant;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed between two versions of a grant, for the audit trail: each changed field by its label, with
 * its value before and after, worded in the reader's language when the trail is read.
 */
final class GrantChanges {

    private GrantChanges() {}

    static EventDetail between(GrantData before, GrantData after) {
        List<EventDetail> changes = new ArrayList<>();
        field(changes, "grants.title", before, after, d -> EventDetail.text(d.title()));
        field(changes, "grants.projects", before, after, d -> projects(d));
        field(changes, "grants.grantee", before, after, d -> EventDetail.text(d.granteeName()));
        field(
                changes,
                "grants.grantee-kind",
                before,
                after,
                d -> EventDetail.word(d.granteeKind().labelKey()));
        field(changes, "grants.contact", before, after, d -> optional(d.granteeContact()));
        field(changes, "grants.bank-reference", before, after, d -> optional(d.bankReference()));
        field(changes, "grants.amount", before, after, d -> EventDetail.amount(d.amount(), d.currency()));
        field(changes, "grants.currency", before, after, d -> EventDetail.text(d.currency()));
        field(
                changes,
                "grants.cofunding",
                before,
                after,
                d -> d.cofundingAmount() == null ? null : EventDetail.amount(d.cofundingAmount(), d.currency()));
        field(
                changes,
                "grants.cofunding-kind",
                before,
                after,
                d -> d.cofundingKind() == null
                        ? null
                        : EventDetail.word(d.cofundingKind().labelKey()));
        field(changes, "grants.cofunding-note", before, after, d -> optional(d.cofundingNote()));
        field(changes, "grants.start", before, after, d -> EventDetail.day(d.startOn()));
        field(changes, "grants.end", before, after, d -> EventDetail.day(d.endOn()));
        field(changes, "grants.tolerance", before, after, d -> EventDetail.number(d.tolerancePercent()));
        field(changes, "grants.report-every", before, after, d -> EventDetail.number(d.reportEveryMonths()));
        return changes.isEmpty()
                ? EventDetail.of("grants.trail.no-change")
                : EventDetail.of("grants.trail.changes", EventDetail.parts(changes));
    }

    /** The projects' ids, in order: "3, 7". */
    static EventDetail.Text projects(GrantData data) {
        return EventDetail.text(
                new TreeSet<>(data.projectIds()).stream().map(String::valueOf).collect(Collectors.joining(", ")));
    }

    private static EventDetail.Arg optional(String text) {
        return text == null ? null : EventDetail.text(text);
    }

    private static void field(
            List<EventDetail> changes,
            String label,
            GrantData before,
            GrantData after,
            Function<GrantData, EventDetail.Arg> value) {
        EventDetail.Arg was = value.apply(before);
        EventDetail.Arg is = value.apply(after);
        if (!Objects.equals(compared(was), compared(is))) {
            changes.add(EventDetail.of("grants.trail.change", EventDetail.word(label), orNone(was), orNone(is)));
        }
    }

    /** What tells two values apart: an amount by its figure alone, as a change of currency is a change of its own. */
    private static Object compared(EventDetail.Arg value) {
        return value instanceof EventDetail.Amount money ? money.amount().toPlainString() : value;
    }

    private static EventDetail.Arg orNone(EventDetail.Arg value) {
        return value == null ? EventDetail.word("grants.trail.none") : value;
    }
}
