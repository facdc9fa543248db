package org.reintegration.portal.changes.repository;

import static org.reintegration.portal.base.jooq.Tables.CHANGE_WATCH;
import static org.reintegration.portal.base.jooq.Tables.COMMUNITY;
import static org.reintegration.portal.base.jooq.Tables.COMMUNITY_PROFILE;
import static org.reintegration.portal.base.jooq.Tables.INITIATIVE;
import static org.reintegration.portal.base.jooq.Tables.INITIATIVE_COMMENT;
import static org.reintegration.portal.base.jooq.Tables.PROJECT;
import static org.reintegration.portal.base.jooq.Tables.PROJECT_CHANGE;
import static org.reintegration.portal.base.jooq.Tables.PROJECT_COMMENT;
import static org.reintegration.portal.base.jooq.Tables.ROUND_CHANGE;
import static org.reintegration.portal.base.jooq.Tables.ROUND_COMMUNITY;
import static org.reintegration.portal.base.jooq.Tables.SELECTION_ROUND;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.changes.Change;
import org.reintegration.portal.changes.ChangeKind;
import org.reintegration.portal.project.ProjectChangeKind;
import org.reintegration.portal.selection.round.Phase;
import org.reintegration.portal.selection.round.RoundChange;
import org.reintegration.portal.selection.round.RoundChangeKind;
import org.springframework.stereotype.Repository;

/**
 * Reads what changed from the records the capabilities keep anyway (the project change log, comments,
 * a round's change log and result time, profiles) and keeps each user's last visit. Read-only on other
 * capabilities' tables: it adds no writes to them.
 */
@Repository
public class ChangeRepository {

    /** How a round's change log words a phase move (see the selection round service). */
    private final DSLContext db;

    ChangeRepository(DSLContext db) {
        this.db = db;
    }

    /** A user's subscription and last visit. */
    public record Watch(boolean subscribed, LocalDateTime lastSeenAt) {}

    public Optional<Watch> watch(long userId) {
        return db.select(CHANGE_WATCH.SUBSCRIBED, CHANGE_WATCH.LAST_SEEN_AT)
                .from(CHANGE_WATCH)
                .where(CHANGE_WATCH.USER_ID.eq(userId))
                .fetchOptional(r -> new Watch(r.value1(), r.value2()));
    }

    public void setSubscribed(long userId, boolean subscribed) {
        db.insertInto(CHANGE_WATCH)
                .set(CHANGE_WATCH.USER_ID, userId)
                .set(CHANGE_WATCH.SUBSCRIBED, subscribed)
                .onDuplicateKeyUpdate()
                .set(CHANGE_WATCH.SUBSCRIBED, subscribed)
                .execute();
    }

    public void setLastSeen(long userId, LocalDateTime at) {
        db.insertInto(CHANGE_WATCH)
                .set(CHANGE_WATCH.USER_ID, userId)
                .set(CHANGE_WATCH.SUBSCRIBED, false)
                .set(CHANGE_WATCH.LAST_SEEN_AT, at)
                .onDuplicateKeyUpdate()
                .set(CHANGE_WATCH.LAST_SEEN_AT, at)
                .execute();
    }

    /**
     * Changes after {@code since} in these areas, newest first, at most {@code limit}.
     *
     * @param areas admin areas to look in; null for all
     */
    public List<Change> since(Collection<PCode> areas, LocalDateTime since, int limit) {
        List<Change> all = new ArrayList<>();
        all.addAll(projectChanges(areas, since, limit));
        all.addAll(projectComments(areas, since, limit));
        all.addAll(initiativeComments(areas, since, limit));
        all.addAll(roundPhases(areas, since, limit));
        all.addAll(roundResults(areas, since, limit));
        all.addAll(profiles(areas, since, limit));
        all.sort(Comparator.comparing(Change::at).reversed());
        return all.size() > limit ? List.copyOf(all.subList(0, limit)) : all;
    }

    private List<Change> projectChanges(Collection<PCode> areas, LocalDateTime since, int limit) {
        return db.select(
                        PROJECT_CHANGE.CHANGED_AT,
                        PROJECT_CHANGE.KIND,
                        PROJECT_CHANGE.DETAIL,
                        PROJECT.ID,
                        PROJECT.TITLE,
                        projectPlace())
                .from(PROJECT_CHANGE)
                .join(PROJECT)
                .on(PROJECT.ID.eq(PROJECT_CHANGE.PROJECT_ID))
                .leftJoin(COMMUNITY)
                .on(COMMUNITY.ID.eq(PROJECT.COMMUNITY_ID))
                .where(PROJECT_CHANGE.CHANGED_AT.gt(since).and(in(PROJECT.ADMIN_PCODE, areas)))
                .orderBy(PROJECT_CHANGE.CHANGED_AT.desc(), PROJECT_CHANGE.ID.desc())
                .limit(limit)
                .fetch(r -> new Change(
                        r.value1(),
                        switch (ProjectChangeKind.valueOf(r.value2())) {
                            case CREATED -> ChangeKind.PROJECT_NEW;
                            case STATUS -> ChangeKind.PROJECT_STATUS;
                            case PROGRESS -> ChangeKind.PROJECT_PROGRESS;
                            case MILESTONE_DONE -> ChangeKind.MILESTONE_DONE;
                        },
                        r.value5(),
                        r.value3(),
                        r.value6(),
                        "projects/" + r.value4()));
    }

    private List<Change> projectComments(Collection<PCode> areas, LocalDateTime since, int limit) {
        return db.select(
                        PROJECT_COMMENT.CREATED_AT,
                        PROJECT_COMMENT.AUTHOR_NAME,
                        PROJECT_COMMENT.AUTHOR_OFFICE,
                        PROJECT.ID,
                        PROJECT.TITLE,
                        projectPlace())
                .from(PROJECT_COMMENT)
                .join(PROJECT)
                .on(PROJECT.ID.eq(PROJECT_COMMENT.PROJECT_ID))
                .leftJoin(COMMUNITY)
                .on(COMMUNITY.ID.eq(PROJECT.COMMUNITY_ID))
                .where(PROJECT_COMMENT.CREATED_AT.gt(since).and(in(PROJECT.ADMIN_PCODE, areas)))
                .orderBy(PROJECT_COMMENT.CREATED_AT.desc(), PROJECT_COMMENT.ID.desc())
                .limit(limit)
                .fetch(r -> new Change(
                        r.value1(),
                        ChangeKind.PROJECT_COMMENT,
                        r.value5(),
                        signature(r.value2(), r.value3()),
                        r.value6(),
                        "projects/" + r.value4()));
    }

    private List<Change> initiativeComments(Collection<PCode> areas, LocalDateTime since, int limit) {
        return db.select(
                        INITIATIVE_COMMENT.CREATED_AT,
                        INITIATIVE_COMMENT.AUTHOR_NAME,
                        INITIATIVE_COMMENT.AUTHOR_OFFICE,
                        INITIATIVE.ID,
                        INITIATIVE.TITLE,
                        COMMUNITY.NAME)
                .from(INITIATIVE_COMMENT)
                .join(INITIATIVE)
                .on(INITIATIVE.ID.eq(INITIATIVE_COMMENT.INITIATIVE_ID))
                .join(COMMUNITY)
                .on(COMMUNITY.ID.eq(INITIATIVE.COMMUNITY_ID))
                .where(INITIATIVE_COMMENT.CREATED_AT.gt(since).and(in(COMMUNITY.ADMIN_PCODE, areas)))
                .orderBy(INITIATIVE_COMMENT.CREATED_AT.desc(), INITIATIVE_COMMENT.ID.desc())
                .limit(limit)
                .fetch(r -> new Change(
                        r.value1(),
                        ChangeKind.INITIATIVE_COMMENT,
                        r.value5(),
                        signature(r.value2(), r.value3()),
                        r.value6(),
                        "initiatives/" + r.value4()));
    }

    private List<Change> roundPhases(Collection<PCode> areas, LocalDateTime since, int limit) {
        Field<String> place = DSL.min(COMMUNITY.NAME);
        return db.select(
                        ROUND_CHANGE.ID,
                        ROUND_CHANGE.CHANGED_AT,
                        ROUND_CHANGE.PARAMS,
                        SELECTION_ROUND.ID,
                        SELECTION_ROUND.NAME,
                        place)
                .from(ROUND_CHANGE)
                .join(SELECTION_ROUND)
                .on(SELECTION_ROUND.ID.eq(ROUND_CHANGE.ROUND_ID))
                .join(ROUND_COMMUNITY)
                .on(ROUND_COMMUNITY.ROUND_ID.eq(SELECTION_ROUND.ID))
                .join(COMMUNITY)
                .on(COMMUNITY.ID.eq(ROUND_COMMUNITY.COMMUNITY_ID))
                .where(ROUND_CHANGE.CHANGED_AT.gt(since))
                .and(ROUND_CHANGE.KIND.in(
                        RoundChangeKind.PHASE_MOVED.name(), RoundChangeKind.PHASE_STEPPED_BACK.name()))
                .and(in(COMMUNITY.ADMIN_PCODE, areas))
                .groupBy(
                        ROUND_CHANGE.ID,
                        ROUND_CHANGE.CHANGED_AT,
                        ROUND_CHANGE.PARAMS,
                        SELECTION_ROUND.ID,
                        SELECTION_ROUND.NAME)
                .orderBy(ROUND_CHANGE.CHANGED_AT.desc(), ROUND_CHANGE.ID.desc())
                .limit(limit)
                .fetch(r -> new Change(
                        r.value2(),
                        ChangeKind.ROUND_PHASE,
                        r.value5(),
                        RoundChange.readParams(r.value3()).get("phase"),
                        r.value6(),
                        "rounds/" + r.value4()));
    }

    private List<Change> roundResults(Collection<PCode> areas, LocalDateTime since, int limit) {
        Field<String> place = DSL.min(COMMUNITY.NAME);
        return db.select(SELECTION_ROUND.RESULTS_COMPUTED_AT, SELECTION_ROUND.ID, SELECTION_ROUND.NAME, place)
                .from(SELECTION_ROUND)
                .join(ROUND_COMMUNITY)
                .on(ROUND_COMMUNITY.ROUND_ID.eq(SELECTION_ROUND.ID))
                .join(COMMUNITY)
                .on(COMMUNITY.ID.eq(ROUND_COMMUNITY.COMMUNITY_ID))
                .where(SELECTION_ROUND.RESULTS_COMPUTED_AT.gt(since))
                // published only: staff may compute results before the round enters its results phase
                .and(SELECTION_ROUND.PHASE.in(Phase.RESULTS.name(), Phase.CLOSED.name()))
                .and(in(COMMUNITY.ADMIN_PCODE, areas))
                .groupBy(SELECTION_ROUND.RESULTS_COMPUTED_AT, SELECTION_ROUND.ID, SELECTION_ROUND.NAME)
                .orderBy(SELECTION_ROUND.RESULTS_COMPUTED_AT.desc())
                .limit(limit)
                .fetch(r -> new Change(
                        r.value1(),
                        ChangeKind.ROUND_RESULTS,
                        r.value3(),
                        null,
                        r.value4(),
                        // the results page everyone may open (the staff one is for staff only)
                        "public/rounds/" + r.value2() + "/results"));
    }

    private List<Change> profiles(Collection<PCode> areas, LocalDateTime since, int limit) {
        return db.select(COMMUNITY_PROFILE.RECORDED_AT, COMMUNITY.ID, COMMUNITY.NAME, COMMUNITY.ADMIN_PCODE)
                .from(COMMUNITY_PROFILE)
                .join(COMMUNITY)
                .on(COMMUNITY.ID.eq(COMMUNITY_PROFILE.COMMUNITY_ID))
                .where(COMMUNITY_PROFILE.RECORDED_AT.gt(since).and(in(COMMUNITY.ADMIN_PCODE, areas)))
                .orderBy(COMMUNITY_PROFILE.RECORDED_AT.desc(), COMMUNITY_PROFILE.ID.desc())
                .limit(limit)
                .fetch(r -> new Change(
                        r.value1(), ChangeKind.PROFILE_NEW, r.value3(), null, r.value4(), "communities/" + r.value2()));
    }

    /** The community's name, else the place a 3W table named, else the area's P-code. */
    private static Field<String> projectPlace() {
        return DSL.coalesce(COMMUNITY.NAME, PROJECT.LOCATION_NAME, PROJECT.ADMIN_PCODE);
    }

    private static Condition in(Field<String> pcode, Collection<PCode> areas) {
        return areas == null
                ? DSL.noCondition()
                : pcode.in(areas.stream().map(PCode::value).toList());
    }

    private static String signature(String name, String office) {
        return office == null ? name : name + ", " + office;
    }
}
