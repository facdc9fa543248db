package org.reintegration.portal.outcome.repository;

import static org.reintegration.portal.base.jooq.Tables.ADMIN_AREA;
import static org.reintegration.portal.base.jooq.Tables.OUTCOME_FIGURE;
import static org.reintegration.portal.base.jooq.Tables.OUTCOME_FIGURE_STATE;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.outcome.Cohort;
import org.reintegration.portal.outcome.Figure;
import org.reintegration.portal.outcome.ScoreKind;
import org.springframework.stereotype.Repository;

/** The figures as shown, kept per scheme version (see {@code outcome.FigureStore}); never a sum or a small group. */
@Repository
public class OutcomeFigureRepository {

    private static final int BATCH = 1000;

    /** The columns a {@link Figure} is made of: its place, quarter and cohort, and each kind's mean and share. */
    private static final List<Field<?>> FIGURE_COLUMNS = figureColumns();

    private final DSLContext db;

    OutcomeFigureRepository(DSLContext db) {
        this.db = db;
    }

    /**
     * Locks the one row every change of the figures goes through, until the transaction ends. Taken before
     * anything else is read in the transaction, so that what it then reads includes every change committed before.
     */
    public void lock() {
        db.select(OUTCOME_FIGURE_STATE.ID)
                .from(OUTCOME_FIGURE_STATE)
                .where(OUTCOME_FIGURE_STATE.ID.eq(1))
                .forUpdate()
                .fetch();
    }

    /** The scheme version the kept figures were computed under; empty before any was. */
    public Optional<Integer> refreshedVersion() {
        return db.select(OUTCOME_FIGURE_STATE.SCHEME_VERSION)
                .from(OUTCOME_FIGURE_STATE)
                .where(OUTCOME_FIGURE_STATE.ID.eq(1))
                .fetchOptional(OUTCOME_FIGURE_STATE.SCHEME_VERSION);
    }

    /**
     * Replaces the kept figures by those given, computed under {@code version}: all of them ({@code quarters} null)
     * or those of the given quarters.
     */
    public void replace(int version, Collection<LocalDate> quarters, List<Figure> figures, LocalDateTime at) {
        if (quarters == null) {
            db.deleteFrom(OUTCOME_FIGURE).execute();
        } else if (!quarters.isEmpty()) {
            db.deleteFrom(OUTCOME_FIGURE)
                    .where(OUTCOME_FIGURE.QUARTER_START.in(quarters))
                    .execute();
        }
        for (int from = 0; from < figures.size(); from += BATCH) {
            List<Figure> batch = figures.subList(from, Math.min(figures.size(), from + BATCH));
            var insert = db.insertInto(
                    OUTCOME_FIGURE,
                    OUTCOME_FIGURE.SCHEME_VERSION,
                    OUTCOME_FIGURE.COMMUNITY_ID,
                    OUTCOME_FIGURE.ADMIN_PCODE,
                    OUTCOME_FIGURE.QUARTER_START,
                    OUTCOME_FIGURE.COHORT,
                    OUTCOME_FIGURE.RESPONDENTS,
                    OUTCOME_FIGURE.MEAN_ECONOMIC,
                    OUTCOME_FIGURE.MEAN_SOCIAL,
                    OUTCOME_FIGURE.MEAN_PSYCHOSOCIAL,
                    OUTCOME_FIGURE.MEAN_COMPOSITE,
                    OUTCOME_FIGURE.SHARE_ECONOMIC,
                    OUTCOME_FIGURE.SHARE_SOCIAL,
                    OUTCOME_FIGURE.SHARE_PSYCHOSOCIAL,
                    OUTCOME_FIGURE.SHARE_COMPOSITE);
            for (Figure f : batch) {
                insert.values(
                        version,
                        f.communityId(),
                        f.area().value(),
                        f.quarter(),
                        f.cohort().name(),
                        f.respondents(),
                        f.mean(ScoreKind.ECONOMIC),
                        f.mean(ScoreKind.SOCIAL),
                        f.mean(ScoreKind.PSYCHOSOCIAL),
                        f.mean(ScoreKind.COMPOSITE),
                        f.share(ScoreKind.ECONOMIC),
                        f.share(ScoreKind.SOCIAL),
                        f.share(ScoreKind.PSYCHOSOCIAL),
                        f.share(ScoreKind.COMPOSITE));
            }
            insert.execute();
        }
        db.update(OUTCOME_FIGURE_STATE)
                .set(OUTCOME_FIGURE_STATE.SCHEME_VERSION, version)
                .set(OUTCOME_FIGURE_STATE.REFRESHED_AT, at)
                .where(OUTCOME_FIGURE_STATE.ID.eq(1))
                .execute();
    }

    /** The quarters with figures, latest first. */
    public List<LocalDate> quarters(int version) {
        return db.selectDistinct(OUTCOME_FIGURE.QUARTER_START)
                .from(OUTCOME_FIGURE)
                .where(OUTCOME_FIGURE.SCHEME_VERSION.eq(version))
                .orderBy(OUTCOME_FIGURE.QUARTER_START.desc())
                .fetch(OUTCOME_FIGURE.QUARTER_START);
    }

    /** A community's figures, every quarter; one cohort or all ({@code cohort} null). */
    public List<Figure> ofCommunity(int version, long communityId, Cohort cohort) {
        return read(OUTCOME_FIGURE
                .SCHEME_VERSION
                .eq(version)
                .and(OUTCOME_FIGURE.COMMUNITY_ID.eq(communityId))
                .and(cohort == null ? DSL.noCondition() : OUTCOME_FIGURE.COHORT.eq(cohort.name())));
    }

    /** The figures of one cohort of every community, every quarter, in the given areas (or everywhere: null). */
    public List<Figure> ofCommunities(int version, Cohort cohort, Collection<PCode> areas) {
        return read(OUTCOME_FIGURE
                .SCHEME_VERSION
                .eq(version)
                .and(OUTCOME_FIGURE.COMMUNITY_ID.isNotNull())
                .and(OUTCOME_FIGURE.COHORT.eq(cohort.name()))
                .and(
                        areas == null
                                ? DSL.noCondition()
                                : OUTCOME_FIGURE.ADMIN_PCODE.in(
                                        areas.stream().map(PCode::value).toList())));
    }

    /** The figures of one cohort of every admin area in a quarter. */
    public List<Figure> ofAreas(int version, Cohort cohort, LocalDate quarter) {
        return read(OUTCOME_FIGURE
                .SCHEME_VERSION
                .eq(version)
                .and(OUTCOME_FIGURE.COMMUNITY_ID.isNull())
                .and(OUTCOME_FIGURE.COHORT.eq(cohort.name()))
                .and(OUTCOME_FIGURE.QUARTER_START.eq(quarter)));
    }

    /** Every kept figure. */
    public List<Figure> all(int version) {
        return read(OUTCOME_FIGURE.SCHEME_VERSION.eq(version));
    }

    /** The admin-area tree as stored now, child to parent (null for a country). */
    public Map<PCode, PCode> parentIndex() {
        Map<PCode, PCode> parents = new HashMap<>();
        db.select(ADMIN_AREA.PCODE, ADMIN_AREA.PARENT_PCODE)
                .from(ADMIN_AREA)
                .forEach(r -> parents.put(PCode.of(r.value1()), r.value2() == null ? null : PCode.of(r.value2())));
        return parents;
    }

    private List<Figure> read(Condition where) {
        return db.select(FIGURE_COLUMNS)
                .from(OUTCOME_FIGURE)
                .where(where)
                .orderBy(OUTCOME_FIGURE.QUARTER_START, OUTCOME_FIGURE.ID)
                .fetch(OutcomeFigureRepository::figure);
    }

    private static List<Field<?>> figureColumns() {
        List<Field<?>> columns = new ArrayList<>(List.of(
                OUTCOME_FIGURE.COMMUNITY_ID,
                OUTCOME_FIGURE.ADMIN_PCODE,
                OUTCOME_FIGURE.QUARTER_START,
                OUTCOME_FIGURE.COHORT,
                OUTCOME_FIGURE.RESPONDENTS));
        for (ScoreKind kind : ScoreKind.values()) {
            columns.add(mean(kind));
            columns.add(share(kind));
        }
        return List.copyOf(columns);
    }

    private static Figure figure(Record r) {
        Map<ScoreKind, Double> means = new EnumMap<>(ScoreKind.class);
        Map<ScoreKind, Double> shares = new EnumMap<>(ScoreKind.class);
        for (ScoreKind kind : ScoreKind.values()) {
            putIfPresent(means, kind, r.get(mean(kind)));
            putIfPresent(shares, kind, r.get(share(kind)));
        }
        return new Figure(
                r.get(OUTCOME_FIGURE.COMMUNITY_ID),
                PCode.of(r.get(OUTCOME_FIGURE.ADMIN_PCODE)),
                r.get(OUTCOME_FIGURE.QUARTER_START),
                Cohort.valueOf(r.get(OUTCOME_FIGURE.COHORT)),
                r.get(OUTCOME_FIGURE.RESPONDENTS),
                means,
                shares);
    }

    private static void putIfPresent(Map<ScoreKind, Double> map, ScoreKind kind, Double value) {
        if (value != null) {
            map.put(kind, value);
        }
    }

    private static Field<Double> mean(ScoreKind kind) {
        return switch (kind) {
            case ECONOMIC -> OUTCOME_FIGURE.MEAN_ECONOMIC;
            case SOCIAL -> OUTCOME_FIGURE.MEAN_SOCIAL;
            case PSYCHOSOCIAL -> OUTCOME_FIGURE.MEAN_PSYCHOSOCIAL;
            case COMPOSITE -> OUTCOME_FIGURE.MEAN_COMPOSITE;
        };
    }

    private static Field<Double> share(ScoreKind kind) {
        return switch (kind) {
            case ECONOMIC -> OUTCOME_FIGURE.SHARE_ECONOMIC;
            case SOCIAL -> OUTCOME_FIGURE.SHARE_SOCIAL;
            case PSYCHOSOCIAL -> OUTCOME_FIGURE.SHARE_PSYCHOSOCIAL;
            case COMPOSITE -> OUTCOME_FIGURE.SHARE_COMPOSITE;
        };
    }
}
