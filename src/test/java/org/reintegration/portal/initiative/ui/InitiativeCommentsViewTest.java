package org.reintegration.portal.initiative.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.community.CommunityFilter;
import org.reintegration.portal.community.CommunityService;
import org.reintegration.portal.community.CommunitySort;
import org.reintegration.portal.initiative.InitiativeComments;
import org.reintegration.portal.initiative.InitiativeService;
import org.reintegration.portal.initiative.Samples;
import org.reintegration.portal.security.SystemTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@PortalTest
@Transactional
class InitiativeCommentsViewTest extends SpringBrowserlessTest {

    @Autowired
    InitiativeService initiatives;

    @Autowired
    InitiativeComments comments;

    @Autowired
    CommunityService communities;

    @Test
    @WithUserDetails("authority")
    void a_local_authority_posts_an_official_comment_shown_with_its_name_and_office() {
        long id = staffEnteredInitiative();
        InitiativeDetailView view = navigate(InitiativeDetailView.class, Map.of("initiativeId", String.valueOf(id)));
        assertThat(find(Paragraph.class).withText("No official comment yet.").all())
                .hasSize(1);

        test(view.commentsPanel.post).click();
        assertThat(view.commentsPanel.text.isInvalid()).isTrue();
        assertThat(comments.comments(id)).isEmpty();

        test(view.commentsPanel.text).setValue("The prefecture endorses this water point.");
        test(view.commentsPanel.post).click();

        assertThat(find(Paragraph.class)
                        .withClassName("official-comment")
                        .single()
                        .getText())
                .isEqualTo("The prefecture endorses this water point.");
        assertThat(find(Span.class)
                        .withClassName("official-comment-author")
                        .single()
                        .getText())
                .contains("Kankan Regional Governorate, Planning");
    }

    @Test
    @WithUserDetails("staff")
    void staff_read_the_comments_without_a_box_to_post() {
        long id = staffEnteredInitiative();
        InitiativeDetailView view = navigate(InitiativeDetailView.class, Map.of("initiativeId", String.valueOf(id)));

        assertThat(view.commentsPanel.isAttached()).isTrue();
        assertThat(view.commentsPanel.post.isAttached()).isFalse();
    }

    private long staffEnteredInitiative() {
        long[] id = new long[1];
        SystemTask.runAsAdministrator(() -> {
            long community = communities
                    .list(new CommunityFilter(PCode.of("GN004"), null, false), CommunitySort.NAME, 0, 1)
                    .getFirst()
                    .id();
            id[0] = initiatives.proposeOnBehalf(Samples.waterPoint(community), null, "Meeting of 3 March");
        });
        return id[0];
    }
}
