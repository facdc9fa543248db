package org.reintegration.portal.community.profile;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.reintegration.portal.community.TensionLevel;

/** Profiles for tests: a typical one, and a pair in which every compared field differs. */
public final class ProfileSamples {

    private ProfileSamples() {}

    public static ProfileData profile(LocalDate on, TensionLevel tension, int returneeMen, int returneeWomen) {
        return new ProfileData(
                on,
                AssessmentMethod.FOCUS_GROUPS,
                Set.of(Participant.RETURNEES, Participant.RESIDENTS),
                "Two focus groups at the mayor's office",
                1200,
                180,
                List.of(
                        new PopulationCount(PopulationGroup.RETURNEES, Sex.MALE, AgeBand.FROM_18_TO_35, returneeMen),
                        new PopulationCount(
                                PopulationGroup.RETURNEES, Sex.FEMALE, AgeBand.FROM_18_TO_35, returneeWomen)),
                List.of(new ServiceAccess(ServiceKind.WATER_SANITATION, AccessRating.POOR, "One working borehole")),
                "Gold mining, farming",
                "Market gardening",
                "Mechanics",
                tension,
                Set.of(TensionDriver.COMPETITION_FOR_JOBS),
                null,
                "A women's savings group",
                List.of("Water", "Jobs for youth"),
                List.of(new Suitability(
                        SuitabilityCriterion.MANY_RETURNEES_IN_SHORT_TIME, SuitabilityAnswer.YES, null)));
    }

    /** A comparison in which every compared field differs, so every field name appears once. */
    public static List<ProfileChange> everyFieldChanged() {
        ProfileData before = profile(LocalDate.of(2025, 3, 1), TensionLevel.HIGH, 40, 3);
        ProfileData after = new ProfileData(
                LocalDate.of(2026, 3, 1),
                AssessmentMethod.KEY_INFORMANTS,
                java.util.Set.of(),
                null,
                900,
                100,
                java.util.List.of(
                        new PopulationCount(PopulationGroup.RETURNEES, Sex.MALE, AgeBand.UNDER_18, 9),
                        new PopulationCount(PopulationGroup.IDPS, Sex.MALE, AgeBand.UNDER_18, 9),
                        new PopulationCount(PopulationGroup.RESIDENTS, Sex.MALE, AgeBand.UNDER_18, 9)),
                java.util.List.of(new ServiceAccess(ServiceKind.HEALTH, AccessRating.GOOD, null)),
                "Trade",
                null,
                null,
                TensionLevel.NONE,
                java.util.Set.of(TensionDriver.COMPETITION_FOR_LAND),
                "A quarrel at the well",
                null,
                java.util.List.of("Roads"),
                java.util.List.of(
                        new Suitability(SuitabilityCriterion.CIVIL_SOCIETY_ACTIVE, SuitabilityAnswer.NO, null)));
        return ProfileComparison.between(before, after);
    }

    /** The same profile with other drivers of tension. */
    public static ProfileData withDrivers(ProfileData d, Set<TensionDriver> drivers) {
        return copy(d, drivers, d.incidents());
    }

    /** The same profile with other incidents. */
    public static ProfileData withIncidents(ProfileData d, String incidents) {
        return copy(d, d.tensionDrivers(), incidents);
    }

    private static ProfileData copy(ProfileData d, Set<TensionDriver> drivers, String incidents) {
        return new ProfileData(
                d.assessedOn(),
                d.method(),
                d.participants(),
                d.sourceNotes(),
                d.population(),
                d.households(),
                d.counts(),
                d.services(),
                d.mainSectors(),
                d.opportunities(),
                d.skillsInDemand(),
                d.tension(),
                drivers,
                incidents,
                d.psychosocialResources(),
                d.priorityNeeds(),
                d.suitability());
    }
}
