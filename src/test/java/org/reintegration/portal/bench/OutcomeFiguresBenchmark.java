package org.reintegration.portal.bench;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.grant.GrantSamples;
import org.reintegration.portal.outcome.OutcomeService;
import org.reintegration.portal.outcome.SchemeService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * How long the outcome pages take to read their figures with {@code outcome.communities} generated communities
 * (10,000 unless set) surveyed over four quarters (6 to 13 answers each per quarter, some communities fewer than
 * five), after the scheme is applied (which computes and keeps every figure: timed once). Prints, per page, the
 * median and the slowest of 15 runs after 3 warm-up runs; it asserts nothing about time.
 *
 * <p>Run with {@code src/bench/outcome-figures.sh}. Not part of the test suite (its name does not end in Test).
 */
@PortalTest
class OutcomeFiguresBenchmark {

    private static final int COMMUNITIES = Integer.getInteger("outcome.communities", 10_000);

    @Autowired
    DSLContext db;

    @Autowired
    OutcomeService outcomes;

    @Autowired
    SchemeService schemes;

    @Autowired
    UserDetailsService users;

    @Test
    void outcome_pages_with_ten_thousand_surveyed_communities() {
        for (String sql : generation()) {
            db.execute(sql);
        }
        int answers = db.fetchCount(org.reintegration.portal.base.jooq.Tables.OUTCOME_RESPONSE);
        long[] applied = new long[1];
        GrantSamples.as(users, "admin", () -> {
            int version = schemes.saveScheme(SchemeService.exampleScheme());
            long start = System.nanoTime();
            schemes.applyScheme(version);
            applied[0] = (System.nanoTime() - start) / 1_000_000;
        });
        System.out.printf(
                "%noutcomes: %,d communities generated, %,d survey answers; applying the scheme (scoring every answer"
                        + " and computing every figure): %,d ms%n",
                COMMUNITIES, answers, applied[0]);
        GrantSamples.as(users, "staff", () -> {
            LocalDate quarter = outcomes.quarters().getFirst();
            long community =
                    outcomes.communities(null, null).getFirst().community().id();
            measure("programme view, every community, latest quarter", () -> outcomes.communities(null, null));
            measure("programme view, one quarter", () -> outcomes.communities(null, quarter));
            measure("map, prefecture layer", () -> outcomes.areaFigures(2, quarter));
            measure("community page", () -> outcomes.communityFigures(community));
            measure("quarters", outcomes::quarters);
            measure("HXL export's figures", outcomes::visibleFigures);
        });
        GrantSamples.as(
                users,
                "authority",
                () -> measure("programme view, a local authority", () -> outcomes.communities(null, null)));
    }

    private static void measure(String page, Supplier<List<?>> read) {
        for (int i = 0; i < 3; i++) {
            read.get();
        }
        double[] millis = new double[15];
        int rows = 0;
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            rows = read.get().size();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf(
                "page %s: median %.1f ms, slowest %.1f ms (%,d rows)%n",
                page, millis[millis.length / 2], millis[millis.length - 1], rows);
    }

    /** Deterministic: every choice is arithmetic on the row number. */
    private static List<String> generation() {
        String digits = "(select 0 d union all select 1 union all select 2 union all select 3 union all select 4"
                + " union all select 5 union all select 6 union all select 7 union all select 8 union all select 9)";
        return List.of(
                "drop table if exists bench_n",
                "create table bench_n (n int primary key)",
                "insert into bench_n select a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d from " + digits
                        + " a, " + digits + " b, " + digits + " c, " + digits + " e, " + digits + " f",
                "drop table if exists bench_area",
                "create table bench_area as select row_number() over (order by pcode) - 1 i, pcode from admin_area"
                        + " where admin_level = 2",
                "insert into community (name, name_language, admin_pcode, archived, created_at, updated_at)"
                        + " select concat('Surveyed ', n), 'fr', a.pcode, 0, timestamp '2025-01-01 08:00:00',"
                        + " timestamp '2025-01-01 08:00:00' from bench_n join bench_area a on a.i = n % (select"
                        + " count(*) from bench_area) where n < " + COMMUNITIES,
                "drop table if exists bench_community",
                "create table bench_community (i int primary key, id bigint, admin_pcode varchar(40)) as select"
                        + " row_number() over (order by id) - 1 i, id, admin_pcode from community where name like"
                        + " 'Surveyed %'",
                // 4 quarters; per community and quarter 6 to 13 answers, every 17th community only 3
                "insert into outcome_response (submission_digest, community_id, admin_pcode, quarter_start, sex,"
                        + " age_band, imported_by, imported_at) select sha2(concat('bench-', c.i, '-', q.n, '-',"
                        + " r.n), 256), c.id, c.admin_pcode, date '2025-01-01' + interval (3 * q.n) month,"
                        + " elt(1 + (c.i + r.n) % 3, 'FEMALE', 'MALE', null), elt(1 + (c.i + 2 * r.n) % 5,"
                        + " 'FROM_18_TO_35', 'FROM_36_TO_59', 'FROM_18_TO_35', 'FROM_60', null), 'bench',"
                        + " timestamp '2026-01-01 00:00:00' from bench_community c join bench_n q on q.n < 4"
                        + " join bench_n r on r.n < if(c.i % 17 = 0, 3, 6 + (c.i + q.n) % 8)",
                "insert into outcome_answer (response_id, question, answer) select id, 'econ_satisfaction',"
                        + " elt(1 + id % 5, 'very_dissatisfied', 'dissatisfied', 'neutral', 'satisfied',"
                        + " 'very_satisfied') from outcome_response where imported_by = 'bench'",
                "insert into outcome_answer (response_id, question, answer) select id, 'soc_health',"
                        + " elt(1 + (id div 5) % 4, 'very_poor', 'poor', 'good', 'very_good') from outcome_response"
                        + " where imported_by = 'bench'",
                "insert into outcome_answer (response_id, question, answer) select id, 'psy_belonging',"
                        + " elt(1 + (id div 3) % 4, 'not_at_all', 'a_little', 'somewhat', 'very_much') from"
                        + " outcome_response where imported_by = 'bench'");
    }
}
