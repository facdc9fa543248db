package org.reintegration.portal.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.base.InvalidInputException;
import org.reintegration.portal.base.PCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@PortalTest
@Transactional
class AdminAreaServiceTest {

    @Autowired
    AdminAreaService areas;

    @Test
    @WithMockUser(roles = "ADMIN")
    void imports_the_legacy_schema_and_re_importing_the_same_file_changes_nothing() throws IOException {
        BoundaryImportResult first = importResource("/boundaries/nga_adm1.geojson");
        BoundaryImportResult again = importResource("/boundaries/nga_adm1.geojson");

        assertThat(first.created()).isEqualTo(37);
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isEqualTo(37);
        assertThat(areas.listAreas(1))
                .filteredOn(a -> a.country().equals(PCode.of("NG")))
                .hasSize(37);
        assertThat(areas.getArea(PCode.of("NG"))).satisfies(nigeria -> {
            assertThat(nigeria.name()).isEqualTo("Nigeria");
            assertThat(nigeria.level()).isZero();
        });
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void imports_the_current_schema_with_names_in_arabic() throws IOException {
        importResource("/boundaries/irq_adm1.geojson");

        AdminArea anbar = areas.getArea(PCode.of("IQG01"));
        assertThat(anbar.nameIn(Locale.ENGLISH)).isEqualTo("Al-Anbar");
        assertThat(anbar.nameIn(Locale.of("ar"))).isEqualTo("الانبار");
        assertThat(areas.shapesForMap(1)).anySatisfy(shape -> {
            assertThat(shape.area().pcode()).isEqualTo(PCode.of("IQG01"));
            assertThat(shape.geometryJson()).startsWith("{\"type\":\"Polygon\"");
        });
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void a_malformed_file_imports_nothing_at_all() {
        int before = areas.listAreas(1).size();
        String oneGoodOneBad = """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"ADM1_PCODE": "SN01", "ADM1_EN": "Dakar", "ADM0_PCODE": "SN"},
                   "geometry": {"type": "Polygon", "coordinates": [[[-17, 14], [-16, 14], [-16, 15], [-17, 14]]]}},
                  {"type": "Feature", "properties": {"ADM1_PCODE": "SN02", "ADM1_EN": "Diourbel", "ADM0_PCODE": "SN"},
                   "geometry": null}
                ]}""";

        assertThatThrownBy(() -> areas.importBoundaries(stream(oneGoodOneBad), "senegal.geojson"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly("Feature 2 (SN02 Diourbel): it has no geometry"));
        assertThat(areas.listAreas(1))
                .hasSize(before)
                .noneMatch(a -> a.pcode().value().startsWith("SN"));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void a_file_that_moves_an_area_to_another_level_is_refused() {
        String guineaRegionAsCountry = """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"ADM0_PCODE": "GN001", "ADM0_EN": "Boke"},
                   "geometry": {"type": "Polygon", "coordinates": [[[-14, 10], [-13, 10], [-13, 11], [-14, 10]]]}}
                ]}""";

        assertThatThrownBy(() -> areas.importBoundaries(stream(guineaRegionAsCountry), "odd.geojson"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("GN001 is stored as a level-1 area, the file has it at level 0");
    }

    @Test
    @WithMockUser(roles = "STAFF")
    void only_administrators_import_boundaries() {
        assertThatThrownBy(() -> importResource("/boundaries/eth_adm1.geojson"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("authority")
    void a_local_authority_sees_its_region_and_what_lies_within_it() {
        assertThat(areas.getArea(PCode.of("GN004")).name()).isEqualTo("Kankan");
        assertThat(areas.getArea(PCode.of("GN004002")).name()).isEqualTo("Kerouane");
        assertThat(areas.listAreas(1)).extracting(a -> a.pcode().value()).containsExactly("GN004");
        assertThat(areas.shapesForMap(2))
                .extracting(s -> s.area().pcode().value())
                .containsExactlyInAnyOrder("GN004001", "GN004002", "GN004003", "GN004004", "GN004005");
    }

    @Test
    @WithUserDetails("authority")
    void a_local_authority_is_refused_an_area_outside_its_scope() {
        assertThatThrownBy(() -> areas.getArea(PCode.of("GN005"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> areas.getArea(PCode.of("GN005001"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> areas.getArea(PCode.of("GN"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("staff")
    void staff_see_every_area() {
        assertThat(areas.listAreas(1))
                .extracting(a -> a.pcode().value())
                .contains("GN001", "GN002", "GN003", "GN004", "GN005", "GN006", "GN007", "GN008");
        assertThat(areas.shapesForMap(2)).hasSizeGreaterThanOrEqualTo(34);
    }

    @Test
    void anonymous_callers_get_nothing() {
        assertThatThrownBy(() -> areas.listAreas(1))
                .isInstanceOf(
                        org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    private BoundaryImportResult importResource(String resource) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            return areas.importBoundaries(in, resource);
        }
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
