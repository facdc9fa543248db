package org.reintegration.portal.home.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.base.ui.Languages;
import org.reintegration.portal.security.ui.LoginView;
import org.springframework.security.test.context.support.WithAnonymousUser;

@PortalTest
@WithAnonymousUser
class LandingViewTest extends SpringBrowserlessTest {

    @Test
    void a_community_member_without_an_account_reads_what_the_portal_is_for() {
        navigate(LandingView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Community projects chosen together");
        assertThat(find(Anchor.class).all()).anySatisfy(link -> {
            assertThat(link.getText()).isEqualTo("Sign in");
            assertThat(link.getHref()).isEqualTo("login");
        });
    }

    @Test
    void the_open_demo_vote_is_offered_with_a_link_to_the_voting_page() {
        navigate(LandingView.class);

        assertThat(find(Anchor.class).withClassName("vote-link").all())
                .isNotEmpty()
                .allSatisfy(link -> assertThat(link.getHref()).matches("vote/\\d+"));
    }

    @Test
    void the_page_is_in_french_for_a_french_speaking_visitor() {
        UI.getCurrent().setLocale(Languages.FRENCH);

        navigate(LoginView.class); // the test starts on the landing page, built in English
        navigate(LandingView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Des projets communautaires choisis ensemble");
    }
}
