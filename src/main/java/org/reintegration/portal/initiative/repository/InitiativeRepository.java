package org.reintegration.portal.initiative.repository;

import static org.reintegration.portal.base.jooq.Tables.ADMIN_AREA;
import static org.reintegration.portal.base.jooq.Tables.COMMUNITY;
import static org.reintegration.portal.base.jooq.Tables.INITIATIVE;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.reintegration.portal.base.LatLon;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.base.jooq.tables.records.InitiativeRecord;
import org.reintegration.portal.community.TensionLevel;
import org.reintegration.portal.initiative.Beneficiaries;
import org.reintegration.portal.initiative.CommunityChoice;
import org.reintegration.portal.initiative.Initiative;
import org.reintegration.portal.initiative.InitiativeData;
import org.reintegration.portal.initiative.InitiativeFilter;
import org.reintegration.portal.initiative.InitiativeStatus;
import org.reintegration.portal.initiative.InitiativeType;
import org.reintegration.portal.initiative.Moderation;
import org.reintegration.portal.initiative.Photo;
import org.reintegration.portal.initiative.ProposalChannel;
import org.reintegration.portal.initiative.TypeDetails;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@Repository
public class InitiativeRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Every column but the photo, which lists must not drag along. */
    private static final List<Field<?>> COLUMNS;

    static {
        List<Field<?>> columns = new ArrayList<>(List.of(INITIATIVE.fields()));
        columns.remove(INITIATIVE.PHOTO);
        columns.add(COMMUNITY.NAME);
        columns.add(COMMUNITY.ADMIN_PCODE);
        COLUMNS = List.copyOf(columns);
    }

    private final DSLContext db;

    InitiativeRepository(DSLContext db) {
        this.db = db;
    }

    public Optional<Initiative> find(long id) {
        return db.select(COLUMNS)
                .from(INITIATIVE)
                .join(COMMUNITY)
                .on(COMMUNITY.ID.eq(INITIATIVE.COMMUNITY_ID))
                .where(INITIATIVE.ID.eq(id))
                .fetchOptional(InitiativeRepository::toInitiative);
    }

    /** The initiatives with these ids, in no particular order; unknown ids are left out. */
    public List<Initiative> findAll(Collection<Long> ids) {
        return db.select(COLUMNS)
                .from(INITIATIVE)
                .join(COMMUNITY)
                .on(COMMUNITY.ID.eq(INITIATIVE.COMMUNITY_ID))
                .where(INITIATIVE.ID.in(ids))
                .fetch(InitiativeRepository::toInitiative);
    }

    /**
     * One page of initiatives, newest first.
     *
     * @param areas only initiatives of communities in these admin areas; null for any
     * @param publishedOnly only those that may be shown publicly
     */
    public List<Initiative> findPage(
            Collection<PCode> areas, InitiativeFilter filter, boolean publishedOnly, int offset, int limit) {
        return db.select(COLUMNS)
                .from(INITIATIVE)
                .join(COMMUNITY)
                .on(COMMUNITY.ID.eq(INITIATIVE.COMMUNITY_ID))
                .where(conditions(areas, filter, publishedOnly))
                .orderBy(INITIATIVE.CREATED_AT.desc(), INITIATIVE.ID.desc())
                .limit(limit)
                .offset(offset)
                .fetch(InitiativeRepository::toInitiative);
    }

    public int count(Collection<PCode> areas, InitiativeFilter filter, boolean publishedOnly) {
        return db.fetchCount(db.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .join(COMMUNITY)
                .on(COMMUNITY.ID.eq(INITIATIVE.COMMUNITY_ID))
                .where(conditions(areas, filter, publishedOnly)));
    }

    /** Initiatives of these communities in one of these statuses, by title: candidates for a ballot. */
    public List<Initiative> findByCommunities(Collection<Long> communityIds, Collection<InitiativeStatus> statuses) {
        return db.select(COLUMNS)
                .from(INITIATIVE)
                .join(COMMUNITY)
                .on(COMMUNITY.ID.eq(INITIATIVE.COMMUNITY_ID))
                .where(INITIATIVE.COMMUNITY_ID.in(communityIds))
                .and(INITIATIVE.STATUS.in(statuses.stream().map(Enum::name).toList()))
                .and(INITIATIVE.PUBLISHED.isTrue())
                .orderBy(INITIATIVE.TITLE.asc(), INITIATIVE.ID.asc())
                .fetch(InitiativeRepository::toInitiative);
    }

    public long insert(
            InitiativeData data,
            String currency,
            Photo photo,
            ProposalChannel channel,
            String enteredBy,
            String meetingNote,
            LocalDateTime now) {
        InitiativeRecord record = db.newRecord(INITIATIVE);
        fill(record, data);
        record.setCurrency(currency);
        if (photo != null) {
            record.setPhoto(photo.bytes());
            record.setPhotoType(photo.mediaType());
        }
        record.setStatus(InitiativeStatus.PROPOSED.name());
        boolean publicForm = channel == ProposalChannel.PUBLIC_FORM;
        record.setPublished(!publicForm);
        record.setModeration(publicForm ? Moderation.PENDING.name() : null);
        record.setProposalChannel(channel.name());
        record.setEnteredBy(enteredBy);
        record.setMeetingNote(meetingNote);
        record.setCreatedAt(now);
        record.setUpdatedAt(now);
        db.insertInto(INITIATIVE).set(record).execute();
        // Not INSERT … RETURNING: Connector/J refuses it on MariaDB. LAST_INSERT_ID() is per connection.
        return db.lastID().longValueExact();
    }

    /** Replaces what the proposer entered; a null photo keeps the stored one. */
    public void update(long id, InitiativeData data, Photo photo, LocalDateTime now) {
        InitiativeRecord record = db.newRecord(INITIATIVE);
        fill(record, data);
        if (photo != null) {
            record.setPhoto(photo.bytes());
            record.setPhotoType(photo.mediaType());
        }
        record.setUpdatedAt(now);
        db.update(INITIATIVE).set(record).where(INITIATIVE.ID.eq(id)).execute();
    }

    public void removePhoto(long id, LocalDateTime now) {
        db.update(INITIATIVE)
                .setNull(INITIATIVE.PHOTO)
                .setNull(INITIATIVE.PHOTO_TYPE)
                .set(INITIATIVE.UPDATED_AT, now)
                .where(INITIATIVE.ID.eq(id))
                .execute();
    }

    public Optional<Photo> photo(long id) {
        return db.select(INITIATIVE.PHOTO, INITIATIVE.PHOTO_TYPE)
                .from(INITIATIVE)
                .where(INITIATIVE.ID.eq(id))
                .and(INITIATIVE.PHOTO.isNotNull())
                .fetchOptional(r -> new Photo(r.value1(), r.value2()));
    }

    public void moderate(long id, Moderation moderation, String note, String by, LocalDateTime now) {
        db.update(INITIATIVE)
                .set(INITIATIVE.MODERATION, moderation.name())
                .set(INITIATIVE.MODERATION_NOTE, note)
                .set(INITIATIVE.MODERATED_BY, by)
                .set(INITIATIVE.MODERATED_AT, now)
                .set(INITIATIVE.PUBLISHED, moderation == Moderation.APPROVED)
                .set(INITIATIVE.UPDATED_AT, now)
                .where(INITIATIVE.ID.eq(id))
                .execute();
    }

    /**
     * Moves initiatives to a status, but only those still in {@code from}: returns how many moved, so
     * that a caller can tell when another request changed one meanwhile.
     */
    public int setStatus(Collection<Long> ids, InitiativeStatus from, InitiativeStatus to, LocalDateTime now) {
        return db.update(INITIATIVE)
                .set(INITIATIVE.STATUS, to.name())
                .set(INITIATIVE.UPDATED_AT, now)
                .where(INITIATIVE.ID.in(ids))
                .and(INITIATIVE.STATUS.eq(from.name()))
                .execute();
    }

    public void setValidatedCost(long id, BigDecimal cost, LocalDateTime now) {
        db.update(INITIATIVE)
                .set(INITIATIVE.VALIDATED_COST, cost)
                .set(INITIATIVE.UPDATED_AT, now)
                .where(INITIATIVE.ID.eq(id))
                .execute();
    }

    /** The admin area of a community that is not archived, if there is one. */
    public Optional<PCode> areaOfActiveCommunity(long communityId) {
        return db.select(COMMUNITY.ADMIN_PCODE)
                .from(COMMUNITY)
                .where(COMMUNITY.ID.eq(communityId))
                .and(COMMUNITY.ARCHIVED.isFalse())
                .fetchOptional(r -> PCode.of(r.value1()));
    }

    /** The tension level of the community's current profile, if it was ever profiled. */
    public Optional<TensionLevel> currentTension(long communityId) {
        return db.select(COMMUNITY.CURRENT_TENSION_LEVEL)
                .from(COMMUNITY)
                .where(COMMUNITY.ID.eq(communityId))
                .and(COMMUNITY.CURRENT_TENSION_LEVEL.isNotNull())
                .fetchOptional(r -> TensionLevel.valueOf(r.value1()));
    }

    /** Communities a proposal can be made for (not archived), by name, matching the text if given. */
    public List<CommunityChoice> communityChoices(String nameContains, int offset, int limit) {
        Condition condition = COMMUNITY.ARCHIVED.isFalse();
        if (nameContains != null && !nameContains.isBlank()) {
            condition = condition.and(COMMUNITY.NAME.containsIgnoreCase(nameContains.strip()));
        }
        return db.select(COMMUNITY.ID, COMMUNITY.NAME, ADMIN_AREA.NAME)
                .from(COMMUNITY)
                .leftJoin(ADMIN_AREA)
                .on(ADMIN_AREA.PCODE.eq(COMMUNITY.ADMIN_PCODE))
                .where(condition)
                .orderBy(COMMUNITY.NAME.asc(), COMMUNITY.ID.asc())
                .limit(limit)
                .offset(offset)
                .fetch(r -> new CommunityChoice(r.value1(), r.value2(), r.value3()));
    }

    public int countCommunityChoices(String nameContains) {
        Condition condition = COMMUNITY.ARCHIVED.isFalse();
        if (nameContains != null && !nameContains.isBlank()) {
            condition = condition.and(COMMUNITY.NAME.containsIgnoreCase(nameContains.strip()));
        }
        return db.fetchCount(COMMUNITY, condition);
    }

    private static Condition conditions(Collection<PCode> areas, InitiativeFilter filter, boolean publishedOnly) {
        Condition condition = DSL.noCondition();
        if (areas != null) {
            condition = condition.and(
                    COMMUNITY.ADMIN_PCODE.in(areas.stream().map(PCode::value).toList()));
        }
        if (publishedOnly) {
            condition = condition.and(INITIATIVE.PUBLISHED.isTrue());
        }
        if (filter.communityId() != null) {
            condition = condition.and(INITIATIVE.COMMUNITY_ID.eq(filter.communityId()));
        }
        if (filter.dimension() != null) {
            condition = condition.and(INITIATIVE.DIMENSION.eq(filter.dimension().name()));
        }
        if (filter.type() != null) {
            condition =
                    condition.and(INITIATIVE.INITIATIVE_TYPE.eq(filter.type().name()));
        }
        if (filter.status() != null) {
            condition = condition.and(INITIATIVE.STATUS.eq(filter.status().name()));
        }
        if (filter.awaitingModeration()) {
            condition = condition.and(INITIATIVE.MODERATION.eq(Moderation.PENDING.name()));
        } else if (!publishedOnly) {
            // Rejected proposals leave the working lists; staff find them only by asking for them.
            condition = condition.and(
                    INITIATIVE.MODERATION.isNull().or(INITIATIVE.MODERATION.ne(Moderation.REJECTED.name())));
        }
        return condition;
    }

    private static void fill(InitiativeRecord record, InitiativeData data) {
        record.setCommunityId(data.communityId());
        record.setDimension(data.dimension().name());
        record.setInitiativeType(data.type().name());
        record.setTitle(data.title());
        record.setDescription(data.description());
        record.setTextLanguage(data.textLanguage());
        record.setCostEstimate(data.costEstimate());
        record.setBeneficiaries(data.beneficiaries().name());
        record.setReturneeBeneficiaries(data.returneeBeneficiaries());
        record.setResidentBeneficiaries(data.residentBeneficiaries());
        record.setLatitude(
                data.location() == null ? null : degrees(data.location().lat()));
        record.setLongitude(
                data.location() == null ? null : degrees(data.location().lon()));
        record.setConfidential(data.confidential());
        record.setTypeDetails(toJson(data.details()));
    }

    private static Initiative toInitiative(Record r) {
        InitiativeType type = InitiativeType.valueOf(r.get(INITIATIVE.INITIATIVE_TYPE));
        LatLon location = r.get(INITIATIVE.LATITUDE) == null
                ? null
                : new LatLon(
                        r.get(INITIATIVE.LATITUDE).doubleValue(),
                        r.get(INITIATIVE.LONGITUDE).doubleValue());
        InitiativeData data = new InitiativeData(
                r.get(INITIATIVE.COMMUNITY_ID),
                type,
                r.get(INITIATIVE.TITLE),
                r.get(INITIATIVE.DESCRIPTION),
                r.get(INITIATIVE.TEXT_LANGUAGE),
                r.get(INITIATIVE.COST_ESTIMATE),
                Beneficiaries.valueOf(r.get(INITIATIVE.BENEFICIARIES)),
                r.get(INITIATIVE.RETURNEE_BENEFICIARIES),
                r.get(INITIATIVE.RESIDENT_BENEFICIARIES),
                location,
                r.get(INITIATIVE.CONFIDENTIAL),
                fromJson(r.get(INITIATIVE.TYPE_DETAILS)));
        String moderation = r.get(INITIATIVE.MODERATION);
        return new Initiative(
                r.get(INITIATIVE.ID),
                data,
                r.get(COMMUNITY.NAME),
                PCode.of(r.get(COMMUNITY.ADMIN_PCODE)),
                r.get(INITIATIVE.CURRENCY),
                r.get(INITIATIVE.VALIDATED_COST),
                InitiativeStatus.valueOf(r.get(INITIATIVE.STATUS)),
                r.get(INITIATIVE.PUBLISHED),
                ProposalChannel.valueOf(r.get(INITIATIVE.PROPOSAL_CHANNEL)),
                moderation == null ? null : Moderation.valueOf(moderation),
                r.get(INITIATIVE.MODERATION_NOTE),
                r.get(INITIATIVE.ENTERED_BY),
                r.get(INITIATIVE.MEETING_NOTE),
                r.get(INITIATIVE.PHOTO_TYPE) != null,
                r.get(INITIATIVE.CREATED_AT),
                r.get(INITIATIVE.UPDATED_AT));
    }

    static String toJson(TypeDetails details) {
        ObjectNode node = JSON.createObjectNode();
        details.values().forEach((name, value) -> {
            switch (value) {
                case Long number -> node.put(name, number);
                case Boolean yes -> node.put(name, yes);
                default -> node.put(name, value.toString());
            }
        });
        return JSON.writeValueAsString(node);
    }

    static TypeDetails fromJson(String json) {
        if (json == null || json.isBlank()) {
            return TypeDetails.NONE;
        }
        JsonNode node = JSON.readTree(json);
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            JsonNode value = field.getValue();
            if (value.isBoolean()) {
                values.put(field.getKey(), value.booleanValue());
            } else if (value.isIntegralNumber()) {
                values.put(field.getKey(), value.longValue());
            } else {
                values.put(field.getKey(), value.asString());
            }
        }
        return new TypeDetails(values);
    }

    private static BigDecimal degrees(double value) {
        return BigDecimal.valueOf(value).setScale(5, RoundingMode.HALF_UP);
    }
}
