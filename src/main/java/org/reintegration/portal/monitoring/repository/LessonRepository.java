package org.reintegration.portal.monitoring.repository;

import static org.reintegration.portal.base.jooq.Tables.LESSON;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.jooq.DSLContext;
import org.reintegration.portal.monitoring.Lesson;
import org.springframework.stereotype.Repository;

@Repository
public class LessonRepository {

    private final DSLContext db;

    LessonRepository(DSLContext db) {
        this.db = db;
    }

    public void insert(long projectId, LocalDate learnedOn, String author, String text, LocalDateTime at) {
        db.insertInto(LESSON)
                .set(LESSON.PROJECT_ID, projectId)
                .set(LESSON.LEARNED_ON, learnedOn)
                .set(LESSON.AUTHOR, author)
                .set(LESSON.TEXT, text)
                .set(LESSON.CREATED_AT, at)
                .execute();
    }

    /** The lessons of these projects, newest first. */
    public List<Lesson> ofProjects(Collection<Long> projectIds) {
        if (projectIds.isEmpty()) {
            return List.of();
        }
        return db.select(LESSON.ID, LESSON.PROJECT_ID, LESSON.LEARNED_ON, LESSON.AUTHOR, LESSON.TEXT)
                .from(LESSON)
                .where(LESSON.PROJECT_ID.in(projectIds))
                .orderBy(LESSON.LEARNED_ON.desc(), LESSON.ID.desc())
                .fetch(r -> new Lesson(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }
}
