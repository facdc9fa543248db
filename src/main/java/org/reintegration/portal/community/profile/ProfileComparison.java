package org.reintegration.portal.community.profile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.reintegration.portal.security.SmallCounts;

/** What changed from one profile of a community to the next. Pure. */
public final class ProfileComparison {

    private ProfileComparison() {}

    /** The changes between two profiles of staff's view, totals added up from the counts. */
    public static List<ProfileChange> between(ProfileData before, ProfileData after) {
        return between(before, ProfileTotals.of(before.counts()), after, ProfileTotals.of(after.counts()));
    }

    /** The changes between two profiles as the reader sees them, hidden figures as "<5" or "x". */
    public static List<ProfileChange> between(Profile before, Profile after) {
        return between(before.data(), before.totals(), after.data(), after.totals());
    }

    private static List<ProfileChange> between(
            ProfileData before, ProfileTotals totalsBefore, ProfileData after, ProfileTotals totalsAfter) {
        List<ProfileChange> changes = new ArrayList<>();
        compare(changes, "population", before, after, d -> count(d.population()));
        compare(changes, "households", before, after, d -> count(d.households()));
        for (PopulationGroup group : PopulationGroup.values()) {
            String was = count(totalsBefore.of(group));
            String now = count(totalsAfter.of(group));
            if (!Objects.equals(was, now)) {
                changes.add(new ProfileChange("people." + group.name(), was, now));
            }
        }
        compare(changes, "tension", before, after, ProfileData::tension);
        compare(changes, "tensionDrivers", before, after, d -> sorted(d.tensionDrivers()));
        compare(changes, "services", before, after, d -> d.services().stream()
                .sorted((a, b) -> a.service().compareTo(b.service()))
                .map(s -> s.service() + ": " + s.rating())
                .collect(Collectors.joining(", ")));
        compare(changes, "priorityNeeds", before, after, d -> String.join(", ", d.priorityNeeds()));
        compare(changes, "mainSectors", before, after, ProfileData::mainSectors);
        compare(changes, "suitability", before, after, d -> d.suitability().stream()
                .sorted((a, b) -> a.criterion().compareTo(b.criterion()))
                .map(s -> s.criterion() + ": " + s.answer())
                .collect(Collectors.joining(", ")));
        return changes;
    }

    private static void compare(
            List<ProfileChange> changes,
            String field,
            ProfileData before,
            ProfileData after,
            Function<ProfileData, ?> value) {
        String was = text(value.apply(before));
        String now = text(value.apply(after));
        if (!Objects.equals(was, now)) {
            changes.add(new ProfileChange(field, was, now));
        }
    }

    private static String count(Integer count) {
        return count == null ? null : SmallCounts.text(count);
    }

    private static String sorted(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
    }

    private static String text(Object value) {
        String text = value == null ? "" : value.toString();
        return text.isEmpty() ? null : text;
    }
}
