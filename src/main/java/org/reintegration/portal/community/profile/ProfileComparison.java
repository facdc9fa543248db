package org.reintegration.portal.community.profile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
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
        compare(changes, "incidents", before, after, ProfileData::incidents);
        compareEach(changes, "services", ratings(before.services()), ratings(after.services()));
        compare(changes, "priorityNeeds", before, after, d -> String.join(", ", d.priorityNeeds()));
        compare(changes, "mainSectors", before, after, ProfileData::mainSectors);
        compareEach(changes, "suitability", answers(before.suitability()), answers(after.suitability()));
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

    /**
     * One change for a list of rated items (services, suitability criteria) naming only the items whose rating
     * changed, so that a reader sees what moved rather than the whole list twice.
     */
    private static <K extends Enum<K>> void compareEach(
            List<ProfileChange> changes, String field, Map<K, String> before, Map<K, String> after) {
        Set<K> items = new TreeSet<>(before.keySet());
        items.addAll(after.keySet());
        List<String> was = new ArrayList<>();
        List<String> now = new ArrayList<>();
        for (K item : items) {
            String ratingBefore = before.get(item);
            String ratingAfter = after.get(item);
            if (!Objects.equals(ratingBefore, ratingAfter)) {
                if (ratingBefore != null) {
                    was.add(item.name() + ": " + ratingBefore);
                }
                if (ratingAfter != null) {
                    now.add(item.name() + ": " + ratingAfter);
                }
            }
        }
        if (!was.isEmpty() || !now.isEmpty()) {
            changes.add(new ProfileChange(field, text(String.join(", ", was)), text(String.join(", ", now))));
        }
    }

    private static Map<ServiceKind, String> ratings(List<ServiceAccess> services) {
        Map<ServiceKind, String> ratings = new EnumMap<>(ServiceKind.class);
        services.forEach(s -> ratings.put(s.service(), s.rating().name()));
        return ratings;
    }

    private static Map<SuitabilityCriterion, String> answers(List<Suitability> suitability) {
        Map<SuitabilityCriterion, String> answers = new EnumMap<>(SuitabilityCriterion.class);
        suitability.forEach(s -> answers.put(s.criterion(), s.answer().name()));
        return answers;
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
