package org.reintegration.portal.community.profile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.community.Community;
import org.reintegration.portal.community.CommunityService;
import org.reintegration.portal.community.repository.ProfileRepository;
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
    private final CurrentUser currentUser;
    private final SmallCounts smallCounts;
    private final Clock clock;

    ProfileService(
            ProfileRepository profiles,
            CommunityService communities,
            CurrentUser currentUser,
            SmallCounts smallCounts,
            Clock clock) {
        this.profiles = profiles;
        this.communities = communities;
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
            profiles.setCurrent(community.id(), id, data.assessedOn(), data.tension(), returneeShare(data));
        }
        return new Profile(id, community.id(), data, recordedBy, now);
    }

    /**
     * A community's profiles, newest assessment first. Outside staff roles every count below five
     * reads as fewer than five ({@link SmallCounts}).
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

    private Profile suppressed(Profile profile) {
        ProfileData d = profile.data();
        List<PopulationCount> counts = d.counts().stream()
                .map(c -> new PopulationCount(c.group(), c.sex(), c.ageBand(), smallCounts.shown(c.people())))
                .toList();
        ProfileData shown = new ProfileData(
                d.assessedOn(),
                d.method(),
                d.participants(),
                d.sourceNotes(),
                smallCounts.shownOrNull(d.population()),
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
        return new Profile(profile.id(), profile.communityId(), shown, profile.recordedBy(), profile.recordedAt());
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
