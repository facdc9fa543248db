package org.reintegration.portal.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.base.InvalidInputException;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.geo.BoundaryFileReader.BoundaryFile;
import org.reintegration.portal.interop.hxl.ImportProblem;
import org.reintegration.portal.interop.hxl.ImportRejectedException;

class BoundaryFileReaderTest {

    private final BoundaryFileReader reader = new BoundaryFileReader();

    @Test
    void reads_guinea_prefectures_in_the_current_schema_with_their_regions_as_named_ancestors() throws IOException {
        BoundaryFile file = read("/demo/boundaries/gin_adm2.geojson");

        assertThat(file.areas()).hasSize(34).allSatisfy(area -> {
            assertThat(area.level()).isEqualTo(2);
            assertThat(area.hasGeometry()).isTrue();
            assertThat(area.pcode().value()).startsWith(area.parent().value());
        });
        AdminAreaData boffa = find(file, "GN001001");
        assertThat(boffa.name()).isEqualTo("Boffa");
        assertThat(boffa.parent()).isEqualTo(PCode.of("GN001"));
        assertThat(boffa.country()).isEqualTo(PCode.of("GN"));
        assertThat(boffa.bounds().contains(10.1, -14.05)).isTrue();
        assertThat(file.namedAncestors())
                .extracting(a -> a.pcode().value())
                .containsExactlyInAnyOrder(
                        "GN", "GN001", "GN002", "GN003", "GN004", "GN005", "GN006", "GN007", "GN008");
        assertThat(file.namedAncestors())
                .allSatisfy(a -> assertThat(a.hasGeometry()).isFalse());
    }

    @Test
    void reads_the_legacy_schema_of_nigeria() throws IOException {
        BoundaryFile file = read("/boundaries/nga_adm1.geojson");

        assertThat(file.areas()).hasSize(37);
        AdminAreaData abia = find(file, "NG001");
        assertThat(abia.name()).isEqualTo("Abia");
        assertThat(abia.level()).isEqualTo(1);
        assertThat(abia.parent()).isEqualTo(PCode.of("NG"));
        assertThat(abia.validOn()).hasToString("2016-12-15");
        assertThat(file.namedAncestors()).singleElement().satisfies(country -> {
            assertThat(country.pcode()).isEqualTo(PCode.of("NG"));
            assertThat(country.name()).isEqualTo("Nigeria");
            assertThat(country.level()).isZero();
        });
    }

    @Test
    void keeps_the_arabic_names_of_iraqs_governorates() throws IOException {
        BoundaryFile file = read("/boundaries/irq_adm1.geojson");

        AdminAreaData anbar = find(file, "IQG01");
        assertThat(anbar.name()).isEqualTo("Al-Anbar");
        assertThat(anbar.otherNames()).containsEntry("ar", "الانبار");
    }

    @Test
    void rejects_text_that_is_not_json_naming_line_and_column() {
        assertThatThrownBy(() -> reader.read(
                        stream("{\n  \"type\": \"FeatureCollection\",\n  \"features\": [ oops ]\n}"), "bad.geojson"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("bad.geojson is not valid JSON")
                .hasMessageContaining("line 3, column");
    }

    @Test
    void a_file_that_is_not_json_is_told_in_french_and_arabic_with_its_line_and_column_and_no_parser_english() {
        ImportRejectedException refused = catchThrowableOfType(
                ImportRejectedException.class,
                () -> reader.read(
                        stream("{\n  \"type\": \"FeatureCollection\",\n  \"features\": [ oops ]\n}"), "bad.geojson"));

        ImportProblem problem = refused.importProblems().getFirst();
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.message(Locale.FRENCH))
                .startsWith("ligne 3, colonne ")
                .contains("le fichier cesse d’être du JSON valide")
                .doesNotContain("Unrecognized", "token", "oops");
        assertThat(problem.message(Locale.of("ar")))
                .contains("3")
                .contains("JSON صحيحًا")
                .doesNotContain("Unrecognized", "token", "oops");
    }

    @Test
    void rejects_json_that_is_not_a_feature_collection() {
        assertThatThrownBy(() -> reader.read(stream("{\"type\": \"Feature\"}"), "one.geojson"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not a GeoJSON FeatureCollection");
    }

    @Test
    void rejects_a_feature_collection_without_features() {
        assertThatThrownBy(() ->
                        reader.read(stream("{\"type\": \"FeatureCollection\", \"features\": []}"), "empty.geojson"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("empty.geojson has no features");
    }

    @Test
    void rejects_the_whole_file_and_names_every_bad_feature() {
        String json = """
                {"type": "FeatureCollection", "features": [
                  %s,
                  {"type": "Feature", "properties": {"ADM1_PCODE": "GN002", "ADM1_EN": "Conakry", "ADM0_PCODE": "GN"},
                   "geometry": {"type": "Point", "coordinates": [-13.7, 9.5]}},
                  {"type": "Feature", "properties": {"ADM1_EN": "Nowhere", "ADM0_PCODE": "GN"},
                   "geometry": %s},
                  {"type": "Feature", "properties": {"ADM1_PCODE": "SN01", "ADM1_EN": "Dakar", "ADM0_PCODE": "GN"},
                   "geometry": %s},
                  {"type": "Feature", "properties": {"ADM1_PCODE": "GN004", "ADM1_EN": "Kankan", "ADM0_PCODE": "GN"},
                   "geometry": {"type": "Polygon", "coordinates": [[[-9, 10], [-8, 10], [-8, 11], [-9, 10.5]]]}},
                  {"type": "Feature", "properties": {"ADM1_PCODE": "GN005", "ADM1_EN": "Kindia", "ADM0_PCODE": "GN"},
                   "geometry": {"type": "Polygon", "coordinates": [[[-9, 10], [-8, 100], [-8, 11], [-9, 10]]]}},
                  %s
                ]}
                """.formatted(square("GN001", "Boke"), SQUARE, SQUARE, square("GN001", "Boke again"));

        assertThatThrownBy(() -> reader.read(stream(json), "regions.geojson"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(
                                "Feature 2 (GN002 Conakry): geometry type Point is not a Polygon or MultiPolygon",
                                "Feature 3: no ADM1_PCODE attribute, which the other features of this level-1 file have",
                                "Feature 4 (SN01 Dakar): P-code SN01 does not start with its parent's P-code GN",
                                "Feature 5 (GN004 Kankan): a ring is not closed (its first and last positions differ)",
                                "Feature 6 (GN005 Kindia): position [-8,100] is outside WGS 84 longitude/latitude ranges",
                                "Feature 7 (GN001 Boke again): P-code GN001 appears more than once in the file"))
                .hasMessageStartingWith("regions.geojson was not imported");
    }

    private static final String SQUARE =
            "{\"type\": \"Polygon\", \"coordinates\": [[[-14, 10], [-13, 10], [-13, 11], [-14, 11], [-14, 10]]]}";

    private static String square(String pcode, String name) {
        return """
                {"type": "Feature", "properties": {"ADM1_PCODE": "%s", "ADM1_EN": "%s", "ADM0_PCODE": "GN", "ADM0_EN": "Guinea"},
                 "geometry": %s}""".formatted(pcode, name, SQUARE);
    }

    private BoundaryFile read(String resource) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            return reader.read(in, resource);
        }
    }

    private static AdminAreaData find(BoundaryFile file, String pcode) {
        return file.areas().stream()
                .filter(a -> a.pcode().value().equals(pcode))
                .findFirst()
                .orElseThrow();
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
