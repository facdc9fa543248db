package org.reintegration.portal.community.provider.repository;

import static org.reintegration.portal.base.jooq.Tables.COMMUNITY;
import static org.reintegration.portal.base.jooq.Tables.SERVICE_PROVIDER;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.base.jooq.tables.records.ServiceProviderRecord;
import org.reintegration.portal.community.provider.ProviderType;
import org.reintegration.portal.community.provider.ServiceProvider;
import org.reintegration.portal.community.provider.ServiceProviderData;
import org.reintegration.portal.community.provider.ServiceProviderFilter;
import org.reintegration.portal.community.provider.StakeholderKind;
import org.springframework.stereotype.Repository;

@Repository
public class ServiceProviderRepository {

    private final DSLContext db;

    ServiceProviderRepository(DSLContext db) {
        this.db = db;
    }

    public Optional<ServiceProvider> find(long id) {
        return select().where(SERVICE_PROVIDER.ID.eq(id)).fetchOptional(ServiceProviderRepository::toProvider);
    }

    /**
     * One page of providers, by name.
     *
     * @param areas only providers in these admin areas; null for any area
     */
    public List<ServiceProvider> findPage(
            Collection<PCode> areas, ServiceProviderFilter filter, int offset, int limit) {
        return select().where(inAreas(areas).and(matching(filter)))
                .orderBy(SERVICE_PROVIDER.NAME.asc(), SERVICE_PROVIDER.ID.asc())
                .limit(limit)
                .offset(offset)
                .fetch(ServiceProviderRepository::toProvider);
    }

    public int count(Collection<PCode> areas, ServiceProviderFilter filter) {
        return db.fetchCount(SERVICE_PROVIDER, inAreas(areas).and(matching(filter)));
    }

    /**
     * The providers of one community together with those serving any of the given areas as a
     * whole, by name.
     */
    public List<ServiceProvider> findReaching(long communityId, Collection<PCode> areas, ServiceProviderFilter filter) {
        Condition wholeArea = SERVICE_PROVIDER.COMMUNITY_ID.isNull().and(SERVICE_PROVIDER.ADMIN_PCODE.in(codes(areas)));
        return select().where(SERVICE_PROVIDER.COMMUNITY_ID.eq(communityId).or(wholeArea))
                .and(matching(filter))
                .orderBy(SERVICE_PROVIDER.NAME.asc(), SERVICE_PROVIDER.ID.asc())
                .fetch(ServiceProviderRepository::toProvider);
    }

    public long insert(ServiceProviderData data, LocalDateTime now) {
        ServiceProviderRecord record = db.newRecord(SERVICE_PROVIDER);
        fill(record, data);
        record.setCreatedAt(now);
        record.setUpdatedAt(now);
        db.insertInto(SERVICE_PROVIDER).set(record).execute();
        // Not INSERT … RETURNING: Connector/J refuses it on MariaDB. LAST_INSERT_ID() is per connection.
        return db.lastID().longValueExact();
    }

    public void update(long id, ServiceProviderData data, LocalDateTime now) {
        ServiceProviderRecord record = db.newRecord(SERVICE_PROVIDER);
        fill(record, data);
        record.setUpdatedAt(now);
        db.update(SERVICE_PROVIDER)
                .set(record)
                .where(SERVICE_PROVIDER.ID.eq(id))
                .execute();
    }

    public void delete(long id) {
        db.deleteFrom(SERVICE_PROVIDER).where(SERVICE_PROVIDER.ID.eq(id)).execute();
    }

    private SelectOnConditionStep<Record> select() {
        return db.select(SERVICE_PROVIDER.fields())
                .select(COMMUNITY.NAME)
                .from(SERVICE_PROVIDER)
                .leftJoin(COMMUNITY)
                .on(COMMUNITY.ID.eq(SERVICE_PROVIDER.COMMUNITY_ID));
    }

    private static Condition inAreas(Collection<PCode> areas) {
        return areas == null ? DSL.noCondition() : SERVICE_PROVIDER.ADMIN_PCODE.in(codes(areas));
    }

    private static Condition matching(ServiceProviderFilter filter) {
        Condition condition = DSL.noCondition();
        if (filter.type() != null) {
            condition = condition.and(
                    SERVICE_PROVIDER.PROVIDER_TYPE.eq(filter.type().name()));
        }
        if (filter.acceptingReferralsOnly()) {
            condition = condition.and(SERVICE_PROVIDER.ACCEPTS_REFERRALS.isTrue());
        }
        return condition;
    }

    private static List<String> codes(Collection<PCode> areas) {
        return areas.stream().map(PCode::value).toList();
    }

    private static void fill(ServiceProviderRecord record, ServiceProviderData data) {
        record.setAdminPcode(data.area().value());
        record.setCommunityId(data.communityId());
        record.setName(data.name());
        record.setOrganisation(data.organisation());
        record.setProviderType(data.type().name());
        record.setStakeholderKind(data.kind().name());
        record.setContact(data.contact());
        record.setLatitude(degrees(data.latitude()));
        record.setLongitude(degrees(data.longitude()));
        record.setCapacity(data.capacity());
        record.setAcceptsReferrals(data.acceptsReferrals());
        record.setNotes(data.notes());
    }

    private static ServiceProvider toProvider(Record row) {
        ServiceProviderRecord r = row.into(SERVICE_PROVIDER);
        ServiceProviderData data = new ServiceProviderData(
                PCode.of(r.getAdminPcode()),
                r.getCommunityId(),
                r.getName(),
                r.getOrganisation(),
                ProviderType.valueOf(r.getProviderType()),
                StakeholderKind.valueOf(r.getStakeholderKind()),
                r.getContact(),
                r.getLatitude() == null ? null : r.getLatitude().doubleValue(),
                r.getLongitude() == null ? null : r.getLongitude().doubleValue(),
                r.getCapacity(),
                r.getAcceptsReferrals(),
                r.getNotes());
        return new ServiceProvider(r.getId(), data, row.get(COMMUNITY.NAME), r.getUpdatedAt());
    }

    private static BigDecimal degrees(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(5, RoundingMode.HALF_UP);
    }
}
