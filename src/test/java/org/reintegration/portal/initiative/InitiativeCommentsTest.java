package org.reintegration.portal.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.community.Community;
import org.reintegration.portal.community.CommunityFilter;
import org.reintegration.portal.community.CommunityService;
import org.reintegration.portal.community.CommunitySort;
import org.reintegration.portal.security.SystemTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@PortalTest
@Transactional
class InitiativeCommentsTest {

    @Autowired
    InitiativeComments comments;

    @Autowired
    InitiativeService initiatives;

    @Autowired
    CommunityService communities;

    @Test
    @WithUserDetails("authority")
    void a_local_authority_comments_on_initiatives_of_its_areas_only_signed_with_its_office() {
        long[] ids = new long[3];
        SystemTask.runAsAdministrator(() -> {
            ids[0] = initiatives.proposeOnBehalf(Samples.waterPoint(communityIn("GN004")), null, "Meeting of 3 March");
            ids[1] = initiatives.proposeOnBehalf(Samples.waterPoint(communityIn("GN005")), null, "Meeting of 4 March");
            ids[2] = initiatives.propose(Samples.waterPoint(communityIn("GN004")), null); // not published
        });

        assertThat(comments.comment(ids[0], "  The commune supports this borehole.  "))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.text()).isEqualTo("The commune supports this borehole.");
                    assertThat(c.authorOffice()).isEqualTo("Kankan Regional Governorate, Planning");
                    assertThat(c.authorName()).isNotBlank();
                });
        assertThatThrownBy(() -> comments.comment(ids[1], "Outside my area")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> comments.comments(ids[1])).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> comments.comment(ids[2], "Not published yet"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> comments.comment(ids[0], "   "))
                .isInstanceOf(InvalidFieldException.class)
                .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo("comment"));
        assertThatThrownBy(() -> comments.comment(ids[0], "x".repeat(2001))).isInstanceOf(InvalidFieldException.class);
        assertThat(comments.comments(ids[0])).hasSize(1);
    }

    @Test
    @WithUserDetails("staff")
    void staff_read_comments_but_do_not_write_official_ones() {
        long id = initiatives.proposeOnBehalf(Samples.waterPoint(communityIn("GN004")), null, "Meeting of 3 March");

        assertThat(comments.comments(id)).isEmpty();
        assertThatThrownBy(() -> comments.comment(id, "Staff are not an office"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(comments.comments(id)).isEmpty();
    }

    private long communityIn(String area) {
        List<Community> found =
                communities.list(new CommunityFilter(PCode.of(area), null, false), CommunitySort.NAME, 0, 1);
        return found.getFirst().id();
    }
}
