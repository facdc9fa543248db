package org.reintegration.portal.bench;

import static org.reintegration.portal.base.jooq.Tables.APP_USER;
import static org.reintegration.portal.base.jooq.Tables.CHANGE_WATCH;
import static org.reintegration.portal.base.jooq.Tables.COMMUNITY;
import static org.reintegration.portal.base.jooq.Tables.GRANT_AGREEMENT;
import static org.reintegration.portal.base.jooq.Tables.INITIATIVE;
import static org.reintegration.portal.base.jooq.Tables.PROJECT;
import static org.reintegration.portal.base.jooq.Tables.SELECTION_ROUND;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.reintegration.portal.changes.ChangeService;
import org.reintegration.portal.community.TensionLevel;
import org.reintegration.portal.e2e.Chromium;
import org.reintegration.portal.grant.GrantExport;
import org.reintegration.portal.grant.GrantStatus;
import org.reintegration.portal.iati.IatiExport;
import org.reintegration.portal.initiative.InitiativeStatus;
import org.reintegration.portal.map.Classification;
import org.reintegration.portal.map.MapService;
import org.reintegration.portal.map.Measure;
import org.reintegration.portal.project.ProjectExport;
import org.reintegration.portal.project.ProjectFilter;
import org.reintegration.portal.project.ProjectStatus;
import org.reintegration.portal.security.SystemTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/**
 * The portal at the size DESIGN.md plans for ({@link DesignScaleData}): the server time of every main staff page
 * and export as a user reaches it (the view built, its grids' first page fetched), the heap an export holds while
 * it writes, and the map in Chromium. Prints one line per page:
 *
 * <pre>
 * page &lt;name&gt;: median &lt;ms&gt; ms, slowest &lt;ms&gt; ms[, memory &lt;MB&gt; MB]
 * browser map &lt;name&gt;: median &lt;ms&gt; ms
 * </pre>
 *
 * <p>It asserts nothing about time. Run with {@code src/bench/design-scale.sh}; not part of the test suite.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DesignScaleBenchmark extends SpringBrowserlessTest {

    private static final int RUNS = Integer.getInteger("bench.runs", 9);
    /** {@code -Dbench.only=map}: only the map's pages, changes and browser figures (after the data is generated). */
    private static final boolean ONLY_MAP = "map".equals(System.getProperty("bench.only"));

    private static final String ALL_LAYERS = "map?layers=returnees,communities,projects,gaps&level=2";

    @LocalServerPort
    int port;

    @Autowired
    DSLContext db;

    @Autowired
    GrantExport grantExport;

    @Autowired
    IatiExport iati;

    @Autowired
    ProjectExport projectExport;

    @Autowired
    ChangeService changes;

    @Autowired
    MapService maps;

    @Test
    @Order(1)
    void generate() {
        long start = System.nanoTime();
        SystemTask.runAsAdministrator(() -> DesignScaleData.generate(db));
        System.out.printf(
                "%ndesign scale: %,d communities, %,d initiatives, %,d rounds, %,d projects, %,d grants, %,d users;"
                        + " generated in %.0f s%n",
                db.fetchCount(COMMUNITY),
                db.fetchCount(INITIATIVE),
                db.fetchCount(SELECTION_ROUND),
                db.fetchCount(PROJECT),
                db.fetchCount(GRANT_AGREEMENT),
                db.fetchCount(APP_USER),
                (System.nanoTime() - start) / 1e9);
    }

    @Test
    @Order(2)
    @WithUserDetails("staff")
    void staff_pages() {
        if (ONLY_MAP) {
            mapPages();
            return;
        }
        long community = id("bench_community", 4242);
        long initiative = id("bench_initiative", 4242);
        long round = id("bench_round", 0);
        long project = id("bench_project", 4242);
        long grant = id("bench_grant", 4243);

        page("communities", "communities", null);
        page("communities tension high", "communities", view -> ViewControls.set(view, "tension", TensionLevel.HIGH));
        page("community detail", "communities/" + community, null);
        page("initiatives", "initiatives", null);
        page(
                "initiatives feasible",
                "initiatives",
                view -> ViewControls.set(view, "status", InitiativeStatus.FEASIBLE));
        page("initiative detail", "initiatives/" + initiative, null);
        page("rounds", "rounds", null);
        page("round detail (100,000 ballots)", "rounds/" + round, null);
        page("round results (100,000 ballots)", "rounds/" + round + "/results", null);
        page("projects", "projects", null);
        page("projects ongoing", "projects", view -> ViewControls.set(view, "status", ProjectStatus.ONGOING));
        page("project detail", "projects/" + project, null);
        page("project monitoring", "projects/" + project + "/monitoring", null);
        page("grants", "grants", null);
        page("grants active", "grants", view -> ViewControls.set(view, "status", GrantStatus.ACTIVE));
        page("grant detail", "grants/" + grant, null);
        page("grants dashboard", "grants/dashboard", null);
        page("returnee counts", "returnees", null);
        page("indicators", "indicators", null);
        mapPages();

        // a subscriber who last looked in January: every navigation counts what changed since
        long staff = db.fetchValue(APP_USER.ID, APP_USER.USERNAME.eq("staff"));
        Runnable lastSeenInJanuary = () -> db.insertInto(CHANGE_WATCH)
                .set(CHANGE_WATCH.USER_ID, staff)
                .set(CHANGE_WATCH.SUBSCRIBED, true)
                .set(CHANGE_WATCH.LAST_SEEN_AT, LocalDateTime.of(2026, 1, 1, 0, 0))
                .onDuplicateKeyUpdate()
                .set(CHANGE_WATCH.SUBSCRIBED, true)
                .set(CHANGE_WATCH.LAST_SEEN_AT, LocalDateTime.of(2026, 1, 1, 0, 0))
                .execute();
        lastSeenInJanuary.run();
        measure("what changed, count on every navigation", () -> changes.waitingCount());
        measure("what changed", () -> changes.sinceLastVisit());
        page("what changed page", "changes", null);
        lastSeenInJanuary.run();

        measure("map search keystroke", () -> maps.search("kou", Locale.FRENCH, 20));
        measure(
                "choropleth country (regions)",
                () -> maps.choropleth(1, null, Measure.ABSOLUTE, Classification.QUANTILES));
        measure(
                "choropleth region (prefectures)",
                () -> maps.choropleth(2, null, Measure.PER_THOUSAND, Classification.NATURAL_BREAKS));
        measure("map outlines zoom step", () -> maps.shapes(2, 8));

        export("programme CSV", out -> grantExport.writeProgrammeCsv(out));
        export("IATI programme export", out -> {
            try (IatiExport.ProgrammeDocument document = iati.programmeDocument()) {
                document.copyTo(out);
            }
        });
        export("4W export", out -> projectExport.writeCsv(ProjectFilter.ALL, out));
    }

    @Test
    @Order(3)
    void map_in_chromium() throws IOException {
        Assumptions.assumeTrue(PageTimings.selected("browser map"), "browser map not selected");
        ChromeDriver browser = Chromium.start();
        try {
            // polled every 20 ms (Selenium's default is 500 ms, which would round every figure up by as much)
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(120));
            wait.pollingEvery(Duration.ofMillis(20));
            browser.get(url("login"));
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")))
                    .sendKeys("staff");
            browser.findElement(By.cssSelector("input[name='password']")).sendKeys("staff-demo-2026", Keys.ENTER);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out")));
            browserMap(browser, wait, "default view", "map", 8);
            browserMap(browser, wait, "prefectures, all layers", ALL_LAYERS, 34);
            BrowserMapTimings.zoomStepAndChanges(browser, wait, this::url, ALL_LAYERS);
        } finally {
            browser.quit();
        }
    }

    /**
     * {@code -Dbench.hold=<seconds>}: keeps the portal with the generated data running that long after the figures,
     * for a look with the browser's own tools at the address printed.
     */
    @Test
    @Order(4)
    void hold() throws InterruptedException {
        long seconds = Long.getLong("bench.hold", 0);
        Assumptions.assumeTrue(seconds > 0, "no hold asked");
        System.out.printf("design scale: portal at %s for %d s%n", url(""), seconds);
        Thread.sleep(seconds * 1000);
    }

    /**
     * The map as staff reach it, then what a layer switch or a filter costs on a map already shown: the server's
     * time from the control's change to the layers written into the page.
     */
    private void mapPages() {
        page("map", "map", null);
        sent("map");
        page("map prefectures, all layers", ALL_LAYERS, null);
        sent("map prefectures, all layers");
        // as a browser opening the address gets it: a new view each time, its layers written for the page
        change("map, new view, default", "rounds", view -> UI.getCurrent().navigate("map"));
        change("map, new view, prefectures, all layers", "rounds", view -> UI.getCurrent()
                .navigate("map", QueryParameters.fromString(ALL_LAYERS.substring(ALL_LAYERS.indexOf('?') + 1))));
        change(
                "map layer switch, communities on",
                "map?layers=returnees,projects,gaps&level=2",
                view -> ViewControls.set(
                        view,
                        "layers",
                        java.util.EnumSet.copyOf(
                                ViewControls.layerKinds("RETURNEES", "COMMUNITIES", "PROJECTS", "GAPS"))));
        change(
                "map layer switch, projects off",
                ALL_LAYERS,
                view -> ViewControls.set(
                        view,
                        "layers",
                        java.util.EnumSet.copyOf(ViewControls.layerKinds("RETURNEES", "COMMUNITIES", "GAPS"))));
        change(
                "map filter, projects ongoing",
                ALL_LAYERS,
                view -> ViewControls.set(view, "status", ProjectStatus.ONGOING));
    }

    /** Opens the page (not timed), then times one change of its controls. */
    private void change(String name, String location, Consumer<Component> change) {
        int query = location.indexOf('?');
        Runnable open = () -> {
            if (query < 0) {
                UI.getCurrent().navigate(location);
            } else {
                UI.getCurrent()
                        .navigate(
                                location.substring(0, query),
                                QueryParameters.fromString(location.substring(query + 1)));
            }
        };
        for (int i = 0; i < 2; i++) {
            open.run();
            change.accept((Component) (Component) getCurrentView());
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            open.run();
            Component view = (Component) getCurrentView();
            millis[i] = PageTimings.time(() -> change.accept(view));
        }
        Arrays.sort(millis);
        System.out.printf("page %s: median %.0f ms, slowest %.0f ms%n", name, millis[RUNS / 2], millis[RUNS - 1]);
    }

    /** The id of the generated row number {@code i} of a table (the generator keeps row numbers aside). */
    private long id(String table, int i) {
        return ((Number) db.fetchValue("select id from " + table + " where i = " + i)).longValue();
    }

    // ---- measuring ----------------------------------------------------------------------------------------

    /** Navigates as a user does, fetches the first page of every grid, and applies the filter if any. */
    private void page(String name, String location, Consumer<Component> filter) {
        measure(name, () -> {
            int query = location.indexOf('?');
            if (query < 0) {
                navigate(location, Component.class);
            } else {
                // a location with a query, as a bookmarked map address is opened
                UI.getCurrent()
                        .navigate(
                                location.substring(0, query),
                                QueryParameters.fromString(location.substring(query + 1)));
            }
            Component view = (Component) getCurrentView();
            if (filter != null) {
                fetchGrids(view);
                filter.accept(view);
            }
            fetchGrids(view);
        });
    }

    private static void fetchGrids(Component view) {
        List<Grid<?>> grids = new ArrayList<>();
        collect(view, grids);
        grids.forEach(grid -> grid.getDataCommunicator().setViewportRange(0, 50));
        roundTrip();
        grids.forEach(grid -> grid.getDataCommunicator().getItemCount());
    }

    private static void collect(Component component, List<Grid<?>> grids) {
        if (component instanceof Grid<?> grid) {
            grids.add(grid);
        }
        component.getChildren().forEach(child -> collect(child, grids));
    }

    /** What the page just measured sends of its map layers, when that page was measured. */
    private void sent(String page) {
        if (PageTimings.selected(page)) {
            ViewControls.printLayersSent(page, (Component) getCurrentView());
        }
    }

    private static void measure(String name, Runnable step) {
        if (PageTimings.selected(name)) {
            PageTimings.measure(name, RUNS, step);
        }
    }

    private static void export(String name, PageTimings.Export export) {
        if (PageTimings.selected(name)) {
            PageTimings.export(name, export);
        }
    }

    private void browserMap(WebDriver browser, WebDriverWait wait, String name, String path, int areas) {
        BrowserMapTimings.browserMap(browser, wait, name, url(path), areas);
    }

    // ---- the browser ---------------------------------------------------------------------------------------

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
