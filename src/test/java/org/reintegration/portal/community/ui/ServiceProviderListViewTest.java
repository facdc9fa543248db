package org.reintegration.portal.community.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.community.provider.ProviderType;
import org.reintegration.portal.community.provider.ServiceProvider;
import org.reintegration.portal.community.provider.StakeholderKind;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@PortalTest
@Transactional
class ServiceProviderListViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("staff")
    void staff_add_a_provider_through_the_dialog_and_find_it_by_type_and_referrals() {
        ServiceProviderListView view = navigate(ServiceProviderListView.class);
        test(find(Button.class).withId("new-provider").single()).click();
        ServiceProviderDialog dialog = find(ServiceProviderDialog.class).single();

        test(dialog.save).click();
        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).isEqualTo("Enter the provider's name.");
        assertThat(dialog.area.isInvalid()).isTrue();

        test(dialog.name).setValue("Centre d'écoute de Siguiri");
        test(dialog.organisation).setValue("Association des rapatriés");
        dialog.type.setValue(ProviderType.PSYCHOSOCIAL);
        dialog.kind.setValue(StakeholderKind.COMMUNITY_BASED);
        dialog.area.setValue(dialog.area
                .getListDataView()
                .getItems()
                .filter(a -> a.pcode().value().equals("GN004005"))
                .findFirst()
                .orElseThrow());
        test(dialog.contact).setValue("ecoute.siguiri@example.org");
        test(dialog.capacity).setValue("15 people a week");
        test(dialog.acceptsReferrals).click();
        test(dialog.latitude).setValue(11.42);
        test(dialog.save).click();
        assertThat(dialog.longitude.isInvalid()).isTrue();
        assertThat(dialog.longitude.getErrorMessage()).isEqualTo("Enter both latitude and longitude, or neither.");
        assertThat(shown(view)).extracting(p -> p.data().name()).doesNotContain("Centre d'écoute de Siguiri");

        test(dialog.longitude).setValue(-9.17);
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        view.type.setValue(ProviderType.PSYCHOSOCIAL);
        test(view.referralsOnly).click();

        assertThat(shown(view)).singleElement().satisfies(p -> {
            assertThat(p.data().name()).isEqualTo("Centre d'écoute de Siguiri");
            assertThat(p.data().contact()).isEqualTo("ecoute.siguiri@example.org");
            assertThat(p.data().area().value()).isEqualTo("GN004005");
            assertThat(p.communityName()).isNull();
        });
    }

    @Test
    @WithUserDetails("authority")
    void a_local_authority_reads_without_an_add_button() {
        navigate(ServiceProviderListView.class);

        assertThat(find(Button.class).withId("new-provider").all()).isEmpty();
    }

    private static List<ServiceProvider> shown(ServiceProviderListView view) {
        return view.grid.getLazyDataView().getItems().toList();
    }
}
