package org.reintegration.portal.outcome.repository;

import static org.reintegration.portal.base.jooq.Tables.COMMUNITY;
import static org.reintegration.portal.base.jooq.Tables.OUTCOME_ANSWER;
import static org.reintegration.portal.base.jooq.Tables.OUTCOME_PUBLICATION;
import static org.reintegration.portal.base.jooq.Tables.OUTCOME_RESPONSE;
import static org.reintegration.portal.base.jooq.Tables.OUTCOME_SCHEME;
import static org.reintegration.portal.base.jooq.Tables.OUTCOME_SCORE;
import static org.reintegration.portal.base.jooq.Tables.PROJECT;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.reintegration.portal.base.LatLon;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.community.profile.AgeBand;
import org.reintegration.portal.community.profile.Sex;
import org.reintegration.portal.outcome.CommunityPlace;
import org.reintegration.portal.outcome.PlannedResponse;
import org.reintegration.portal.outcome.ProjectSpan;
import org.reintegration.portal.outcome.ScoreKind;
import org.reintegration.portal.outcome.Scores;
import org.reintegration.portal.outcome.StoredScheme;
import org.reintegration.portal.outcome.Tally;
import org.springframework.stereotype.Repository;

@Repository
public class OutcomeRepository {

    /** The columns a {@link StoredScheme} is made of. */
    private static final List<Field<?>> SCHEME_COLUMNS = List.of(
            OUTCOME_SCHEME.VERSION,
            OUTCOME_SCHEME.TITLE,
            OUTCOME_SCHEME.DEFINITION,
            OUTCOME_SCHEME.EXAMPLE,
            OUTCOME_SCHEME.CREATED_BY,
            OUTCOME_SCHEME.CREATED_AT,
            OUTCOME_SCHEME.APPLIED_AT);

    private final DSLContext db;

    OutcomeRepository(DSLContext db) {
        this.db = db;
    }

    // --- schemes

    public Optional<StoredScheme> scheme(int version) {
        return db.select(SCHEME_COLUMNS)
                .from(OUTCOME_SCHEME)
                .where(OUTCOME_SCHEME.VERSION.eq(version))
                .fetchOptional(OutcomeRepository::scheme);
    }

    public List<StoredScheme> schemes() {
        return db.select(SCHEME_COLUMNS)
                .from(OUTCOME_SCHEME)
                .orderBy(OUTCOME_SCHEME.VERSION.desc())
                .fetch(OutcomeRepository::scheme);
    }

    /** The version applied last, which every view shows. */
    public Optional<StoredScheme> appliedScheme() {
        return db.select(SCHEME_COLUMNS)
                .from(OUTCOME_SCHEME)
                .where(OUTCOME_SCHEME.APPLIED_AT.isNotNull())
                .orderBy(OUTCOME_SCHEME.APPLIED_AT.desc(), OUTCOME_SCHEME.VERSION.desc())
                .limit(1)
                .fetchOptional(OutcomeRepository::scheme);
    }

    /** Stores a new version, numbered one above the highest; the row lock on the table's end keeps numbers unique. */
    public int insertScheme(String title, String definition, boolean example, String by, LocalDateTime at) {
        Integer highest = db.select(DSL.max(OUTCOME_SCHEME.VERSION))
                .from(OUTCOME_SCHEME)
                .forUpdate()
                .fetchOne(0, Integer.class);
        int version = highest == null ? 1 : highest + 1;
        db.insertInto(OUTCOME_SCHEME)
                .set(OUTCOME_SCHEME.VERSION, version)
                .set(OUTCOME_SCHEME.TITLE, title)
                .set(OUTCOME_SCHEME.DEFINITION, definition)
                .set(OUTCOME_SCHEME.EXAMPLE, example)
                .set(OUTCOME_SCHEME.CREATED_BY, by)
                .set(OUTCOME_SCHEME.CREATED_AT, at)
                .execute();
        return version;
    }

    public void markApplied(int version, LocalDateTime at) {
        db.update(OUTCOME_SCHEME)
                .set(OUTCOME_SCHEME.APPLIED_AT, at)
                .where(OUTCOME_SCHEME.VERSION.eq(version))
                .execute();
    }

    private static StoredScheme scheme(Record r) {
        return new StoredScheme(
                r.get(OUTCOME_SCHEME.VERSION),
                r.get(OUTCOME_SCHEME.TITLE),
                r.get(OUTCOME_SCHEME.DEFINITION),
                Boolean.TRUE.equals(r.get(OUTCOME_SCHEME.EXAMPLE)),
                r.get(OUTCOME_SCHEME.CREATED_BY),
                r.get(OUTCOME_SCHEME.CREATED_AT),
                r.get(OUTCOME_SCHEME.APPLIED_AT));
    }

    // --- survey answers

    public Set<String> importedDigests(Collection<String> digests) {
        if (digests.isEmpty()) {
            return Set.of();
        }
        return db.select(OUTCOME_RESPONSE.SUBMISSION_DIGEST)
                .from(OUTCOME_RESPONSE)
                .where(OUTCOME_RESPONSE.SUBMISSION_DIGEST.in(digests))
                .fetchSet(OUTCOME_RESPONSE.SUBMISSION_DIGEST);
    }

    public long insertResponse(PlannedResponse response, String by, LocalDateTime at) {
        db.insertInto(OUTCOME_RESPONSE)
                .set(OUTCOME_RESPONSE.SUBMISSION_DIGEST, response.digest())
                .set(OUTCOME_RESPONSE.COMMUNITY_ID, response.communityId())
                .set(OUTCOME_RESPONSE.ADMIN_PCODE, response.area().value())
                .set(OUTCOME_RESPONSE.QUARTER_START, response.quarterStart())
                .set(
                        OUTCOME_RESPONSE.SEX,
                        response.sex() == null ? null : response.sex().name())
                .set(
                        OUTCOME_RESPONSE.AGE_BAND,
                        response.ageBand() == null ? null : response.ageBand().name())
                .set(OUTCOME_RESPONSE.IMPORTED_BY, by)
                .set(OUTCOME_RESPONSE.IMPORTED_AT, at)
                .execute();
        long id = db.lastID().longValueExact();
        var insert = db.insertInto(
                OUTCOME_ANSWER, OUTCOME_ANSWER.RESPONSE_ID, OUTCOME_ANSWER.QUESTION, OUTCOME_ANSWER.ANSWER);
        response.answers().forEach((question, answer) -> insert.values(id, question, answer));
        if (!response.answers().isEmpty()) {
            insert.execute();
        }
        return id;
    }

    public void insertScores(int version, Map<Long, Scores> scores) {
        if (scores.isEmpty()) {
            return;
        }
        var insert = db.insertInto(
                OUTCOME_SCORE,
                OUTCOME_SCORE.RESPONSE_ID,
                OUTCOME_SCORE.SCHEME_VERSION,
                OUTCOME_SCORE.ECONOMIC,
                OUTCOME_SCORE.SOCIAL,
                OUTCOME_SCORE.PSYCHOSOCIAL,
                OUTCOME_SCORE.COMPOSITE);
        scores.forEach((id, s) -> insert.values(
                id,
                version,
                decimal(s.economic()),
                decimal(s.social()),
                decimal(s.psychosocial()),
                decimal(s.composite())));
        insert.execute();
    }

    public void deleteScores(int version) {
        db.deleteFrom(OUTCOME_SCORE)
                .where(OUTCOME_SCORE.SCHEME_VERSION.eq(version))
                .execute();
    }

    /** Every stored survey answer's coded answers by response, a page of {@code size} at a time, to score anew. */
    public void forEachAnswerPage(int size, Consumer<Map<Long, Map<String, String>>> page) {
        long after = 0;
        while (true) {
            List<Long> ids = db.select(OUTCOME_RESPONSE.ID)
                    .from(OUTCOME_RESPONSE)
                    .where(OUTCOME_RESPONSE.ID.gt(after))
                    .orderBy(OUTCOME_RESPONSE.ID)
                    .limit(size)
                    .fetch(OUTCOME_RESPONSE.ID);
            if (ids.isEmpty()) {
                return;
            }
            Map<Long, Map<String, String>> answers = new HashMap<>();
            ids.forEach(id -> answers.put(id, new HashMap<>()));
            db.select(OUTCOME_ANSWER.RESPONSE_ID, OUTCOME_ANSWER.QUESTION, OUTCOME_ANSWER.ANSWER)
                    .from(OUTCOME_ANSWER)
                    .where(OUTCOME_ANSWER.RESPONSE_ID.in(ids))
                    .forEach(r -> answers.get(r.value1()).put(r.value2(), r.value3()));
            page.accept(answers);
            after = ids.getLast();
        }
    }

    public int responseCount() {
        return db.fetchCount(OUTCOME_RESPONSE);
    }

    /**
     * Sums per community (or area), quarter, sex and age band under a scheme version, in the given quarters (or all:
     * null); nothing per person.
     */
    public List<Tally> tallies(int version, double threshold, Collection<LocalDate> quarters) {
        BigDecimal t = BigDecimal.valueOf(threshold);
        List<Field<?>> fields = new ArrayList<>(List.of(
                OUTCOME_RESPONSE.COMMUNITY_ID,
                OUTCOME_RESPONSE.ADMIN_PCODE,
                OUTCOME_RESPONSE.QUARTER_START,
                OUTCOME_RESPONSE.SEX,
                OUTCOME_RESPONSE.AGE_BAND,
                DSL.count().as("n")));
        for (ScoreKind kind : ScoreKind.values()) {
            Field<BigDecimal> score = scoreField(kind);
            fields.add(DSL.count(score).as("c_" + kind.code()));
            fields.add(DSL.sum(score).as("s_" + kind.code()));
            fields.add(DSL.sum(DSL.when(score.ge(t), DSL.inline(1)).otherwise(DSL.inline(0)))
                    .as("a_" + kind.code()));
        }
        return db.select(fields)
                .from(OUTCOME_RESPONSE)
                .join(OUTCOME_SCORE)
                .on(OUTCOME_SCORE.RESPONSE_ID.eq(OUTCOME_RESPONSE.ID))
                .where(OUTCOME_SCORE.SCHEME_VERSION.eq(version))
                .and(quarters == null ? DSL.noCondition() : OUTCOME_RESPONSE.QUARTER_START.in(quarters))
                .groupBy(
                        OUTCOME_RESPONSE.COMMUNITY_ID,
                        OUTCOME_RESPONSE.ADMIN_PCODE,
                        OUTCOME_RESPONSE.QUARTER_START,
                        OUTCOME_RESPONSE.SEX,
                        OUTCOME_RESPONSE.AGE_BAND)
                .fetch(OutcomeRepository::tally);
    }

    private static Tally tally(Record r) {
        Map<ScoreKind, Integer> scored = new EnumMap<>(ScoreKind.class);
        Map<ScoreKind, Double> sums = new EnumMap<>(ScoreKind.class);
        Map<ScoreKind, Integer> above = new EnumMap<>(ScoreKind.class);
        for (ScoreKind kind : ScoreKind.values()) {
            scored.put(kind, r.get("c_" + kind.code(), Integer.class));
            BigDecimal sum = r.get("s_" + kind.code(), BigDecimal.class);
            sums.put(kind, sum == null ? 0.0 : sum.doubleValue());
            Integer a = r.get("a_" + kind.code(), Integer.class);
            above.put(kind, a == null ? 0 : a);
        }
        String sex = r.get(OUTCOME_RESPONSE.SEX);
        String band = r.get(OUTCOME_RESPONSE.AGE_BAND);
        return new Tally(
                r.get(OUTCOME_RESPONSE.COMMUNITY_ID),
                PCode.of(r.get(OUTCOME_RESPONSE.ADMIN_PCODE)),
                r.get(OUTCOME_RESPONSE.QUARTER_START),
                sex == null ? null : Sex.valueOf(sex),
                band == null ? null : AgeBand.valueOf(band),
                r.get("n", Integer.class),
                scored,
                sums,
                above);
    }

    private static Field<BigDecimal> scoreField(ScoreKind kind) {
        return switch (kind) {
            case ECONOMIC -> OUTCOME_SCORE.ECONOMIC;
            case SOCIAL -> OUTCOME_SCORE.SOCIAL;
            case PSYCHOSOCIAL -> OUTCOME_SCORE.PSYCHOSOCIAL;
            case COMPOSITE -> OUTCOME_SCORE.COMPOSITE;
        };
    }

    private static BigDecimal decimal(Double score) {
        return score == null ? null : BigDecimal.valueOf(score).setScale(6, RoundingMode.HALF_EVEN);
    }

    // --- publication on public project pages

    public boolean isPublished(long communityId) {
        return db.fetchExists(OUTCOME_PUBLICATION, OUTCOME_PUBLICATION.COMMUNITY_ID.eq(communityId));
    }

    public void publish(long communityId, String by, LocalDateTime at) {
        db.insertInto(OUTCOME_PUBLICATION)
                .set(OUTCOME_PUBLICATION.COMMUNITY_ID, communityId)
                .set(OUTCOME_PUBLICATION.PUBLISHED_BY, by)
                .set(OUTCOME_PUBLICATION.PUBLISHED_AT, at)
                .onDuplicateKeyIgnore()
                .execute();
    }

    public void unpublish(long communityId) {
        db.deleteFrom(OUTCOME_PUBLICATION)
                .where(OUTCOME_PUBLICATION.COMMUNITY_ID.eq(communityId))
                .execute();
    }

    // --- places and projects, read for the outcome pages

    public Map<Long, CommunityPlace> communities(Collection<Long> ids) {
        Map<Long, CommunityPlace> places = new HashMap<>();
        if (ids.isEmpty()) {
            return places;
        }
        db.select(COMMUNITY.ID, COMMUNITY.NAME, COMMUNITY.ADMIN_PCODE, COMMUNITY.LATITUDE, COMMUNITY.LONGITUDE)
                .from(COMMUNITY)
                .where(COMMUNITY.ID.in(ids))
                .forEach(r -> places.put(
                        r.value1(),
                        new CommunityPlace(
                                r.value1(),
                                r.value2(),
                                PCode.of(r.value3()),
                                r.value4() == null || r.value5() == null
                                        ? null
                                        : new LatLon(
                                                r.value4().doubleValue(),
                                                r.value5().doubleValue()))));
        return places;
    }

    /** The projects of the given communities with a start, by community, earliest first. */
    public Map<Long, List<ProjectSpan>> projectsOf(Collection<Long> communityIds) {
        Map<Long, List<ProjectSpan>> spans = new HashMap<>();
        if (communityIds.isEmpty()) {
            return spans;
        }
        db.select(
                        PROJECT.COMMUNITY_ID,
                        PROJECT.ID,
                        PROJECT.TITLE,
                        DSL.coalesce(PROJECT.ACTUAL_START, PROJECT.PLANNED_START),
                        DSL.coalesce(PROJECT.ACTUAL_END, PROJECT.PLANNED_END))
                .from(PROJECT)
                .where(PROJECT.COMMUNITY_ID.in(communityIds))
                .and(DSL.coalesce(PROJECT.ACTUAL_START, PROJECT.PLANNED_START).isNotNull())
                .orderBy(DSL.coalesce(PROJECT.ACTUAL_START, PROJECT.PLANNED_START))
                .forEach(r -> spans.computeIfAbsent(r.value1(), id -> new ArrayList<>())
                        .add(new ProjectSpan(r.value2(), r.value3(), r.value4(), r.value5())));
        return spans;
    }

    public List<ProjectSpan> projectsOf(long communityId) {
        return db.select(
                        PROJECT.ID,
                        PROJECT.TITLE,
                        DSL.coalesce(PROJECT.ACTUAL_START, PROJECT.PLANNED_START),
                        DSL.coalesce(PROJECT.ACTUAL_END, PROJECT.PLANNED_END))
                .from(PROJECT)
                .where(PROJECT.COMMUNITY_ID.eq(communityId))
                .and(DSL.coalesce(PROJECT.ACTUAL_START, PROJECT.PLANNED_START).isNotNull())
                .orderBy(DSL.coalesce(PROJECT.ACTUAL_START, PROJECT.PLANNED_START))
                .fetch(r -> new ProjectSpan(r.value1(), r.value2(), r.value3(), r.value4()));
    }
}
