package org.reintegration.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNav;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.community.CommunityData;
import org.reintegration.portal.community.CommunityService;
import org.reintegration.portal.community.ui.CommunityDetailView;
import org.reintegration.portal.project.ui.ProjectDetailView;
import org.reintegration.portal.security.SystemTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Error pages open inside the frame, with its menu, in the user's language, and never name an exception. */
@PortalTest
@Transactional
class ErrorPagesViewTest extends SpringBrowserlessTest {

    @Autowired
    CommunityService communities;

    @Test
    @WithUserDetails("staff")
    void an_id_that_is_not_a_number_is_a_page_that_does_not_exist_inside_the_frame() {
        assertThatThrownBy(() -> navigate(CommunityDetailView.class, Map.of("communityId", "abc")))
                .hasMessageContaining(NotFoundView.class.getName());

        assertThat(find(H2.class).withId("not-found").single().getText()).isEqualTo("This page does not exist.");
        assertThat(find(SideNav.class).all()).isNotEmpty();
        assertThat(UI.getCurrent().getElement().getTextRecursively()).doesNotContain("Exception");
    }

    @Test
    @WithUserDetails("staff")
    void a_project_that_does_not_exist_is_a_page_that_does_not_exist() {
        assertThatThrownBy(() -> navigate(ProjectDetailView.class, Map.of("projectId", "999999")))
                .hasMessageContaining(NotFoundView.class.getName());

        assertThat(find(H2.class).withId("not-found").single().getText()).isEqualTo("This page does not exist.");
    }

    @Test
    @WithUserDetails("authority")
    void a_community_outside_the_authoritys_areas_is_refused_in_its_language_inside_the_frame() {
        long inKindia = SystemTask.callAsAdministrator(() -> communities
                .create(new CommunityData("Friguiagbé", "fr", PCode.of("GN005001"), null, null))
                .community()
                .id());
        UI.getCurrent().setLocale(Locale.FRENCH);

        assertThatThrownBy(() -> navigate(CommunityDetailView.class, Map.of("communityId", String.valueOf(inKindia))))
                .hasMessageContaining(AccessDeniedView.class.getName());

        assertThat(find(H2.class).withId("access-denied").single().getText())
                .isEqualTo("Vous n’avez pas accès à ceci.");
        assertThat(find(SideNav.class).all()).isNotEmpty();
        assertThat(UI.getCurrent().getElement().getTextRecursively())
                .doesNotContain("Friguiagbé")
                .doesNotContain("Exception");
    }
}
