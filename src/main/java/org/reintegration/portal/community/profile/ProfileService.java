package org.reintegration.portal.community.profile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.community.Community;
import org.reintegration.portal.community.CommunityService;
import org.reintegration.portal.community.profile.repository.ProfileRepository;
import org.reintegration.portal.community.repository.CommunityRepository;
import org.reintegration.portal.security.ComplementarySuppression;
import org.reintegration.portal.security.CurrentUser;
import org.reintegration.portal.security.PortalUser;
import org.reintegration.portal.security.SmallCounts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dated profiles of communities. A new profile never changes an old one; the newest assessment is
 * the current profile. Staff record them; local authorities read them within their area scopes, with
 * small counts suppressed.
 */
@Service
public class ProfileService {

    private final ProfileRepository profiles;
    private final CommunityService communities;
    private final CommunityRepository communityFigures;
    private final CurrentUser currentUser;
    private final SmallCounts smallCounts;
    private final Clock clock;

    ProfileService(
            ProfileRepository profiles,
            CommunityService communities,
            CommunityRepository communityFigures,
            CurrentUser currentUser,
            SmallCounts smallCounts,
            Clock clock) {
        this.profiles = profiles;
        this.communities = communities;
        this.communityFigures = communityFigures;
        this.currentUser = currentUser;
        this.smallCounts = smallCounts;
        this.clock = clock;
    }

    /**
     * Records a new profile of a community and, when it is the newest assessment, makes it current.
     *
     * @throws InvalidFieldException when the assessment date lies in the future; nothing is stored then
     */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional
    public Profile record(long communityId, ProfileData data) {
        Community community = communities.get(communityId);
        if (data.assessedOn().isAfter(LocalDate.now(clock))) {
            throw new InvalidFieldException("assessedOn", "profiles.error.future-date", "assessed in the future");
        }
        String recordedBy = currentUser.get().map(PortalUser::username).orElse("system");
        // The database keeps milliseconds; so does the profile returned, so both read the same.
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        long id = profiles.insert(community.id(), data, recordedBy, now);
        Profile newest = profiles.history(community.id()).getFirst();
        if (newest.id() == id) {
            communityFigures.setCurrentProfile(
                    community.id(), id, data.assessedOn(), data.tension(), returneeShare(data));
        }
        return new Profile(id, community.id(), data, recordedBy, now);
    }

    /**
     * A community's profiles, newest assessment first. Outside staff roles every count from 1 to 4
     * reads as fewer than five ({@link SmallCounts}), every other count and total as it is, and
     * further cells are withheld where a hidden one could otherwise be worked out (see {@code
     * suppressed}).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Profile> history(long communityId) {
        communities.get(communityId); // checks the caller may see the community's area
        List<Profile> history = profiles.history(communityId);
        return smallCounts.mustSuppress()
                ? history.stream().map(this::suppressed).toList()
                : history;
    }

    /**
     * The profile as a reader outside staff sees it: counts, group totals and group-by-sex totals are one
     * table protected at once, so that a count from 1 to 4 reads "&lt;5", every other figure is shown as
     * it is, and no hidden figure can be worked out from a total and its visible parts.
     */
    private Profile suppressed(Profile profile) {
        ProfileData d = profile.data();
        List<Integer> cells = new ArrayList<>();
        List<ComplementarySuppression.Sum> sums = new ArrayList<>();
        Map<PopulationGroup, Integer> groupCell = new EnumMap<>(PopulationGroup.class);
        Map<List<Object>, Integer> groupSexCell = new HashMap<>();
        d.counts().forEach(c -> cells.add(c.people()));
        int countCells = cells.size();
        ProfileTotals exact = profile.totals();
        exact.groups().forEach((group, total) -> {
            groupCell.put(group, cells.size());
            cells.add(total);
        });
        exact.groupsBySex()
                .forEach((group, bySex) -> bySex.forEach((sex, total) -> {
                    groupSexCell.put(List.of(group, sex), cells.size());
                    cells.add(total);
                }));
        for (var group : groupCell.entrySet()) {
            List<Integer> parts = new ArrayList<>();
            List<Integer> sexes = new ArrayList<>();
            for (int i = 0; i < countCells; i++) {
                if (d.counts().get(i).group() == group.getKey()) {
                    parts.add(i);
                }
            }
            for (Sex sex : Sex.values()) {
                Integer cell = groupSexCell.get(List.of(group.getKey(), sex));
                if (cell != null) {
                    sexes.add(cell);
                    List<Integer> bands = new ArrayList<>();
                    for (int i = 0; i < countCells; i++) {
                        PopulationCount c = d.counts().get(i);
                        if (c.group() == group.getKey() && c.sex() == sex) {
                            bands.add(i);
                        }
                    }
                    sums.add(new ComplementarySuppression.Sum(cell, bands));
                }
            }
            sums.add(new ComplementarySuppression.Sum(group.getValue(), parts));
            sums.add(new ComplementarySuppression.Sum(group.getValue(), sexes));
        }
        // The population is often given as everyone counted: then it is one more total of the groups.
        boolean populationAddsUp = d.population() != null
                && !groupCell.isEmpty()
                && d.population()
                        == exact.groups().values().stream()
                                .mapToInt(Integer::intValue)
                                .sum();
        int populationCell = cells.size();
        if (populationAddsUp) {
            cells.add(d.population());
            sums.add(new ComplementarySuppression.Sum(populationCell, List.copyOf(groupCell.values())));
        }
        int[] shownCells = ComplementarySuppression.protect(
                cells.stream().mapToInt(Integer::intValue).toArray(), sums, Set.of());
        List<PopulationCount> counts = new ArrayList<>();
        for (int i = 0; i < countCells; i++) {
            PopulationCount c = d.counts().get(i);
            counts.add(new PopulationCount(c.group(), c.sex(), c.ageBand(), shownCells[i]));
        }
        Map<PopulationGroup, Integer> groups = new EnumMap<>(PopulationGroup.class);
        groupCell.forEach((group, cell) -> groups.put(group, shownCells[cell]));
        Map<PopulationGroup, Map<Sex, Integer>> groupsBySex = new EnumMap<>(PopulationGroup.class);
        groupSexCell.forEach((key, cell) -> groupsBySex
                .computeIfAbsent((PopulationGroup) key.get(0), g -> new EnumMap<>(Sex.class))
                .put((Sex) key.get(1), shownCells[cell]));
        Integer population = smallCounts.shownOrNull(d.population());
        if (populationAddsUp) {
            population = shownCells[populationCell];
        }
        ProfileData shown = new ProfileData(
                d.assessedOn(),
                d.method(),
                d.participants(),
                d.sourceNotes(),
                population,
                smallCounts.shownOrNull(d.households()),
                counts,
                d.services(),
                d.mainSectors(),
                d.opportunities(),
                d.skillsInDemand(),
                d.tension(),
                d.tensionDrivers(),
                d.incidents(),
                d.psychosocialResources(),
                d.priorityNeeds(),
                d.suitability());
        return new Profile(
                profile.id(),
                profile.communityId(),
                shown,
                profile.recordedBy(),
                profile.recordedAt(),
                new ProfileTotals(groups, groupsBySex));
    }

    private static BigDecimal returneeShare(ProfileData data) {
        Integer returnees = data.total(PopulationGroup.RETURNEES);
        if (returnees == null || data.population() == null || data.population() == 0) {
            return null;
        }
        return BigDecimal.valueOf(Math.min(returnees, data.population()))
                .divide(BigDecimal.valueOf(data.population()), 4, RoundingMode.HALF_UP);
    }
}
