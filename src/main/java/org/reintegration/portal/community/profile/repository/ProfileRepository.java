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
import org.jooq.Field;
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

    /** The columns of a profile's own row that a {@link Profile} is made of. */
    private static final List<Field<?>> PROFILE_COLUMNS = List.of(
            COMMUNITY_PROFILE.ID,
            COMMUNITY_PROFILE.COMMUNITY_ID,
            COMMUNITY_PROFILE.ASSESSED_ON,
            COMMUNITY_PROFILE.METHOD,
            COMMUNITY_PROFILE.PARTICIPANTS,
            COMMUNITY_PROFILE.SOURCE_NOTES,
            COMMUNITY_PROFILE.POPULATION,
            COMMUNITY_PROFILE.HOUSEHOLDS,
            COMMUNITY_PROFILE.MAIN_SECTORS,
            COMMUNITY_PROFILE.OPPORTUNITIES,
            COMMUNITY_PROFILE.SKILLS_IN_DEMAND,
            COMMUNITY_PROFILE.TENSION_LEVEL,
            COMMUNITY_PROFILE.TENSION_DRIVERS,
            COMMUNITY_PROFILE.INCIDENTS,
            COMMUNITY_PROFILE.PSYCHOSOCIAL_RESOURCES,
            COMMUNITY_PROFILE.PRIORITY_NEEDS,
            COMMUNITY_PROFILE.RECORDED_BY,
            COMMUNITY_PROFILE.RECORDED_AT);

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
        var rows = db.select(PROFILE_COLUMNS)
                .from(COMMUNITY_PROFILE)
                .where(COMMUNITY_PROFILE.COMMUNITY_ID.eq(communityId))
                .orderBy(COMMUNITY_PROFILE.ASSESSED_ON.desc(), COMMUNITY_PROFILE.ID.desc())
                .fetch();
        Set<Long> ids = rows.stream().map(r -> r.get(COMMUNITY_PROFILE.ID)).collect(Collectors.toSet());
        Map<Long, List<PopulationCount>> counts = db.select(
                        PROFILE_POPULATION.PROFILE_ID,
                        PROFILE_POPULATION.POPULATION_GROUP,
                        PROFILE_POPULATION.SEX,
                        PROFILE_POPULATION.AGE_BAND,
                        PROFILE_POPULATION.PEOPLE)
                .from(PROFILE_POPULATION)
                .where(PROFILE_POPULATION.PROFILE_ID.in(ids))
                .fetchGroups(
                        PROFILE_POPULATION.PROFILE_ID,
                        r -> new PopulationCount(
                                PopulationGroup.valueOf(r.value2()),
                                Sex.valueOf(r.value3()),
                                AgeBand.valueOf(r.value4()),
                                r.value5()));
        Map<Long, List<ServiceAccess>> services = db.select(
                        PROFILE_SERVICE_ACCESS.PROFILE_ID,
                        PROFILE_SERVICE_ACCESS.SERVICE,
                        PROFILE_SERVICE_ACCESS.RATING,
                        PROFILE_SERVICE_ACCESS.NOTE)
                .from(PROFILE_SERVICE_ACCESS)
                .where(PROFILE_SERVICE_ACCESS.PROFILE_ID.in(ids))
                .fetchGroups(
                        PROFILE_SERVICE_ACCESS.PROFILE_ID,
                        r -> new ServiceAccess(
                                ServiceKind.valueOf(r.value2()), AccessRating.valueOf(r.value3()), r.value4()));
        Map<Long, List<Suitability>> suitability = db.select(
                        PROFILE_SUITABILITY.PROFILE_ID,
                        PROFILE_SUITABILITY.CRITERION,
                        PROFILE_SUITABILITY.ANSWER,
                        PROFILE_SUITABILITY.NOTE)
                .from(PROFILE_SUITABILITY)
                .where(PROFILE_SUITABILITY.PROFILE_ID.in(ids))
                .fetchGroups(
                        PROFILE_SUITABILITY.PROFILE_ID,
                        r -> new Suitability(
                                SuitabilityCriterion.valueOf(r.value2()),
                                SuitabilityAnswer.valueOf(r.value3()),
                                r.value4()));
        return rows.map(r -> {
            long id = r.get(COMMUNITY_PROFILE.ID);
            String needs = r.get(COMMUNITY_PROFILE.PRIORITY_NEEDS);
            return new Profile(
                    id,
                    r.get(COMMUNITY_PROFILE.COMMUNITY_ID),
                    new ProfileData(
                            r.get(COMMUNITY_PROFILE.ASSESSED_ON),
                            AssessmentMethod.valueOf(r.get(COMMUNITY_PROFILE.METHOD)),
                            enums(r.get(COMMUNITY_PROFILE.PARTICIPANTS), Participant::valueOf),
                            r.get(COMMUNITY_PROFILE.SOURCE_NOTES),
                            r.get(COMMUNITY_PROFILE.POPULATION),
                            r.get(COMMUNITY_PROFILE.HOUSEHOLDS),
                            counts.getOrDefault(id, List.of()),
                            services.getOrDefault(id, List.of()),
                            r.get(COMMUNITY_PROFILE.MAIN_SECTORS),
                            r.get(COMMUNITY_PROFILE.OPPORTUNITIES),
                            r.get(COMMUNITY_PROFILE.SKILLS_IN_DEMAND),
                            TensionLevel.valueOf(r.get(COMMUNITY_PROFILE.TENSION_LEVEL)),
                            enums(r.get(COMMUNITY_PROFILE.TENSION_DRIVERS), TensionDriver::valueOf),
                            r.get(COMMUNITY_PROFILE.INCIDENTS),
                            r.get(COMMUNITY_PROFILE.PSYCHOSOCIAL_RESOURCES),
                            needs == null ? List.of() : List.of(needs.split("\n")),
                            suitability.getOrDefault(id, List.of())),
                    r.get(COMMUNITY_PROFILE.RECORDED_BY),
                    r.get(COMMUNITY_PROFILE.RECORDED_AT));
        });
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
