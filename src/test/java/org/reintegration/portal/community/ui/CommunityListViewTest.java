package org.reintegration.portal.community.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.community.Community;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@PortalTest
@Transactional
class CommunityListViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("staff")
    void staff_add_a_community_and_find_it_by_name() {
        CommunityListView view = navigate(CommunityListView.class);
        test(find(Button.class).withId("new-community").single()).click();
        CommunityDialog dialog = find(CommunityDialog.class).single();

        test(dialog.name).setValue("Dar es Salam");
        dialog.area.setValue(dialog.area
                .getListDataView()
                .getItems()
                .filter(a -> a.pcode().value().equals("GN005001"))
                .findFirst()
                .orElseThrow());
        test(dialog.latitude).setValue(10.05);
        test(dialog.save).click();
        assertThat(dialog.longitude.isInvalid()).isTrue();
        assertThat(dialog.longitude.getErrorMessage()).isEqualTo("Enter both latitude and longitude, or neither.");

        test(dialog.longitude).setValue(-12.86);
        test(dialog.save).click();
        test(view.name).setValue("salam");

        assertThat(shown(view)).extracting(c -> c.data().name()).containsExactly("Dar es Salam");
    }

    @Test
    @WithUserDetails("authority")
    void a_local_authority_reads_without_an_add_button() {
        navigate(CommunityListView.class);

        assertThat(find(Button.class).withId("new-community").all()).isEmpty();
        assertThat(find(Anchor.class).withId("export-hxl").single().getText()).isEqualTo("Export HXL (CSV)");
        assertThat(find(Anchor.class).withId("export-xlsx").single().getText()).isEqualTo("Export Excel (XLSX)");
    }

    @Test
    @WithUserDetails("staff")
    void the_returnee_share_and_last_profile_filters_narrow_the_list_and_sorting_reorders_it() {
        CommunityListView view = navigate(CommunityListView.class);
        int all = shown(view).size();

        test(view.minReturneeShare).setValue(20);
        assertThat(shown(view)).isNotEmpty().hasSizeLessThan(all).allSatisfy(c -> assertThat(
                        c.current().returneeShare())
                .isGreaterThanOrEqualTo(0.2));

        view.minReturneeShare.clear();
        java.time.LocalDate cutOff = java.time.LocalDate.of(2026, 1, 1);
        test(view.notProfiledSince).setValue(cutOff);
        assertThat(shown(view)).hasSizeLessThan(all).allSatisfy(c -> assertThat(
                        c.current() == null || c.current().assessedOn().isBefore(cutOff))
                .isTrue());

        view.notProfiledSince.clear();
        test(view.sort).selectItem("tension, highest first");
        assertThat(shown(view).getFirst().current().tension())
                .isEqualTo(org.reintegration.portal.community.TensionLevel.HIGH);
    }

    private static List<Community> shown(CommunityListView view) {
        return view.grid.getLazyDataView().getItems().toList();
    }
}
