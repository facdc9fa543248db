package org.reintegration.portal.monitoring.repository;

import static org.reintegration.portal.base.jooq.Tables.FOLLOW_UP;
import static org.reintegration.portal.base.jooq.Tables.MONITORING_VISIT;
import static org.reintegration.portal.base.jooq.Tables.VISIT_PHOTO;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.reintegration.portal.community.TensionLevel;
import org.reintegration.portal.monitoring.FollowUp;
import org.reintegration.portal.monitoring.FollowUpStatus;
import org.reintegration.portal.monitoring.PhotoInfo;
import org.reintegration.portal.monitoring.Visit;
import org.reintegration.portal.monitoring.VisitData;
import org.reintegration.portal.monitoring.VisitPhoto;
import org.springframework.stereotype.Repository;

@Repository
public class VisitRepository {

    private final DSLContext db;

    VisitRepository(DSLContext db) {
        this.db = db;
    }

    public long insert(long projectId, VisitData d, String by, LocalDateTime at) {
        db.insertInto(MONITORING_VISIT)
                .set(MONITORING_VISIT.PROJECT_ID, projectId)
                .set(MONITORING_VISIT.VISITED_ON, d.visitedOn())
                .set(MONITORING_VISIT.VISITORS, d.visitors())
                .set(MONITORING_VISIT.FINDINGS, d.findings())
                .set(
                        MONITORING_VISIT.TENSION,
                        d.tension() == null ? null : d.tension().name())
                .set(MONITORING_VISIT.RECORDED_BY, by)
                .set(MONITORING_VISIT.RECORDED_AT, at)
                .execute();
        return db.lastID().longValueExact();
    }

    public void insertFollowUp(long visitId, FollowUp f) {
        db.insertInto(FOLLOW_UP)
                .set(FOLLOW_UP.VISIT_ID, visitId)
                .set(FOLLOW_UP.ACTION, f.action())
                .set(FOLLOW_UP.DUE_ON, f.dueOn())
                .set(FOLLOW_UP.STATUS, f.status().name())
                .set(FOLLOW_UP.DONE_ON, f.doneOn())
                .execute();
    }

    /** @return the visit of the follow-up, empty when there is no such follow-up */
    public Optional<Long> visitOfFollowUp(long followUpId) {
        return db.select(FOLLOW_UP.VISIT_ID)
                .from(FOLLOW_UP)
                .where(FOLLOW_UP.ID.eq(followUpId))
                .fetchOptional(FOLLOW_UP.VISIT_ID);
    }

    public void setFollowUpStatus(long followUpId, FollowUpStatus status, LocalDate doneOn) {
        db.update(FOLLOW_UP)
                .set(FOLLOW_UP.STATUS, status.name())
                .set(FOLLOW_UP.DONE_ON, doneOn)
                .where(FOLLOW_UP.ID.eq(followUpId))
                .execute();
    }

    public void insertPhoto(long visitId, VisitPhoto photo, LocalDateTime at) {
        db.insertInto(VISIT_PHOTO)
                .set(VISIT_PHOTO.VISIT_ID, visitId)
                .set(VISIT_PHOTO.FILE_NAME, photo.fileName())
                .set(VISIT_PHOTO.MEDIA_TYPE, photo.mediaType())
                .set(VISIT_PHOTO.BYTES, photo.bytes())
                .set(VISIT_PHOTO.UPLOADED_AT, at)
                .execute();
    }

    public int photoCount(long visitId) {
        return db.fetchCount(VISIT_PHOTO, VISIT_PHOTO.VISIT_ID.eq(visitId));
    }

    /** A photo with the project of its visit. */
    public Optional<Map.Entry<Long, VisitPhoto>> photo(long photoId) {
        return db.select(MONITORING_VISIT.PROJECT_ID, VISIT_PHOTO.FILE_NAME, VISIT_PHOTO.MEDIA_TYPE, VISIT_PHOTO.BYTES)
                .from(VISIT_PHOTO)
                .join(MONITORING_VISIT)
                .on(MONITORING_VISIT.ID.eq(VISIT_PHOTO.VISIT_ID))
                .where(VISIT_PHOTO.ID.eq(photoId))
                .fetchOptional(r -> Map.entry(r.value1(), new VisitPhoto(r.value2(), r.value3(), r.value4())));
    }

    /** The project a visit belongs to, empty when there is no such visit. */
    public Optional<Long> projectOf(long visitId) {
        return db.select(MONITORING_VISIT.PROJECT_ID)
                .from(MONITORING_VISIT)
                .where(MONITORING_VISIT.ID.eq(visitId))
                .fetchOptional(MONITORING_VISIT.PROJECT_ID);
    }

    /** A project's visits, newest first. */
    public List<Visit> ofProject(long projectId) {
        var visits = db.select(
                        MONITORING_VISIT.ID,
                        MONITORING_VISIT.PROJECT_ID,
                        MONITORING_VISIT.VISITED_ON,
                        MONITORING_VISIT.VISITORS,
                        MONITORING_VISIT.FINDINGS,
                        MONITORING_VISIT.TENSION,
                        MONITORING_VISIT.RECORDED_BY,
                        MONITORING_VISIT.RECORDED_AT)
                .from(MONITORING_VISIT)
                .where(MONITORING_VISIT.PROJECT_ID.eq(projectId))
                .orderBy(MONITORING_VISIT.VISITED_ON.desc(), MONITORING_VISIT.ID.desc())
                .fetch();
        List<Long> ids = visits.getValues(MONITORING_VISIT.ID);
        Map<Long, List<FollowUp>> followUps = db
                .select(
                        FOLLOW_UP.VISIT_ID,
                        FOLLOW_UP.ID,
                        FOLLOW_UP.ACTION,
                        FOLLOW_UP.DUE_ON,
                        FOLLOW_UP.STATUS,
                        FOLLOW_UP.DONE_ON)
                .from(FOLLOW_UP)
                .where(FOLLOW_UP.VISIT_ID.in(ids))
                .orderBy(FOLLOW_UP.ID)
                .fetch()
                .stream()
                .collect(Collectors.groupingBy(
                        r -> r.value1(),
                        Collectors.mapping(
                                r -> new FollowUp(
                                        r.value2(),
                                        r.value3(),
                                        r.value4(),
                                        FollowUpStatus.valueOf(r.value5()),
                                        r.value6()),
                                Collectors.toList())));
        Map<Long, List<PhotoInfo>> photos = db
                .select(VISIT_PHOTO.VISIT_ID, VISIT_PHOTO.ID, VISIT_PHOTO.FILE_NAME, VISIT_PHOTO.MEDIA_TYPE)
                .from(VISIT_PHOTO)
                .where(VISIT_PHOTO.VISIT_ID.in(ids))
                .orderBy(VISIT_PHOTO.ID)
                .fetch()
                .stream()
                .collect(Collectors.groupingBy(
                        r -> r.value1(),
                        Collectors.mapping(
                                r -> new PhotoInfo(r.value2(), r.value3(), r.value4()), Collectors.toList())));
        return visits.stream()
                .map(v -> new Visit(
                        v.value1(),
                        v.value2(),
                        new VisitData(
                                v.value3(),
                                v.value4(),
                                v.value5(),
                                v.value6() == null ? null : TensionLevel.valueOf(v.value6())),
                        followUps.getOrDefault(v.value1(), List.of()),
                        photos.getOrDefault(v.value1(), List.of()),
                        v.value7(),
                        v.value8()))
                .toList();
    }
}
