package org.reintegration.portal.community.profile;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.reintegration.portal.base.OptionalText;
import org.reintegration.portal.community.TensionLevel;
import org.reintegration.portal.security.SmallCounts;

/**
 * A dated assessment of a community: how it was made, who lives there (aggregated counts only),
 * access to services, livelihoods, social cohesion, psychosocial resources, ranked needs and the
 * suitability criteria. Checks of shape are made here; the limits are constants forms reuse.
 *
 * @param priorityNeeds as the community ranked them, most urgent first
 */
public record ProfileData(
        LocalDate assessedOn,
        AssessmentMethod method,
        Set<Participant> participants,
        String sourceNotes,
        Integer population,
        Integer households,
        List<PopulationCount> counts,
        List<ServiceAccess> services,
        String mainSectors,
        String opportunities,
        String skillsInDemand,
        TensionLevel tension,
        Set<TensionDriver> tensionDrivers,
        String incidents,
        String psychosocialResources,
        List<String> priorityNeeds,
        List<Suitability> suitability) {

    public static final int NOTES_MAX = 2000;
    public static final int SECTORS_MAX = 1000;
    public static final int INCIDENTS_MAX = 4000;
    public static final int NEED_MAX = 200;
    public static final int NEEDS_MAX = 10;

    public ProfileData {
        Objects.requireNonNull(assessedOn, "assessedOn");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(tension, "tension");
        participants =
                participants == null || participants.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(participants));
        tensionDrivers = tensionDrivers == null || tensionDrivers.isEmpty()
                ? Set.of()
                : Set.copyOf(EnumSet.copyOf(tensionDrivers));
        // One canonical order, so that a stored profile reads back equal to what was recorded.
        counts = counts == null
                ? List.of()
                : counts.stream()
                        .sorted(Comparator.comparing(PopulationCount::group)
                                .thenComparing(PopulationCount::sex)
                                .thenComparing(PopulationCount::ageBand))
                        .toList();
        services = services == null
                ? List.of()
                : services.stream()
                        .sorted(Comparator.comparing(ServiceAccess::service))
                        .toList();
        suitability = suitability == null
                ? List.of()
                : suitability.stream()
                        .sorted(Comparator.comparing(Suitability::criterion))
                        .toList();
        priorityNeeds = priorityNeeds == null
                ? List.of()
                : priorityNeeds.stream()
                        .map(String::strip)
                        .filter(n -> !n.isEmpty())
                        .toList();
        sourceNotes = OptionalText.of(sourceNotes, NOTES_MAX, "sourceNotes");
        mainSectors = OptionalText.of(mainSectors, SECTORS_MAX, "mainSectors");
        opportunities = OptionalText.of(opportunities, NOTES_MAX, "opportunities");
        skillsInDemand = OptionalText.of(skillsInDemand, NOTES_MAX, "skillsInDemand");
        incidents = OptionalText.of(incidents, INCIDENTS_MAX, "incidents");
        psychosocialResources = OptionalText.of(psychosocialResources, NOTES_MAX, "psychosocialResources");
        if (negative(population) || negative(households)) {
            throw new IllegalArgumentException("population and households cannot be negative");
        }
        if (priorityNeeds.size() > NEEDS_MAX || priorityNeeds.stream().anyMatch(n -> n.length() > NEED_MAX)) {
            throw new IllegalArgumentException(
                    "priorityNeeds: at most " + NEEDS_MAX + " of " + NEED_MAX + " characters");
        }
        requireUnique(
                counts.stream()
                        .map(c -> List.of(c.group(), c.sex(), c.ageBand()))
                        .toList(),
                "counts");
        requireUnique(services.stream().map(ServiceAccess::service).toList(), "services");
        requireUnique(suitability.stream().map(Suitability::criterion).toList(), "suitability");
    }

    /**
     * All people of a group across sexes and age bands, as recorded; null when the profile counted none
     * of them. Readers outside staff get profiles with hidden counts: their totals, worked out before
     * the counts were hidden, are in {@link Profile#totals()}.
     *
     * @throws IllegalStateException when a count of the group is hidden
     */
    public Integer total(PopulationGroup group) {
        List<PopulationCount> ofGroup =
                counts.stream().filter(c -> c.group() == group).toList();
        if (ofGroup.stream().anyMatch(c -> SmallCounts.hidden(c.people()))) {
            throw new IllegalStateException("the total of hidden counts is in the profile's totals");
        }
        return ofGroup.isEmpty()
                ? null
                : ofGroup.stream().mapToInt(PopulationCount::people).sum();
    }

    private static boolean negative(Integer count) {
        return count != null && count < 0 && !SmallCounts.hidden(count);
    }

    private static void requireUnique(List<?> keys, String field) {
        if (new HashSet<>(keys).size() != keys.size()) {
            throw new IllegalArgumentException(field + ": the same entry appears twice");
        }
    }
}
