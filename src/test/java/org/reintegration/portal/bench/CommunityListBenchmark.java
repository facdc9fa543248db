package org.reintegration.portal.bench;

import static org.reintegration.portal.base.jooq.Tables.COMMUNITY;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.community.CommunityFilter;
import org.reintegration.portal.community.CommunityService;
import org.reintegration.portal.community.CommunitySort;
import org.reintegration.portal.community.TensionLevel;
import org.reintegration.portal.geo.AdminArea;
import org.reintegration.portal.geo.AdminAreaService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * How long the community list takes to count and fetch a page (50 rows, as the grid asks) with 10,000
 * communities across Guinea's prefectures, for the filters and orders staff use. Prints the median and
 * the slowest of 25 runs after 5 warm-up runs; it asserts nothing about time.
 *
 * <p>Run with {@code src/bench/community-list.sh}. Not part of the test suite (its name does not end in Test).
 */
@PortalTest
@WithUserDetails("staff")
class CommunityListBenchmark {

    private static final int COMMUNITIES = 10_000;
    private static final int PAGE = 50;

    @Autowired
    DSLContext db;

    @Autowired
    CommunityService communities;

    @Autowired
    AdminAreaService areas;

    @Test
    void community_list_with_ten_thousand_communities() {
        List<AdminArea> prefectures = areas.listAreas(2);
        generate(prefectures);
        System.out.printf(
                "%ncommunities: %,d in the database (%,d generated, the rest demo data); archived ones are not listed%n",
                communities.count(new CommunityFilter(null, null, true)), COMMUNITIES);
        System.out.println("| list | rows matching | count + page, median | slowest |");
        System.out.println("|---|---|---|---|");
        PCode region = PCode.of("GN004");
        measure("all, by name, first page", CommunityFilter.ALL, CommunitySort.NAME, 0);
        measure("all, by name, page 180 (offset 9,000)", CommunityFilter.ALL, CommunitySort.NAME, 9_000);
        measure("all, highest tension first", CommunityFilter.ALL, CommunitySort.TENSION, 0);
        measure("all, longest without profile first", CommunityFilter.ALL, CommunitySort.LAST_PROFILED, 0);
        measure(
                "one region (GN004) with its prefectures",
                new CommunityFilter(region, null, false),
                CommunitySort.NAME,
                0);
        measure("name contains \"ba\"", new CommunityFilter(null, "ba", false), CommunitySort.NAME, 0);
        measure(
                "tension high, returnees ≥ 20 %",
                new CommunityFilter(null, null, false, TensionLevel.HIGH, 0.2, null), CommunitySort.NAME, 0);
        measure(
                "not profiled since 2026-01-01, in GN004",
                new CommunityFilter(region, null, false, null, null, LocalDate.of(2026, 1, 1)),
                CommunitySort.LAST_PROFILED,
                0);
    }

    private void measure(String what, CommunityFilter filter, CommunitySort sort, int offset) {
        Supplier<Integer> listing = () -> {
            int matching = communities.count(filter);
            communities.list(filter, sort, offset, PAGE);
            return matching;
        };
        for (int i = 0; i < 5; i++) {
            listing.get();
        }
        double[] millis = new double[25];
        int matching = 0;
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            matching = listing.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf(
                "| %s | %,d | %.1f ms | %.1f ms |%n",
                what, matching, millis[millis.length / 2], millis[millis.length - 1]);
    }

    /** Deterministic communities: random areas, names, tension, returnee shares and profile dates. */
    private void generate(List<AdminArea> prefectures) {
        Random random = new Random(10_000);
        String[] syllables = {"ba", "ko", "di", "ma", "so", "ka", "ra", "fa", "ne", "lo", "gui", "tou"};
        TensionLevel[] levels = TensionLevel.values();
        LocalDateTime now = LocalDateTime.of(2026, 11, 1, 12, 0);
        List<Query> inserts = new ArrayList<>();
        for (int i = 0; i < COMMUNITIES; i++) {
            AdminArea area = prefectures.get(random.nextInt(prefectures.size()));
            String name = syllables[random.nextInt(syllables.length)]
                    + syllables[random.nextInt(syllables.length)]
                    + syllables[random.nextInt(syllables.length)]
                    + " " + i;
            boolean profiled = random.nextInt(10) < 8;
            inserts.add(db.insertInto(COMMUNITY)
                    .set(COMMUNITY.NAME, Character.toUpperCase(name.charAt(0)) + name.substring(1))
                    .set(COMMUNITY.NAME_LANGUAGE, "fr")
                    .set(COMMUNITY.ADMIN_PCODE, area.pcode().value())
                    .set(COMMUNITY.DESCRIPTION, "Generated for the benchmark")
                    .set(COMMUNITY.ARCHIVED, random.nextInt(50) == 0)
                    .set(COMMUNITY.CREATED_AT, now.minusDays(random.nextInt(700)))
                    .set(COMMUNITY.UPDATED_AT, now.minusDays(random.nextInt(300)))
                    .set(
                            COMMUNITY.LAST_PROFILED_ON,
                            profiled ? LocalDate.of(2024, 1, 1).plusDays(random.nextInt(1000)) : null)
                    .set(
                            COMMUNITY.CURRENT_TENSION_LEVEL,
                            profiled ? levels[random.nextInt(levels.length)].name() : null)
                    .set(
                            COMMUNITY.CURRENT_RETURNEE_SHARE,
                            profiled ? BigDecimal.valueOf(random.nextInt(6000), 4) : null));
        }
        db.batch(inserts).execute();
    }
}
