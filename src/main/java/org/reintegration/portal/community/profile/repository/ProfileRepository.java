package org.reintegration.portal.community.profile.repository;

import static org.reintegration.portal.base.jooq.Tables.COMMUNITY_PROFILE;
import static org.reintegration.portal.base.jooq.Tables.PROFILE_POPULATION;
import static org.reintegration.portal.base.jooq.Tables.PROFILE_SERVICE_ACCESS;
import static org.reintegration.portal.base.jooq.Tables.PROFILE_SUITABILITY;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.reintegration.portal.base.jooq.tables.records.CommunityProfileRecord;
import org.reintegration.portal.community.TensionLevel;
import org.reintegration.portal.community.profile.AccessRating;
import org.reintegration.portal.community.profile.AgeBand;
import org.reintegration.portal.community.profile.AssessmentMethod;
import org.reintegration.portal.community.profile.Participant;
import org.reintegration.portal.community.profile.PopulationCount;
import org.reintegration.portal.community.profile.PopulationGroup;
import org.reintegration.portal.community.profile.Profile;
import org.reintegration.portal.community.profile.ProfileData;
import org.reintegration.portal.community.profile.ServiceAccess;
import org.reintegration.portal.community.profile.ServiceKind;
import org.reintegration.portal.community.profile.Sex;
import org.reintegration.portal.community.profile.Suitability;
import org.reintegration.portal.community.profile.SuitabilityAnswer;
import org.reintegration.portal.community.profile.SuitabilityCriterion;
import org.reintegration.portal.community.profile.TensionDriver;
import org.springframework.stereotype.Repository;

@Repository
public class ProfileRepository {

    private final DSLContext db;

    ProfileRepository(DSLContext db) {
        this.db = db;
    }

    public long insert(long communityId, ProfileData data, String recordedBy, LocalDateTime now) {
        db.insertInto(COMMUNITY_PROFILE)
                .set(COMMUNITY_PROFILE.COMMUNITY_ID, communityId)
                .set(COMMUNITY_PROFILE.ASSESSED_ON, data.assessedOn())
                .set(COMMUNITY_PROFILE.METHOD, data.method().name())
                .set(COMMUNITY_PROFILE.PARTICIPANTS, names(data.participants()))
                .set(COMMUNITY_PROFILE.SOURCE_NOTES, data.sourceNotes())
                .set(COMMUNITY_PROFILE.POPULATION, data.population())
                .set(COMMUNITY_PROFILE.HOUSEHOLDS, data.households())
                .set(COMMUNITY_PROFILE.MAIN_SECTORS, data.mainSectors())
                .set(COMMUNITY_PROFILE.OPPORTUNITIES, data.opportunities())
                .set(COMMUNITY_PROFILE.SKILLS_IN_DEMAND, data.skillsInDemand())
                .set(COMMUNITY_PROFILE.TENSION_LEVEL, data.tension().name())
                .set(COMMUNITY_PROFILE.TENSION_DRIVERS, names(data.tensionDrivers()))
                .set(COMMUNITY_PROFILE.INCIDENTS, data.incidents())
                .set(COMMUNITY_PROFILE.PSYCHOSOCIAL_RESOURCES, data.psychosocialResources())
                .set(
                        COMMUNITY_PROFILE.PRIORITY_NEEDS,
                        data.priorityNeeds().isEmpty() ? null : String.join("\n", data.priorityNeeds()))
                .set(COMMUNITY_PROFILE.RECORDED_BY, recordedBy)
                .set(COMMUNITY_PROFILE.RECORDED_AT, now)
                .execute();
        long id = db.lastID().longValueExact();
        for (PopulationCount count : data.counts()) {
            db.insertInto(PROFILE_POPULATION)
                    .set(PROFILE_POPULATION.PROFILE_ID, id)
                    .set(PROFILE_POPULATION.POPULATION_GROUP, count.group().name())
                    .set(PROFILE_POPULATION.SEX, count.sex().name())
                    .set(PROFILE_POPULATION.AGE_BAND, count.ageBand().name())
                    .set(PROFILE_POPULATION.PEOPLE, count.people())
                    .execute();
        }
        for (ServiceAccess access : data.services()) {
            db.insertInto(PROFILE_SERVICE_ACCESS)
                    .set(PROFILE_SERVICE_ACCESS.PROFILE_ID, id)
                    .set(PROFILE_SERVICE_ACCESS.SERVICE, access.service().name())
                    .set(PROFILE_SERVICE_ACCESS.RATING, access.rating().name())
                    .set(PROFILE_SERVICE_ACCESS.NOTE, access.note())
                    .execute();
        }
        for (Suitability criterion : data.suitability()) {
            db.insertInto(PROFILE_SUITABILITY)
                    .set(PROFILE_SUITABILITY.PROFILE_ID, id)
                    .set(PROFILE_SUITABILITY.CRITERION, criterion.criterion().name())
                    .set(PROFILE_SUITABILITY.ANSWER, criterion.answer().name())
                    .set(PROFILE_SUITABILITY.NOTE, criterion.note())
                    .execute();
        }
        return id;
    }

    /** A community's profiles, newest assessment first (equal dates: last recorded first). */
    public List<Profile> history(long communityId) {
        var rows = db.selectFrom(COMMUNITY_PROFILE)
                .where(COMMUNITY_PROFILE.COMMUNITY_ID.eq(communityId))
                .orderBy(COMMUNITY_PROFILE.ASSESSED_ON.desc(), COMMUNITY_PROFILE.ID.desc())
                .fetch();
        Set<Long> ids = rows.stream().map(CommunityProfileRecord::getId).collect(Collectors.toSet());
        Map<Long, List<PopulationCount>> counts = db.selectFrom(PROFILE_POPULATION)
                .where(PROFILE_POPULATION.PROFILE_ID.in(ids))
                .fetchGroups(
                        PROFILE_POPULATION.PROFILE_ID,
                        r -> new PopulationCount(
                                PopulationGroup.valueOf(r.getPopulationGroup()), Sex.valueOf(r.getSex()),
                                AgeBand.valueOf(r.getAgeBand()), r.getPeople()));
        Map<Long, List<ServiceAccess>> services = db.selectFrom(PROFILE_SERVICE_ACCESS)
                .where(PROFILE_SERVICE_ACCESS.PROFILE_ID.in(ids))
                .fetchGroups(
                        PROFILE_SERVICE_ACCESS.PROFILE_ID,
                        r -> new ServiceAccess(
                                ServiceKind.valueOf(r.getService()), AccessRating.valueOf(r.getRating()), r.getNote()));
        Map<Long, List<Suitability>> suitability = db.selectFrom(PROFILE_SUITABILITY)
                .where(PROFILE_SUITABILITY.PROFILE_ID.in(ids))
                .fetchGroups(
                        PROFILE_SUITABILITY.PROFILE_ID,
                        r -> new Suitability(
                                SuitabilityCriterion.valueOf(r.getCriterion()),
                                SuitabilityAnswer.valueOf(r.getAnswer()),
                                r.getNote()));
        return rows.map(r -> new Profile(
                r.getId(),
                r.getCommunityId(),
                new ProfileData(
                        r.getAssessedOn(),
                        AssessmentMethod.valueOf(r.getMethod()),
                        enums(r.getParticipants(), Participant::valueOf),
                        r.getSourceNotes(),
                        r.getPopulation(),
                        r.getHouseholds(),
                        counts.getOrDefault(r.getId(), List.of()),
                        services.getOrDefault(r.getId(), List.of()),
                        r.getMainSectors(),
                        r.getOpportunities(),
                        r.getSkillsInDemand(),
                        TensionLevel.valueOf(r.getTensionLevel()),
                        enums(r.getTensionDrivers(), TensionDriver::valueOf),
                        r.getIncidents(),
                        r.getPsychosocialResources(),
                        r.getPriorityNeeds() == null
                                ? List.of()
                                : List.of(r.getPriorityNeeds().split("\n")),
                        suitability.getOrDefault(r.getId(), List.of())),
                r.getRecordedBy(),
                r.getRecordedAt()));
    }

    private static String names(Collection<? extends Enum<?>> values) {
        return values.isEmpty()
                ? null
                : values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static <E extends Enum<E>> Set<E> enums(String names, Function<String, E> parse) {
        return names == null || names.isBlank()
                ? Set.of()
                : Arrays.stream(names.split(",")).map(parse).collect(Collectors.toSet());
    }
}
