package org.reintegration.portal.project.repository;

import static org.reintegration.portal.base.jooq.Tables.MILESTONE;

import java.util.List;
import org.jooq.DSLContext;
import org.reintegration.portal.project.Milestone;
import org.reintegration.portal.project.MilestoneStatus;
import org.springframework.stereotype.Repository;

/** A project's milestones, in their order. */
@Repository
public class MilestoneRepository {

    private final DSLContext db;

    MilestoneRepository(DSLContext db) {
        this.db = db;
    }

    public List<Milestone> milestones(long projectId) {
        return db.select(
                        MILESTONE.ID,
                        MILESTONE.TITLE,
                        MILESTONE.DUE_ON,
                        MILESTONE.DONE_ON,
                        MILESTONE.STATUS,
                        MILESTONE.NOTE)
                .from(MILESTONE)
                .where(MILESTONE.PROJECT_ID.eq(projectId))
                .orderBy(MILESTONE.POSITION, MILESTONE.ID)
                .fetch(r -> new Milestone(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        r.value4(),
                        MilestoneStatus.valueOf(r.value5()),
                        r.value6()));
    }

    /** Replaces a project's milestones with these, in this order. */
    public void replaceMilestones(long projectId, List<Milestone> milestones) {
        db.deleteFrom(MILESTONE).where(MILESTONE.PROJECT_ID.eq(projectId)).execute();
        for (int i = 0; i < milestones.size(); i++) {
            Milestone m = milestones.get(i);
            db.insertInto(MILESTONE)
                    .set(MILESTONE.PROJECT_ID, projectId)
                    .set(MILESTONE.TITLE, m.title())
                    .set(MILESTONE.DUE_ON, m.dueOn())
                    .set(MILESTONE.DONE_ON, m.doneOn())
                    .set(MILESTONE.STATUS, m.status().name())
                    .set(MILESTONE.NOTE, m.note())
                    .set(MILESTONE.POSITION, i)
                    .execute();
        }
    }
}
