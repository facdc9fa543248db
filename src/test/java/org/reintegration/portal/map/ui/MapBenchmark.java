package org.reintegration.portal.map.ui;

import static org.reintegration.portal.base.jooq.Tables.COMMUNITY;
import static org.reintegration.portal.base.jooq.Tables.PROJECT;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.geo.AdminAreaService;
import org.reintegration.portal.map.leaflet.LeafletMap;
import org.reintegration.portal.security.SystemTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The map at country scale: 10,000 generated communities and 5,000 generated projects on top of the demo data
 * (all 34 prefectures with returnee counts for two periods and populations). Times how long the server takes to
 * build the whole map page (choropleth, outlines, every marker layer, legend) for the whole country (staff) and
 * for one region (the demo local authority, scoped to Kankan), and measures what the page sends to the browser:
 * the JSON of every map layer, raw and gzip-compressed. Prints the median and slowest of 15 runs after 3 warm-up
 * runs; it asserts nothing about time.
 *
 * <p>Run with {@code src/bench/map.sh}. Not part of the test suite (its name does not end in Test).
 */
@PortalTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MapBenchmark extends SpringBrowserlessTest {

    private static final String ALL_LAYERS = "layers=returnees,communities,projects,gaps";

    @Autowired
    DSLContext db;

    @Autowired
    AdminAreaService areas;

    @Test
    @Order(1)
    @WithUserDetails("staff")
    void whole_country_for_staff() {
        SystemTask.runAsAdministrator(() -> MapBenchmarkData.generate(db, areas.listAreas(2)));
        System.out.printf(
                "%nmap: %,d communities and %,d projects in the database (%,d and %,d generated)%n",
                db.fetchCount(COMMUNITY),
                db.fetchCount(PROJECT),
                MapBenchmarkData.COMMUNITIES,
                MapBenchmarkData.PROJECTS);
        header();
        measure("country, staff: default view (regions, returnees, projects)", "");
        measure("country, staff: prefectures, all four layers", ALL_LAYERS + "&level=2");
        measure("country, staff: prefectures, all layers, zoomed in (z 9)", ALL_LAYERS + "&level=2&lat=10&lon=-10&z=9");
    }

    @Test
    @Order(2)
    @WithUserDetails("authority")
    void one_region_for_its_local_authority() {
        header();
        measure("Kankan region, authority: default view", "");
        measure("Kankan region, authority: prefectures, all four layers", ALL_LAYERS + "&level=2");
    }

    private static void header() {
        System.out.println("| map page | server time, median | slowest | layer JSON sent | gzip |");
        System.out.println("|---|---|---|---|---|");
    }

    private void measure(String what, String query) {
        Supplier<LeafletMap> page = () -> {
            UI.getCurrent().navigate(AreaMapView.class, QueryParameters.fromString(query));
            return ((AreaMapView) getCurrentView()).map();
        };
        for (int i = 0; i < 3; i++) {
            page.get();
        }
        double[] millis = new double[15];
        LeafletMap map = null;
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            map = page.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        StringBuilder sent = new StringBuilder();
        LeafletMap shown = map;
        shown.getElement().getPropertyNames().forEach(name -> {
            if (name.startsWith("layer") || name.equals("tileLayer")) {
                sent.append(shown.getElement().getProperty(name, ""));
            }
        });
        byte[] raw = sent.toString().getBytes(StandardCharsets.UTF_8);
        System.out.printf(
                "| %s | %.0f ms | %.0f ms | %,d kB | %,d kB |%n",
                what, millis[millis.length / 2], millis[millis.length - 1], raw.length / 1024, gzip(raw) / 1024);
    }

    private static int gzip(byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }
}
