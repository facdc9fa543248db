package org.reintegration.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reintegration.portal.base.jooq.Tables.ADMIN_AREA;
import static org.reintegration.portal.base.jooq.Tables.COMMUNITY;
import static org.reintegration.portal.base.jooq.Tables.INITIATIVE;

import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.community.CommunityService;
import org.reintegration.portal.geo.AdminAreaService;
import org.reintegration.portal.initiative.Initiative;
import org.reintegration.portal.initiative.InitiativeService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reads that check the caller's area scopes once for a whole list (rather than once per item) keep the
 * same promise: a local authority scoped to Kankan (GN004) who asks by id, by name or by P-code for things
 * elsewhere gets nothing of them.
 */
@PortalTest
@Transactional
@WithUserDetails("authority")
class ScopeChecksForListsTest {

    private static final PCode KINDIA = PCode.of("GN005");

    @Autowired
    DSLContext db;

    @Autowired
    AdminAreaService areas;

    @Autowired
    CommunityService communities;

    @Autowired
    InitiativeService initiatives;

    @Test
    void initiatives_asked_for_by_id_outside_the_scope_are_left_out() {
        List<Long> everyId = db.select(INITIATIVE.ID).from(INITIATIVE).fetch(INITIATIVE.ID);
        long outside = db.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .join(COMMUNITY)
                .on(COMMUNITY.ID.eq(INITIATIVE.COMMUNITY_ID))
                .where(COMMUNITY.ADMIN_PCODE.notLike("GN004%"))
                .fetch(INITIATIVE.ID)
                .size();
        assertThat(outside).isPositive();

        List<Initiative> seen = initiatives.getAll(everyId);

        assertThat(seen).isNotEmpty().allMatch(i -> i.area().value().startsWith("GN004"));
        assertThat(seen).hasSizeLessThanOrEqualTo(everyId.size() - (int) outside);
    }

    @Test
    void outlines_and_areas_asked_for_by_p_code_outside_the_scope_are_not_given() {
        List<PCode> everyArea = db.select(ADMIN_AREA.PCODE).from(ADMIN_AREA).fetch(r -> PCode.of(r.value1()));

        assertThat(areas.outlines(everyArea).keySet()).isNotEmpty().allMatch(p -> p.value()
                .startsWith("GN004"));
        assertThat(areas.outlines(Set.of(KINDIA))).isEmpty();
        assertThat(areas.findAll(everyArea).keySet()).isNotEmpty().allMatch(p -> p.value()
                .startsWith("GN004"));
        assertThat(areas.findAll(Set.of(KINDIA))).isEmpty();
        assertThat(areas.outlineVersionsForMap(2))
                .isNotEmpty()
                .allMatch(v -> v.area().pcode().value().startsWith("GN004"));
    }

    @Test
    void names_searched_outside_the_scope_are_not_found() {
        assertThat(areas.findNamed("Kindia", 3)).isEmpty();
        assertThat(areas.findNamed("a", 3))
                .isNotEmpty()
                .allMatch(a -> a.pcode().value().startsWith("GN004"));
        String elsewhere = db.select(COMMUNITY.NAME)
                .from(COMMUNITY)
                .where(COMMUNITY.ADMIN_PCODE.notLike("GN004%"))
                .and(COMMUNITY.LATITUDE.isNotNull())
                .limit(1)
                .fetchSingle(COMMUNITY.NAME);

        assertThat(communities.mapPointsNamed(elsewhere, 50))
                .allMatch(c -> c.area().value().startsWith("GN004"));
        assertThat(communities.mapPointsNamed("a", 500))
                .isNotEmpty()
                .allMatch(c -> c.area().value().startsWith("GN004"));
    }
}
