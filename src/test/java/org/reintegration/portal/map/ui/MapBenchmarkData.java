package org.reintegration.portal.map.ui;

import static org.reintegration.portal.base.jooq.Tables.COMMUNITY;
import static org.reintegration.portal.base.jooq.Tables.PROJECT;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.reintegration.portal.community.TensionLevel;
import org.reintegration.portal.geo.AdminArea;
import org.reintegration.portal.geo.GeoBounds;
import org.reintegration.portal.initiative.Dimension;
import org.reintegration.portal.project.ProjectStatus;

/** Country-scale data for the map benchmarks: 10,000 communities and 5,000 projects, always the same. */
public final class MapBenchmarkData {

    public static final int COMMUNITIES = 10_000;
    public static final int PROJECTS = 5_000;

    private MapBenchmarkData() {}

    /** Communities at random points of their prefecture's extent, projects in random ones of them. */
    public static void generate(DSLContext db, List<AdminArea> prefectures) {
        Random random = new Random(5_000);
        TensionLevel[] levels = TensionLevel.values();
        LocalDateTime now = LocalDateTime.of(2026, 11, 1, 12, 0);
        List<Query> inserts = new ArrayList<>();
        for (int i = 0; i < COMMUNITIES; i++) {
            AdminArea area = prefectures.get(random.nextInt(prefectures.size()));
            GeoBounds b = area.bounds();
            boolean profiled = random.nextInt(10) < 8;
            inserts.add(db.insertInto(COMMUNITY)
                    .set(COMMUNITY.NAME, "Village " + i)
                    .set(COMMUNITY.NAME_LANGUAGE, "fr")
                    .set(COMMUNITY.ADMIN_PCODE, area.pcode().value())
                    .set(COMMUNITY.LATITUDE, degrees(b.south() + random.nextDouble() * (b.north() - b.south())))
                    .set(COMMUNITY.LONGITUDE, degrees(b.west() + random.nextDouble() * (b.east() - b.west())))
                    .set(COMMUNITY.ARCHIVED, false)
                    .set(COMMUNITY.CREATED_AT, now)
                    .set(COMMUNITY.UPDATED_AT, now)
                    .set(COMMUNITY.LAST_PROFILED_ON, profiled ? LocalDate.of(2026, 1, 1) : null)
                    .set(
                            COMMUNITY.CURRENT_TENSION_LEVEL,
                            profiled ? levels[random.nextInt(levels.length)].name() : null)
                    .set(
                            COMMUNITY.CURRENT_RETURNEE_SHARE,
                            profiled ? BigDecimal.valueOf(random.nextInt(4000), 4) : null));
        }
        db.batch(inserts).execute();
        List<Long> ids = db.select(COMMUNITY.ID).from(COMMUNITY).fetch(COMMUNITY.ID);
        Dimension[] dimensions = Dimension.values();
        ProjectStatus[] statuses = ProjectStatus.values();
        inserts.clear();
        for (int i = 0; i < PROJECTS; i++) {
            long community = ids.get(random.nextInt(ids.size()));
            var c = db.select(COMMUNITY.ADMIN_PCODE, COMMUNITY.LATITUDE, COMMUNITY.LONGITUDE)
                    .from(COMMUNITY)
                    .where(COMMUNITY.ID.eq(community))
                    .fetchSingle();
            boolean ownPoint = random.nextBoolean() && c.value2() != null;
            inserts.add(db.insertInto(PROJECT)
                    .set(PROJECT.CODE, "BENCH-" + i)
                    .set(PROJECT.COMMUNITY_ID, community)
                    .set(PROJECT.ADMIN_PCODE, c.value1())
                    .set(PROJECT.DIMENSION, dimensions[random.nextInt(dimensions.length)].name())
                    .set(PROJECT.TITLE, "Generated project " + i)
                    .set(PROJECT.STATUS, statuses[random.nextInt(statuses.length)].name())
                    .set(PROJECT.PROGRESS_PERCENT, random.nextInt(101))
                    .set(PROJECT.PROGRESS_FROM_MILESTONES, false)
                    .set(PROJECT.CONFIDENTIAL, random.nextInt(20) == 0)
                    .set(PROJECT.LATITUDE, ownPoint ? c.value2().add(new BigDecimal("0.01")) : null)
                    .set(PROJECT.LONGITUDE, ownPoint ? c.value3() : null)
                    .set(PROJECT.CREATED_BY, "benchmark")
                    .set(PROJECT.CREATED_AT, now)
                    .set(PROJECT.UPDATED_AT, now));
        }
        db.batch(inserts).execute();
    }

    private static BigDecimal degrees(double value) {
        return BigDecimal.valueOf(value).setScale(5, RoundingMode.HALF_UP);
    }
}
