package org.reintegration.portal.community.repository;

import static org.reintegration.portal.base.jooq.Tables.COMMUNITY;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.reintegration.portal.base.LatLon;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.base.jooq.tables.records.CommunityRecord;
import org.reintegration.portal.community.Community;
import org.reintegration.portal.community.CommunityData;
import org.reintegration.portal.community.CommunitySort;
import org.springframework.stereotype.Repository;

@Repository
public class CommunityRepository {

    private final DSLContext db;

    CommunityRepository(DSLContext db) {
        this.db = db;
    }

    public Optional<Community> find(long id) {
        return db.selectFrom(COMMUNITY).where(COMMUNITY.ID.eq(id)).fetchOptional(CommunityRepository::toCommunity);
    }

    /**
     * One page of communities.
     *
     * @param areas only communities in these admin areas; null for any area
     */
    public List<Community> findPage(
            Collection<PCode> areas,
            String nameContains,
            boolean includeArchived,
            CommunitySort sort,
            int offset,
            int limit) {
        return db.selectFrom(COMMUNITY)
                .where(conditions(areas, nameContains, includeArchived))
                .orderBy(order(sort))
                .limit(limit)
                .offset(offset)
                .fetch(CommunityRepository::toCommunity);
    }

    public int count(Collection<PCode> areas, String nameContains, boolean includeArchived) {
        return db.fetchCount(COMMUNITY, conditions(areas, nameContains, includeArchived));
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

    public void setArchived(long id, boolean archived, LocalDateTime now) {
        db.update(COMMUNITY)
                .set(COMMUNITY.ARCHIVED, archived)
                .set(COMMUNITY.UPDATED_AT, now)
                .where(COMMUNITY.ID.eq(id))
                .execute();
    }

    private static Condition conditions(Collection<PCode> areas, String nameContains, boolean includeArchived) {
        Condition condition = DSL.noCondition();
        if (areas != null) {
            condition = condition.and(
                    COMMUNITY.ADMIN_PCODE.in(areas.stream().map(PCode::value).toList()));
        }
        if (nameContains != null && !nameContains.isBlank()) {
            condition = condition.and(COMMUNITY.NAME.containsIgnoreCase(nameContains.strip()));
        }
        if (!includeArchived) {
            condition = condition.and(COMMUNITY.ARCHIVED.isFalse());
        }
        return condition;
    }

    private static List<SortField<?>> order(CommunitySort sort) {
        return switch (sort) {
            case NAME -> List.of(COMMUNITY.NAME.asc(), COMMUNITY.ID.asc());
            case AREA -> List.of(COMMUNITY.ADMIN_PCODE.asc(), COMMUNITY.NAME.asc(), COMMUNITY.ID.asc());
            case RECENTLY_CHANGED -> List.of(COMMUNITY.UPDATED_AT.desc(), COMMUNITY.ID.desc());
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

    private static Community toCommunity(CommunityRecord r) {
        LatLon location = r.getLatitude() == null
                ? null
                : new LatLon(r.getLatitude().doubleValue(), r.getLongitude().doubleValue());
        return new Community(
                r.getId(),
                new CommunityData(
                        r.getName(), r.getNameLanguage(), PCode.of(r.getAdminPcode()), location, r.getDescription()),
                r.getArchived());
    }

    private static BigDecimal degrees(double value) {
        return BigDecimal.valueOf(value).setScale(5, RoundingMode.HALF_UP);
    }
}
