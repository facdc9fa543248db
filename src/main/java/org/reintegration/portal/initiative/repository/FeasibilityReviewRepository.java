package org.reintegration.portal.initiative.repository;

import static org.reintegration.portal.base.jooq.Tables.FEASIBILITY_REVIEW;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.reintegration.portal.base.jooq.tables.records.FeasibilityReviewRecord;
import org.reintegration.portal.initiative.Assessment;
import org.reintegration.portal.initiative.Criterion;
import org.reintegration.portal.initiative.FeasibilityReview;
import org.reintegration.portal.initiative.Rating;
import org.reintegration.portal.initiative.ReviewData;
import org.reintegration.portal.initiative.ReviewDecision;
import org.springframework.stereotype.Repository;

/** The feasibility reviews of initiatives: one per initiative, its grid of criteria and its decision. */
@Repository
public class FeasibilityReviewRepository {

    /** The two columns of one criterion of the grid: its rating and its note. */
    private record CriterionColumns(Field<String> rating, Field<String> note) {}

    private static final Map<Criterion, CriterionColumns> GRID = Map.of(
            Criterion.TECHNICAL,
            new CriterionColumns(FEASIBILITY_REVIEW.TECHNICAL, FEASIBILITY_REVIEW.TECHNICAL_NOTE),
            Criterion.MARKET,
            new CriterionColumns(FEASIBILITY_REVIEW.MARKET, FEASIBILITY_REVIEW.MARKET_NOTE),
            Criterion.COST,
            new CriterionColumns(FEASIBILITY_REVIEW.COST_REALISTIC, FEASIBILITY_REVIEW.COST_NOTE),
            Criterion.SUSTAINABILITY,
            new CriterionColumns(FEASIBILITY_REVIEW.SUSTAINABILITY, FEASIBILITY_REVIEW.SUSTAINABILITY_NOTE),
            Criterion.INCLUSION,
            new CriterionColumns(FEASIBILITY_REVIEW.INCLUSION, FEASIBILITY_REVIEW.INCLUSION_NOTE),
            Criterion.DO_NO_HARM,
            new CriterionColumns(FEASIBILITY_REVIEW.DO_NO_HARM, FEASIBILITY_REVIEW.DO_NO_HARM_NOTE));

    /** The columns a {@link FeasibilityReview} is made of: the grid's and the decision's. */
    private static final List<Field<?>> REVIEW_COLUMNS = reviewColumns();

    private final DSLContext db;

    FeasibilityReviewRepository(DSLContext db) {
        this.db = db;
    }

    public Optional<FeasibilityReview> review(long initiativeId) {
        return db.select(REVIEW_COLUMNS)
                .from(FEASIBILITY_REVIEW)
                .where(FEASIBILITY_REVIEW.INITIATIVE_ID.eq(initiativeId))
                .fetchOptional(FeasibilityReviewRepository::toReview);
    }

    /** Stores a review, replacing any earlier one of the same initiative. */
    public void saveReview(long initiativeId, ReviewData data, String reviewer, LocalDateTime now) {
        FeasibilityReviewRecord record = db.newRecord(FEASIBILITY_REVIEW);
        record.setInitiativeId(initiativeId);
        record.setTechnical(data.get(Criterion.TECHNICAL).rating().name());
        record.setTechnicalNote(data.get(Criterion.TECHNICAL).note());
        record.setMarket(data.get(Criterion.MARKET).rating().name());
        record.setMarketNote(data.get(Criterion.MARKET).note());
        record.setCostRealistic(data.get(Criterion.COST).rating().name());
        record.setCostNote(data.get(Criterion.COST).note());
        record.setSustainability(data.get(Criterion.SUSTAINABILITY).rating().name());
        record.setSustainabilityNote(data.get(Criterion.SUSTAINABILITY).note());
        record.setInclusion(data.get(Criterion.INCLUSION).rating().name());
        record.setInclusionNote(data.get(Criterion.INCLUSION).note());
        record.setDoNoHarm(data.get(Criterion.DO_NO_HARM).rating().name());
        record.setDoNoHarmNote(data.get(Criterion.DO_NO_HARM).note());
        record.setDecision(data.decision().name());
        record.setPublicReason(data.publicReason());
        record.setReviewer(reviewer);
        record.setReviewedAt(now);
        db.deleteFrom(FEASIBILITY_REVIEW)
                .where(FEASIBILITY_REVIEW.INITIATIVE_ID.eq(initiativeId))
                .execute();
        db.insertInto(FEASIBILITY_REVIEW).set(record).execute();
    }

    /** Public reasons of the reviews of these initiatives, by initiative id. */
    public Map<Long, String> publicReasons(Collection<Long> initiativeIds) {
        return db.select(FEASIBILITY_REVIEW.INITIATIVE_ID, FEASIBILITY_REVIEW.PUBLIC_REASON)
                .from(FEASIBILITY_REVIEW)
                .where(FEASIBILITY_REVIEW.INITIATIVE_ID.in(initiativeIds))
                .fetchMap(FEASIBILITY_REVIEW.INITIATIVE_ID, FEASIBILITY_REVIEW.PUBLIC_REASON);
    }

    private static List<Field<?>> reviewColumns() {
        List<Field<?>> columns = new ArrayList<>();
        columns.add(FEASIBILITY_REVIEW.INITIATIVE_ID);
        for (Criterion criterion : Criterion.values()) {
            columns.add(GRID.get(criterion).rating());
            columns.add(GRID.get(criterion).note());
        }
        columns.addAll(List.of(
                FEASIBILITY_REVIEW.DECISION,
                FEASIBILITY_REVIEW.PUBLIC_REASON,
                FEASIBILITY_REVIEW.REVIEWER,
                FEASIBILITY_REVIEW.REVIEWED_AT));
        return List.copyOf(columns);
    }

    private static FeasibilityReview toReview(Record r) {
        Map<Criterion, Assessment> grid = new EnumMap<>(Criterion.class);
        GRID.forEach((criterion, columns) ->
                grid.put(criterion, assessment(r.get(columns.rating()), r.get(columns.note()))));
        // the validated cost lives on the initiative; the service adds it where it is needed
        ReviewData data = new ReviewData(
                grid,
                ReviewDecision.valueOf(r.get(FEASIBILITY_REVIEW.DECISION)),
                r.get(FEASIBILITY_REVIEW.PUBLIC_REASON),
                null);
        return new FeasibilityReview(
                r.get(FEASIBILITY_REVIEW.INITIATIVE_ID),
                data,
                r.get(FEASIBILITY_REVIEW.REVIEWER),
                r.get(FEASIBILITY_REVIEW.REVIEWED_AT));
    }

    private static Assessment assessment(String rating, String note) {
        return new Assessment(rating == null ? Rating.NOT_APPLICABLE : Rating.valueOf(rating), note);
    }
}
