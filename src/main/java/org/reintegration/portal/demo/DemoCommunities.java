package org.reintegration.portal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.reintegration.portal.base.LatLon;
import org.reintegration.portal.community.CommunityData;
import org.reintegration.portal.community.CommunityService;
import org.reintegration.portal.community.TensionLevel;
import org.reintegration.portal.community.profile.AccessRating;
import org.reintegration.portal.community.profile.AgeBand;
import org.reintegration.portal.community.profile.AssessmentMethod;
import org.reintegration.portal.community.profile.Participant;
import org.reintegration.portal.community.profile.PopulationCount;
import org.reintegration.portal.community.profile.PopulationGroup;
import org.reintegration.portal.community.profile.ProfileData;
import org.reintegration.portal.community.profile.ProfileService;
import org.reintegration.portal.community.profile.ServiceAccess;
import org.reintegration.portal.community.profile.ServiceKind;
import org.reintegration.portal.community.profile.Sex;
import org.reintegration.portal.community.profile.Suitability;
import org.reintegration.portal.community.profile.SuitabilityAnswer;
import org.reintegration.portal.community.profile.SuitabilityCriterion;
import org.reintegration.portal.community.profile.TensionDriver;
import org.reintegration.portal.geo.AdminArea;
import org.reintegration.portal.geo.AdminAreaService;

/**
 * Invented communities with two or three profiles each, spread over Guinea's prefectures. The same
 * seed gives the same data on every machine, and every description says the data is not real.
 */
final class DemoCommunities {

    static final long SEED = 2026;
    static final String MARK = "Demo community: invented data, not a real place.";
    private static final String[] STARTS = {
        "Ban", "Kou", "Dia", "Sin", "Ta", "Ma", "Kan", "Sou", "Fa", "Bou", "Da", "Ke"
    };
    private static final String[] ENDS = {"koro", "ya", "bala", "lé", "nko", "dou", "mba", "ssa", "ra", "fara", "dian"};
    private static final List<String> NEEDS = List.of(
            "Drinking water",
            "Jobs for young people",
            "Health post",
            "School classrooms",
            "Market stalls",
            "Rural road repair",
            "Vocational training",
            "Civil documents",
            "Peer support for returnees");

    private final AdminAreaService areas;
    private final CommunityService communities;
    private final ProfileService profiles;
    private final Random random = new Random(SEED);

    DemoCommunities(AdminAreaService areas, CommunityService communities, ProfileService profiles) {
        this.areas = areas;
        this.communities = communities;
        this.profiles = profiles;
    }

    /** Creates one or two communities per prefecture; returns how many. */
    int create() {
        int created = 0;
        for (AdminArea prefecture : areas.listAreas(2)) {
            int count = 1 + random.nextInt(2);
            for (int i = 0; i < count; i++) {
                String name = STARTS[random.nextInt(STARTS.length)] + ENDS[random.nextInt(ENDS.length)];
                long id = communities
                        .create(new CommunityData(name, "fr", prefecture.pcode(), pointIn(prefecture), MARK))
                        .community()
                        .id();
                int population = 800 + random.nextInt(9000);
                TensionLevel tension = TensionLevel.values()[random.nextInt(4)];
                int profilesToRecord = 2 + random.nextInt(2);
                for (int p = 0; p < profilesToRecord; p++) {
                    LocalDate on = LocalDate.of(2024 + p, 3 + random.nextInt(6), 1 + random.nextInt(28));
                    population += random.nextInt(600) - 150;
                    tension = drift(tension);
                    profiles.record(id, profile(on, population, tension));
                }
                created++;
            }
        }
        return created;
    }

    private ProfileData profile(LocalDate on, int population, TensionLevel tension) {
        int returnees = population * (3 + random.nextInt(25)) / 100;
        List<PopulationCount> counts = new ArrayList<>();
        for (AgeBand band : AgeBand.values()) {
            int share =
                    switch (band) {
                        case UNDER_18 -> 25;
                        case FROM_18_TO_35 -> 50;
                        case FROM_36_TO_59 -> 20;
                        case FROM_60 -> 5;
                    };
            int inBand = returnees * share / 100;
            int women = inBand * (20 + random.nextInt(25)) / 100;
            counts.add(new PopulationCount(PopulationGroup.RETURNEES, Sex.FEMALE, band, women));
            counts.add(new PopulationCount(PopulationGroup.RETURNEES, Sex.MALE, band, inBand - women));
        }
        List<ServiceAccess> services = new ArrayList<>();
        for (ServiceKind kind : ServiceKind.values()) {
            services.add(new ServiceAccess(kind, AccessRating.values()[random.nextInt(4)], null));
        }
        List<String> needs = new ArrayList<>(NEEDS);
        java.util.Collections.shuffle(needs, random);
        List<Suitability> suitability = new ArrayList<>();
        for (SuitabilityCriterion criterion : SuitabilityCriterion.values()) {
            suitability.add(new Suitability(criterion, SuitabilityAnswer.values()[random.nextInt(3)], null));
        }
        Set<TensionDriver> drivers = tension == TensionLevel.NONE
                ? Set.of()
                : EnumSet.of(TensionDriver.values()[random.nextInt(TensionDriver.values().length - 1)]);
        return new ProfileData(
                on,
                AssessmentMethod.values()[random.nextInt(AssessmentMethod.values().length)],
                EnumSet.of(Participant.RETURNEES, Participant.RESIDENTS, Participant.WOMEN),
                "Demo data",
                population,
                population / (5 + random.nextInt(4)),
                counts,
                services,
                "Farming, small trade, artisanal mining",
                "Market gardening, motorbike repair",
                "Mechanics, tailoring, solar installation",
                tension,
                drivers,
                null,
                "A women's savings group; a youth football club",
                needs.subList(0, 3),
                suitability);
    }

    private TensionLevel drift(TensionLevel tension) {
        int step = random.nextInt(3) - 1;
        return TensionLevel.values()[Math.max(0, Math.min(3, tension.ordinal() + step))];
    }

    /** A point inside the prefecture's outline (or its box centre when none is found quickly). */
    private LatLon pointIn(AdminArea area) {
        var box = area.bounds();
        for (int attempt = 0; attempt < 50; attempt++) {
            LatLon candidate = new LatLon(
                    round(box.south() + random.nextDouble() * (box.north() - box.south())),
                    round(box.west() + random.nextDouble() * (box.east() - box.west())));
            if (areas.isInside(area.pcode(), candidate).orElse(true)) {
                return candidate;
            }
        }
        return new LatLon(round((box.south() + box.north()) / 2), round((box.west() + box.east()) / 2));
    }

    private static double round(double degrees) {
        return Math.round(degrees * 100_000) / 100_000.0;
    }
}
