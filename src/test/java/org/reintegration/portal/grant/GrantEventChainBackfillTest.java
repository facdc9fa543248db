package org.reintegration.portal.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reintegration.portal.base.jooq.Tables.GRANT_EVENT;
import static org.reintegration.portal.base.jooq.Tables.GRANT_EVENT_CHAIN;
import static org.reintegration.portal.base.jooq.Tables.GRANT_EVENT_HEAD;

import java.time.LocalDateTime;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.project.ProjectService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events recorded before the hash chain existed: changelog 0018 numbers them and leaves their hashes empty; the
 * portal computes them at start-up, or at the grant's next event, whichever comes first.
 */
@PortalTest
@Transactional
class GrantEventChainBackfillTest {

    @Autowired
    GrantService grants;

    @Autowired
    ProjectService projects;

    @Autowired
    GrantEventChainBackfill backfill;

    @Autowired
    DSLContext db;

    /** A grant whose first event is chained and whose next two look as the migration leaves older events. */
    private long grantWithEventsFromBeforeTheChain() {
        long project = GrantSamples.demoProjects(projects, 1).getFirst();
        long grant = grants.create(GrantSamples.data(Set.of(project))).id();
        for (int n = 2; n <= 3; n++) {
            db.insertInto(GRANT_EVENT)
                    .set(GRANT_EVENT.GRANT_ID, grant)
                    .set(GRANT_EVENT.HAPPENED_AT, LocalDateTime.of(2026, 11, 1, 8, n))
                    .set(GRANT_EVENT.ACTOR, "staff")
                    .set(GRANT_EVENT.KIND, EventKind.CHANGED.name())
                    .set(GRANT_EVENT.DETAIL, "older change " + n)
                    .execute();
            db.insertInto(GRANT_EVENT_CHAIN)
                    .set(GRANT_EVENT_CHAIN.EVENT_ID, db.lastID().longValue())
                    .set(GRANT_EVENT_CHAIN.GRANT_ID, grant)
                    .set(GRANT_EVENT_CHAIN.SEQ, n)
                    .execute();
        }
        db.update(GRANT_EVENT_HEAD)
                .set(GRANT_EVENT_HEAD.SEQ, 3)
                .setNull(GRANT_EVENT_HEAD.HASH)
                .where(GRANT_EVENT_HEAD.GRANT_ID.eq(grant))
                .execute();
        return grant;
    }

    @Test
    @WithUserDetails("staff")
    void the_start_up_computes_the_missing_hashes_and_the_trail_checks_out() throws Exception {
        long grant = grantWithEventsFromBeforeTheChain();
        assertThat(grants.checkTrail(grant).intact()).isFalse();

        backfill.run(null);

        TrailCheck check = grants.checkTrail(grant);
        assertThat(check.intact()).isTrue();
        assertThat(check.verified()).isEqualTo(3);
        assertThat(db.fetchCount(GRANT_EVENT_CHAIN, GRANT_EVENT_CHAIN.HASH.isNull()))
                .isZero();
    }

    @Test
    @WithUserDetails("staff")
    void the_next_event_seals_the_older_ones_first() {
        long grant = grantWithEventsFromBeforeTheChain();

        grants.addBudgetLine(grant, BudgetLine.of(BudgetCategory.TRAINING, "Training", GrantSamples.bd("1000")));

        TrailCheck check = grants.checkTrail(grant);
        assertThat(check.intact()).isTrue();
        assertThat(check.verified()).isEqualTo(4);
        assertThat(grants.events(grant)).extracting(GrantEvent::number).containsExactly(1, 2, 3, 4);
    }

    @Test
    @WithUserDetails("staff")
    void a_grant_without_a_recorded_head_takes_it_from_its_last_link() throws Exception {
        long grant = grantWithEventsFromBeforeTheChain();
        db.deleteFrom(GRANT_EVENT_HEAD)
                .where(GRANT_EVENT_HEAD.GRANT_ID.eq(grant))
                .execute();

        backfill.run(null);
        grants.addBudgetLine(grant, BudgetLine.of(BudgetCategory.TRAINING, "Training", GrantSamples.bd("1000")));

        TrailCheck check = grants.checkTrail(grant);
        assertThat(check.intact()).isTrue();
        assertThat(check.verified()).isEqualTo(4);
    }
}
