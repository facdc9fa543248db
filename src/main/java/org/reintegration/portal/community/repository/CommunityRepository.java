package org.reintegration.portal.community.repository;

import static org.reintegration.portal.base.jooq.Tables.COMMUNITY;
import static org.reintegration.portal.base.jooq.Tables.COMMUNITY_PROFILE;
import static org.reintegration.portal.base.jooq.Tables.INITIATIVE;
import static org.reintegration.portal.base.jooq.Tables.PROJECT;
import static org.reintegration.portal.base.jooq.Tables.RETURNEE_COUNT;
import static org.reintegration.portal.base.jooq.Tables.ROUND_COMMUNITY;
import static org.reintegration.portal.base.jooq.Tables.SERVICE_PROVIDER;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.reintegration.portal.base.LatLon;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.base.jooq.tables.records.CommunityRecord;
import org.reintegration.portal.community.Community;
import org.reintegration.portal.community.CommunityData;
import org.reintegration.portal.community.CommunityFilter;
import org.reintegration.portal.community.CommunityNameKey;
import org.reintegration.portal.community.CommunityPoint;
import org.reintegration.portal.community.CommunitySort;
import org.reintegration.portal.community.CurrentFigures;
import org.reintegration.portal.community.TensionLevel;
import org.springframework.stereotype.Repository;

@Repository
public class CommunityRepository {

    /** Tension levels ranked for sorting: a level's position in {@link TensionLevel}, -1 when not profiled. */
    private static final Field<Integer> TENSION_RANK = DSL.decode()
            .when(COMMUNITY.CURRENT_TENSION_LEVEL.eq(TensionLevel.HIGH.name()), DSL.inline(3))
            .when(COMMUNITY.CURRENT_TENSION_LEVEL.eq(TensionLevel.MEDIUM.name()), DSL.inline(2))
            .when(COMMUNITY.CURRENT_TENSION_LEVEL.eq(TensionLevel.LOW.name()), DSL.inline(1))
            .when(COMMUNITY.CURRENT_TENSION_LEVEL.eq(TensionLevel.NONE.name()), DSL.inline(0))
            .otherwise(DSL.inline(-1));

    /** The columns a {@link Community} is made of. */
    private static final List<Field<?>> COMMUNITY_COLUMNS = List.of(
            COMMUNITY.ID,
            COMMUNITY.NAME,
            COMMUNITY.NAME_LANGUAGE,
            COMMUNITY.ADMIN_PCODE,
            COMMUNITY.LATITUDE,
            COMMUNITY.LONGITUDE,
            COMMUNITY.DESCRIPTION,
            COMMUNITY.ARCHIVED,
            COMMUNITY.LAST_PROFILED_ON,
            COMMUNITY.CURRENT_TENSION_LEVEL,
            COMMUNITY.CURRENT_RETURNEE_SHARE);

    private final DSLContext db;

    CommunityRepository(DSLContext db) {
        this.db = db;
    }

    /** Community ids by area and name ({@code PCODE|lower-case name}) for the given areas; the oldest wins a tie. */
    public java.util.Map<String, Long> idsByAreaAndName(Collection<PCode> areas) {
        java.util.Map<String, Long> ids = new java.util.HashMap<>();
        if (areas.isEmpty()) {
            return ids;
        }
        db.select(COMMUNITY.ID, COMMUNITY.ADMIN_PCODE, COMMUNITY.NAME)
                .from(COMMUNITY)
                .where(COMMUNITY.ADMIN_PCODE.in(
                        areas.stream().map(PCode::value).distinct().toList()))
                .orderBy(COMMUNITY.ID)
                .forEach(r -> ids.putIfAbsent(CommunityNameKey.of(PCode.of(r.value2()), r.value3()), r.value1()));
        return ids;
    }

    public Optional<Community> find(long id) {
        return db.select(COMMUNITY_COLUMNS)
                .from(COMMUNITY)
                .where(COMMUNITY.ID.eq(id))
                .fetchOptional(CommunityRepository::toCommunity);
    }

    /**
     * One page of communities.
     *
     * @param areas only communities in these admin areas; null for any area
     */
    public List<Community> findPage(
            Collection<PCode> areas, CommunityFilter filter, CommunitySort sort, int offset, int limit) {
        return db.select(COMMUNITY_COLUMNS)
                .from(COMMUNITY)
                .where(conditions(areas, filter))
                .orderBy(order(sort))
                .limit(limit)
                .offset(offset)
                .fetch(CommunityRepository::toCommunity);
    }

    /**
     * The communities with a point that are not archived, with the few columns the map needs.
     *
     * @param areas only communities in these areas; null for any area
     */
    public List<CommunityPoint> findPoints(Collection<PCode> areas) {
        return points(areas, DSL.noCondition(), COMMUNITY.ID, Integer.MAX_VALUE);
    }

    /**
     * The communities with a point whose name contains the text, by name, at most {@code limit}; the
     * database's collation ignores case and accents.
     */
    public List<CommunityPoint> findPointsNamed(Collection<PCode> areas, String nameContains, int limit) {
        return points(areas, COMMUNITY.NAME.contains(nameContains), COMMUNITY.NAME, limit);
    }

    private List<CommunityPoint> points(Collection<PCode> areas, Condition also, Field<?> order, int limit) {
        Condition condition =
                COMMUNITY.ARCHIVED.isFalse().and(COMMUNITY.LATITUDE.isNotNull()).and(also);
        if (areas != null) {
            condition = condition.and(
                    COMMUNITY.ADMIN_PCODE.in(areas.stream().map(PCode::value).toList()));
        }
        return db.select(
                        COMMUNITY.ID,
                        COMMUNITY.NAME,
                        COMMUNITY.ADMIN_PCODE,
                        COMMUNITY.LATITUDE,
                        COMMUNITY.LONGITUDE,
                        COMMUNITY.CURRENT_TENSION_LEVEL,
                        COMMUNITY.CURRENT_RETURNEE_SHARE,
                        COMMUNITY.LAST_PROFILED_ON)
                .from(COMMUNITY)
                .where(condition)
                .orderBy(order, COMMUNITY.ID)
                .limit(limit)
                .fetch(r -> new CommunityPoint(
                        r.value1(),
                        r.value2(),
                        PCode.of(r.value3()),
                        new LatLon(r.value4().doubleValue(), r.value5().doubleValue()),
                        r.value6() == null ? null : TensionLevel.valueOf(r.value6()),
                        r.value7() == null ? null : r.value7().doubleValue(),
                        r.value8()));
    }

    public int count(Collection<PCode> areas, CommunityFilter filter) {
        return db.fetchCount(COMMUNITY, conditions(areas, filter));
    }

    public long insert(CommunityData data, LocalDateTime now) {
        CommunityRecord record = db.newRecord(COMMUNITY);
        fill(record, data);
        record.setArchived(false);
        record.setCreatedAt(now);
        record.setUpdatedAt(now);
        db.insertInto(COMMUNITY).set(record).execute();
        // Not INSERT … RETURNING: Connector/J refuses it on MariaDB. LAST_INSERT_ID() is per connection.
        return db.lastID().longValueExact();
    }

    public void update(long id, CommunityData data, LocalDateTime now) {
        CommunityRecord record = db.newRecord(COMMUNITY);
        fill(record, data);
        record.setUpdatedAt(now);
        db.update(COMMUNITY).set(record).where(COMMUNITY.ID.eq(id)).execute();
    }

    /** True when anything is recorded about the community: profiles, returnee counts or service providers. */
    public boolean hasRecords(long id) {
        return db.fetchExists(COMMUNITY_PROFILE, COMMUNITY_PROFILE.COMMUNITY_ID.eq(id))
                || db.fetchExists(RETURNEE_COUNT, RETURNEE_COUNT.COMMUNITY_ID.eq(id))
                || db.fetchExists(SERVICE_PROVIDER, SERVICE_PROVIDER.COMMUNITY_ID.eq(id))
                || db.fetchExists(INITIATIVE, INITIATIVE.COMMUNITY_ID.eq(id))
                || db.fetchExists(ROUND_COMMUNITY, ROUND_COMMUNITY.COMMUNITY_ID.eq(id))
                || db.fetchExists(PROJECT, PROJECT.COMMUNITY_ID.eq(id));
    }

    public void delete(long id) {
        db.deleteFrom(COMMUNITY).where(COMMUNITY.ID.eq(id)).execute();
    }

    /** Copies the current profile's key figures onto the community, for fast lists and filters. */
    public void setCurrentProfile(
            long communityId, long profileId, LocalDate assessedOn, TensionLevel tension, BigDecimal returneeShare) {
        db.update(COMMUNITY)
                .set(COMMUNITY.CURRENT_PROFILE_ID, profileId)
                .set(COMMUNITY.LAST_PROFILED_ON, assessedOn)
                .set(COMMUNITY.CURRENT_TENSION_LEVEL, tension.name())
                .set(COMMUNITY.CURRENT_RETURNEE_SHARE, returneeShare)
                .where(COMMUNITY.ID.eq(communityId))
                .execute();
    }

    public void setArchived(long id, boolean archived, LocalDateTime now) {
        db.update(COMMUNITY)
                .set(COMMUNITY.ARCHIVED, archived)
                .set(COMMUNITY.UPDATED_AT, now)
                .where(COMMUNITY.ID.eq(id))
                .execute();
    }

    private static Condition conditions(Collection<PCode> areas, CommunityFilter filter) {
        Condition condition = DSL.noCondition();
        if (areas != null) {
            condition = condition.and(
                    COMMUNITY.ADMIN_PCODE.in(areas.stream().map(PCode::value).toList()));
        }
        if (filter.nameContains() != null && !filter.nameContains().isBlank()) {
            condition = condition.and(
                    COMMUNITY.NAME.containsIgnoreCase(filter.nameContains().strip()));
        }
        if (!filter.includeArchived()) {
            condition = condition.and(COMMUNITY.ARCHIVED.isFalse());
        }
        if (filter.tension() != null) {
            condition = condition.and(
                    COMMUNITY.CURRENT_TENSION_LEVEL.eq(filter.tension().name()));
        }
        if (filter.minReturneeShare() != null) {
            condition =
                    condition.and(COMMUNITY.CURRENT_RETURNEE_SHARE.ge(BigDecimal.valueOf(filter.minReturneeShare())));
        }
        if (filter.notProfiledSince() != null) {
            condition = condition.and(
                    COMMUNITY.LAST_PROFILED_ON.isNull().or(COMMUNITY.LAST_PROFILED_ON.lt(filter.notProfiledSince())));
        }
        return condition;
    }

    private static List<SortField<?>> order(CommunitySort sort) {
        return switch (sort) {
            case NAME -> List.of(COMMUNITY.NAME.asc(), COMMUNITY.ID.asc());
            case AREA -> List.of(COMMUNITY.ADMIN_PCODE.asc(), COMMUNITY.NAME.asc(), COMMUNITY.ID.asc());
            case RECENTLY_CHANGED -> List.of(COMMUNITY.UPDATED_AT.desc(), COMMUNITY.ID.desc());
            case TENSION -> List.of(TENSION_RANK.desc(), COMMUNITY.NAME.asc(), COMMUNITY.ID.asc());
            case LAST_PROFILED ->
                List.of(COMMUNITY.LAST_PROFILED_ON.asc().nullsFirst(), COMMUNITY.NAME.asc(), COMMUNITY.ID.asc());
        };
    }

    private static void fill(CommunityRecord record, CommunityData data) {
        record.setName(data.name());
        record.setNameLanguage(data.nameLanguage());
        record.setAdminPcode(data.area().value());
        record.setLatitude(
                data.location() == null ? null : degrees(data.location().lat()));
        record.setLongitude(
                data.location() == null ? null : degrees(data.location().lon()));
        record.setDescription(data.description());
    }

    private static Community toCommunity(Record r) {
        BigDecimal latitude = r.get(COMMUNITY.LATITUDE);
        LatLon location = latitude == null
                ? null
                : new LatLon(latitude.doubleValue(), r.get(COMMUNITY.LONGITUDE).doubleValue());
        LocalDate profiledOn = r.get(COMMUNITY.LAST_PROFILED_ON);
        BigDecimal returneeShare = r.get(COMMUNITY.CURRENT_RETURNEE_SHARE);
        CurrentFigures current = profiledOn == null
                ? null
                : new CurrentFigures(
                        profiledOn,
                        TensionLevel.valueOf(r.get(COMMUNITY.CURRENT_TENSION_LEVEL)),
                        returneeShare == null ? null : returneeShare.doubleValue());
        return new Community(
                r.get(COMMUNITY.ID),
                new CommunityData(
                        r.get(COMMUNITY.NAME),
                        r.get(COMMUNITY.NAME_LANGUAGE),
                        PCode.of(r.get(COMMUNITY.ADMIN_PCODE)),
                        location,
                        r.get(COMMUNITY.DESCRIPTION)),
                r.get(COMMUNITY.ARCHIVED),
                current);
    }

    private static BigDecimal degrees(double value) {
        return BigDecimal.valueOf(value).setScale(5, RoundingMode.HALF_UP);
    }
}
