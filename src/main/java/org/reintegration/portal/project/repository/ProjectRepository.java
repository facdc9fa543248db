package org.reintegration.portal.project.repository;

import static org.reintegration.portal.base.jooq.Tables.COMMUNITY;
import static org.reintegration.portal.base.jooq.Tables.PROJECT;
import static org.reintegration.portal.base.jooq.Tables.PROJECT_CHANGE;
import static org.reintegration.portal.base.jooq.Tables.PROJECT_COMMENT;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.reintegration.portal.base.LatLon;
import org.reintegration.portal.base.OfficialComment;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.base.jooq.tables.records.ProjectRecord;
import org.reintegration.portal.initiative.Beneficiaries;
import org.reintegration.portal.initiative.Dimension;
import org.reintegration.portal.initiative.InitiativeType;
import org.reintegration.portal.project.Project;
import org.reintegration.portal.project.ProjectChangeKind;
import org.reintegration.portal.project.ProjectData;
import org.reintegration.portal.project.ProjectFilter;
import org.reintegration.portal.project.ProjectStatus;
import org.springframework.stereotype.Repository;

@Repository
public class ProjectRepository {

    private final DSLContext db;

    ProjectRepository(DSLContext db) {
        this.db = db;
    }

    public long insert(ProjectData data, Long initiativeId, Long roundId, String by, LocalDateTime now) {
        ProjectRecord record = db.newRecord(PROJECT);
        fill(record, data);
        record.setInitiativeId(initiativeId);
        record.setRoundId(roundId);
        record.setCreatedBy(by);
        record.setCreatedAt(now);
        record.setUpdatedAt(now);
        db.insertInto(PROJECT).set(record).execute();
        // Not INSERT … RETURNING: Connector/J refuses it on MariaDB. LAST_INSERT_ID() is per connection.
        return db.lastID().longValueExact();
    }

    /** Changes a project; a project's code stays when the data gives none (codes are stable). */
    public void update(long id, ProjectData data, LocalDateTime now) {
        ProjectRecord record = db.fetchSingle(PROJECT, PROJECT.ID.eq(id));
        String code = record.getCode();
        fill(record, data);
        if (record.getCode() == null) {
            record.setCode(code);
        }
        record.setUpdatedAt(now);
        db.executeUpdate(record);
    }

    /**
     * Gives a project without a code the first of the candidates no other project holds.
     *
     * @return the code it has now
     */
    public String assignCode(long id, List<String> candidates) {
        Set<String> taken = db.select(PROJECT.CODE)
                .from(PROJECT)
                .where(PROJECT.CODE.in(candidates))
                .fetchSet(PROJECT.CODE);
        String code = candidates.stream()
                .filter(c -> !taken.contains(c))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("every candidate code is taken: " + candidates));
        db.update(PROJECT)
                .set(PROJECT.CODE, code)
                .where(PROJECT.ID.eq(id))
                .and(PROJECT.CODE.isNull())
                .execute();
        return db.select(PROJECT.CODE).from(PROJECT).where(PROJECT.ID.eq(id)).fetchOne(PROJECT.CODE);
    }

    public void setProgress(long id, int percent) {
        db.update(PROJECT)
                .set(PROJECT.PROGRESS_PERCENT, percent)
                .where(PROJECT.ID.eq(id))
                .execute();
    }

    /** Appends to the project's change log. */
    public void addChange(long projectId, ProjectChangeKind kind, String detail, LocalDateTime at) {
        db.insertInto(PROJECT_CHANGE)
                .set(PROJECT_CHANGE.PROJECT_ID, projectId)
                .set(PROJECT_CHANGE.KIND, kind.name())
                .set(
                        PROJECT_CHANGE.DETAIL,
                        detail == null || detail.length() <= 200 ? detail : detail.substring(0, 199) + "…")
                .set(PROJECT_CHANGE.CHANGED_AT, at)
                .execute();
    }

    public Optional<Project> find(long id) {
        return select().where(PROJECT.ID.eq(id)).fetchOptional(ProjectRepository::toProject);
    }

    public Optional<Project> findByInitiative(long initiativeId) {
        return select().where(PROJECT.INITIATIVE_ID.eq(initiativeId)).fetchOptional(ProjectRepository::toProject);
    }

    /** Projects by code, for imports. */
    public Map<String, Project> findByCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return select().where(PROJECT.CODE.in(codes)).fetch(ProjectRepository::toProject).stream()
                .collect(Collectors.toMap(p -> p.data().code(), p -> p));
    }

    /** @param areas only projects in these areas; null for any area */
    /**
     * @param matchConfidentialDetails whether a title or type in the filter may match confidential projects
     */
    public List<Project> findPage(
            Collection<PCode> areas, ProjectFilter filter, boolean matchConfidentialDetails, int offset, int limit) {
        return select().where(conditions(areas, filter, matchConfidentialDetails))
                .orderBy(PROJECT.TITLE.asc(), PROJECT.ID.asc())
                .offset(offset)
                .limit(limit)
                .fetch(ProjectRepository::toProject);
    }

    /**
     * The map's view of the projects: few columns, each project's own point and its community's point.
     *
     * @param areas only projects in these areas; null for any area
     */
    public List<PointRow> findPoints(Collection<PCode> areas, ProjectFilter filter, boolean matchConfidentialDetails) {
        return db.select(
                        PROJECT.ID,
                        PROJECT.TITLE,
                        PROJECT.DIMENSION,
                        PROJECT.INITIATIVE_TYPE,
                        PROJECT.STATUS,
                        PROJECT.PROGRESS_PERCENT,
                        PROJECT.COMMUNITY_ID,
                        PROJECT.ADMIN_PCODE,
                        PROJECT.LATITUDE,
                        PROJECT.LONGITUDE,
                        PROJECT.CONFIDENTIAL,
                        COMMUNITY.LATITUDE,
                        COMMUNITY.LONGITUDE)
                .from(PROJECT)
                .leftJoin(COMMUNITY)
                .on(COMMUNITY.ID.eq(PROJECT.COMMUNITY_ID))
                .where(conditions(areas, filter, matchConfidentialDetails))
                .orderBy(PROJECT.ID)
                .fetch(r -> new PointRow(
                        r.value1(),
                        r.value2(),
                        Dimension.valueOf(r.value3()),
                        r.value4() == null ? null : InitiativeType.valueOf(r.value4()),
                        ProjectStatus.valueOf(r.value5()),
                        r.value6() == null ? 0 : r.value6(),
                        r.value7(),
                        PCode.of(r.value8()),
                        latLon(r.value9(), r.value10()),
                        latLon(r.value12(), r.value13()),
                        Boolean.TRUE.equals(r.value11())));
    }

    /** The communities with at least one project in one of these statuses. */
    public Set<Long> findCommunitiesWithStatus(Collection<ProjectStatus> statuses) {
        return db.selectDistinct(PROJECT.COMMUNITY_ID)
                .from(PROJECT)
                .where(PROJECT.COMMUNITY_ID.isNotNull())
                .and(PROJECT.STATUS.in(statuses.stream().map(Enum::name).toList()))
                .fetchSet(PROJECT.COMMUNITY_ID);
    }

    /** One project on the map, before the reader's rights are applied. */
    public record PointRow(
            long id,
            String title,
            Dimension dimension,
            InitiativeType type,
            ProjectStatus status,
            int progressPercent,
            Long communityId,
            PCode area,
            LatLon own,
            LatLon community,
            boolean confidential) {}

    private static LatLon latLon(BigDecimal lat, BigDecimal lon) {
        return lat == null || lon == null ? null : new LatLon(lat.doubleValue(), lon.doubleValue());
    }

    public int count(Collection<PCode> areas, ProjectFilter filter, boolean matchConfidentialDetails) {
        return db.fetchCount(PROJECT, conditions(areas, filter, matchConfidentialDetails));
    }

    public void insertComment(
            long projectId, String username, String name, String office, String text, LocalDateTime at) {
        db.insertInto(PROJECT_COMMENT)
                .set(PROJECT_COMMENT.PROJECT_ID, projectId)
                .set(PROJECT_COMMENT.AUTHOR_USERNAME, username)
                .set(PROJECT_COMMENT.AUTHOR_NAME, name)
                .set(PROJECT_COMMENT.AUTHOR_OFFICE, office)
                .set(PROJECT_COMMENT.TEXT, text)
                .set(PROJECT_COMMENT.CREATED_AT, at)
                .execute();
    }

    /** A project's official comments, oldest first. */
    public List<OfficialComment> comments(long projectId) {
        return db.select(
                        PROJECT_COMMENT.ID,
                        PROJECT_COMMENT.AUTHOR_NAME,
                        PROJECT_COMMENT.AUTHOR_OFFICE,
                        PROJECT_COMMENT.TEXT,
                        PROJECT_COMMENT.CREATED_AT)
                .from(PROJECT_COMMENT)
                .where(PROJECT_COMMENT.PROJECT_ID.eq(projectId))
                .orderBy(PROJECT_COMMENT.CREATED_AT, PROJECT_COMMENT.ID)
                .fetch(r -> new OfficialComment(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    public Optional<String> publicCommunityName(long communityId) {
        return db.select(COMMUNITY.NAME)
                .from(COMMUNITY)
                .where(COMMUNITY.ID.eq(communityId).and(COMMUNITY.ARCHIVED.isFalse()))
                .fetchOptional(COMMUNITY.NAME);
    }

    /** Communities that are not archived, by name, whose name contains the text (any case; all for blank). */
    public List<org.reintegration.portal.project.PublicCommunity> publicCommunities(String nameContains, int limit) {
        Condition condition = COMMUNITY.ARCHIVED.isFalse();
        if (nameContains != null && !nameContains.isBlank()) {
            condition = condition.and(COMMUNITY.NAME.containsIgnoreCase(nameContains.strip()));
        }
        return db.select(COMMUNITY.ID, COMMUNITY.NAME)
                .from(COMMUNITY)
                .where(condition)
                .orderBy(COMMUNITY.NAME, COMMUNITY.ID)
                .limit(limit)
                .fetch(r -> new org.reintegration.portal.project.PublicCommunity(r.value1(), r.value2()));
    }

    private SelectOnConditionStep<Record> select() {
        return db.select(PROJECT.fields())
                .select(COMMUNITY.NAME)
                .from(PROJECT)
                .leftJoin(COMMUNITY)
                .on(COMMUNITY.ID.eq(PROJECT.COMMUNITY_ID));
    }

    private static Condition conditions(
            Collection<PCode> areas, ProjectFilter filter, boolean matchConfidentialDetails) {
        Condition condition = DSL.noCondition();
        boolean byDetails =
                (filter.titleContains() != null && !filter.titleContains().isBlank()) || filter.type() != null;
        if (byDetails && !matchConfidentialDetails) {
            condition = condition.and(PROJECT.CONFIDENTIAL.isFalse());
        }
        if (areas != null) {
            condition = condition.and(
                    PROJECT.ADMIN_PCODE.in(areas.stream().map(PCode::value).toList()));
        }
        if (filter.communityId() != null) {
            condition = condition.and(PROJECT.COMMUNITY_ID.eq(filter.communityId()));
        }
        if (filter.dimension() != null) {
            condition = condition.and(PROJECT.DIMENSION.eq(filter.dimension().name()));
        }
        if (filter.status() != null) {
            condition = condition.and(PROJECT.STATUS.eq(filter.status().name()));
        }
        if (filter.partner() != null && !filter.partner().isBlank()) {
            condition = condition.and(PROJECT.IMPLEMENTING_PARTNER.containsIgnoreCase(
                    filter.partner().strip()));
        }
        if (filter.roundId() != null) {
            condition = condition.and(PROJECT.ROUND_ID.eq(filter.roundId()));
        }
        if (filter.titleContains() != null && !filter.titleContains().isBlank()) {
            condition = condition.and(
                    PROJECT.TITLE.containsIgnoreCase(filter.titleContains().strip()));
        }
        if (filter.type() != null) {
            condition = condition.and(PROJECT.INITIATIVE_TYPE.eq(filter.type().name()));
        }
        if (filter.activeFrom() != null) {
            Field<LocalDate> end = DSL.coalesce(PROJECT.ACTUAL_END, PROJECT.PLANNED_END);
            condition = condition.and(end.isNull().or(end.ge(filter.activeFrom())));
        }
        if (filter.activeTo() != null) {
            Field<LocalDate> start = DSL.coalesce(PROJECT.ACTUAL_START, PROJECT.PLANNED_START);
            condition = condition.and(start.isNull().or(start.le(filter.activeTo())));
        }
        return condition;
    }

    private static void fill(ProjectRecord r, ProjectData d) {
        r.setCode(d.code());
        r.setCommunityId(d.communityId());
        r.setAdminPcode(d.area().value());
        r.setLocationName(d.locationName());
        r.setDimension(d.dimension().name());
        r.setInitiativeType(d.type() == null ? null : d.type().name());
        r.setSector(d.sector());
        r.setTitle(d.title());
        r.setDescription(d.description());
        r.setImplementingPartner(d.implementingPartner());
        r.setFunder(d.funder());
        r.setStatus(d.status().name());
        r.setPlannedStart(d.plannedStart());
        r.setPlannedEnd(d.plannedEnd());
        r.setActualStart(d.actualStart());
        r.setActualEnd(d.actualEnd());
        r.setProgressPercent(d.progressPercent());
        r.setProgressFromMilestones(d.progressFromMilestones());
        r.setLatitude(d.location() == null ? null : degrees(d.location().lat()));
        r.setLongitude(d.location() == null ? null : degrees(d.location().lon()));
        r.setConfidential(d.confidential());
        r.setBeneficiaries(d.beneficiaries() == null ? null : d.beneficiaries().name());
        r.setTargetedPeople(d.targetedPeople());
        r.setTargetedReturnees(d.targetedReturnees());
        r.setReachedPeople(d.reachedPeople());
        r.setBudget(d.budget());
        r.setSpent(d.spent());
        r.setCurrency(d.currency());
    }

    private static BigDecimal degrees(double value) {
        return BigDecimal.valueOf(value).setScale(5, RoundingMode.HALF_UP);
    }

    private static Project toProject(Record rec) {
        ProjectRecord r = rec.into(PROJECT);
        LatLon location = r.getLatitude() == null
                ? null
                : new LatLon(r.getLatitude().doubleValue(), r.getLongitude().doubleValue());
        ProjectData data = new ProjectData(
                r.getCode(),
                r.getCommunityId(),
                PCode.of(r.getAdminPcode()),
                r.getLocationName(),
                Dimension.valueOf(r.getDimension()),
                r.getInitiativeType() == null ? null : InitiativeType.valueOf(r.getInitiativeType()),
                r.getSector(),
                r.getTitle(),
                r.getDescription(),
                r.getImplementingPartner(),
                r.getFunder(),
                ProjectStatus.valueOf(r.getStatus()),
                r.getPlannedStart(),
                r.getPlannedEnd(),
                r.getActualStart(),
                r.getActualEnd(),
                r.getProgressPercent(),
                r.getProgressFromMilestones(),
                location,
                r.getConfidential(),
                r.getBeneficiaries() == null ? null : Beneficiaries.valueOf(r.getBeneficiaries()),
                r.getTargetedPeople(),
                r.getTargetedReturnees(),
                r.getReachedPeople(),
                r.getBudget(),
                r.getSpent(),
                r.getCurrency());
        return new Project(
                r.getId(),
                data,
                r.getInitiativeId(),
                r.getRoundId(),
                rec.get(COMMUNITY.NAME),
                r.getCreatedBy(),
                r.getCreatedAt(),
                r.getUpdatedAt());
    }
}
