package org.reintegration.portal.grant;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/** What changed between two versions of a grant, in words for the audit trail. */
final class GrantChanges {

    private GrantChanges() {}

    static String between(GrantData before, GrantData after) {
        List<String> changes = new ArrayList<>();
        field(changes, "title", before, after, GrantData::title);
        field(changes, "projects", before, after, d -> new TreeSet<>(d.projectIds()));
        field(changes, "grantee", before, after, GrantData::granteeName);
        field(changes, "grantee kind", before, after, GrantData::granteeKind);
        field(changes, "contact", before, after, GrantData::granteeContact);
        field(changes, "bank reference", before, after, GrantData::bankReference);
        field(changes, "amount", before, after, d -> d.amount().toPlainString());
        field(changes, "currency", before, after, GrantData::currency);
        field(
                changes,
                "co-funding",
                before,
                after,
                d -> d.cofundingAmount() == null ? null : d.cofundingAmount().toPlainString());
        field(changes, "co-funding kind", before, after, GrantData::cofundingKind);
        field(changes, "co-funding note", before, after, GrantData::cofundingNote);
        field(changes, "start", before, after, GrantData::startOn);
        field(changes, "end", before, after, GrantData::endOn);
        field(changes, "tolerance %", before, after, GrantData::tolerancePercent);
        field(changes, "report every months", before, after, GrantData::reportEveryMonths);
        return changes.isEmpty() ? "no change" : String.join("; ", changes);
    }

    private static void field(
            List<String> changes, String name, GrantData before, GrantData after, Function<GrantData, Object> value) {
        Object was = value.apply(before);
        Object is = value.apply(after);
        if (!Objects.equals(was, is)) {
            changes.add(name + ": " + (was == null ? "—" : was) + " → " + (is == null ? "—" : is));
        }
    }
}
