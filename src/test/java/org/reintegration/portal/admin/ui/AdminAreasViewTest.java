package org.reintegration.portal.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.geo.AdminAreaService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@PortalTest
@Transactional
class AdminAreasViewTest extends SpringBrowserlessTest {

    @Autowired
    AdminAreaService areas;

    @Test
    @WithUserDetails("admin")
    void an_administrator_imports_a_boundary_file_and_sees_what_was_imported() throws IOException {
        AdminAreasView view = navigate(AdminAreasView.class);
        byte[] ethiopia;
        try (InputStream in = getClass().getResourceAsStream("/boundaries/eth_adm1.geojson")) {
            ethiopia = in.readAllBytes();
        }

        view.importFile("eth_adm1.geojson", ethiopia);

        assertThat(find(Paragraph.class).all())
                .extracting(Paragraph::getText)
                .contains("Imported \u2068eth_adm1.geojson\u2069: 11 new areas, 0 updated.");
        assertThat(areas.getArea(PCode.of("ET14")).name()).isEqualTo("Addis Ababa");
    }

    @Test
    @WithUserDetails("admin")
    void a_rejected_file_lists_its_problems_and_changes_nothing() {
        AdminAreasView view = navigate(AdminAreasView.class);
        String broken = "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\","
                + " \"properties\": {\"admin1Pcod\": \"NG001\", \"admin1Name\": \"Abia\", \"admin0Pcod\": \"NG\"},"
                + " \"geometry\": {\"type\": \"LineString\", \"coordinates\": [[7, 5], [8, 6]]}}]}";

        view.importFile("abia.geojson", broken.getBytes(StandardCharsets.UTF_8));

        assertThat(find(Paragraph.class)
                        .withClassName("import-rejected")
                        .single()
                        .getText())
                .isEqualTo("\u2068abia.geojson\u2069 was not imported. Nothing was changed. Problems:");
        assertThat(find(ListItem.class).all())
                .extracting(ListItem::getText)
                .containsExactly("Feature 1 (NG001 Abia): geometry type LineString is not a Polygon or MultiPolygon");
        assertThat(areas.listAreas(1)).noneMatch(a -> a.pcode().value().equals("NG001"));
    }

    @Test
    @WithUserDetails("staff")
    void staff_cannot_open_the_boundary_import() {
        navigate("admin/areas", com.vaadin.flow.component.Component.class);

        assertThat(getCurrentView()).isNotInstanceOf(AdminAreasView.class);
    }
}
