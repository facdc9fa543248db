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
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.reflect.Field;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
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

    /**
     * The pages to measure, by a part of their printed name, comma-separated ({@code -Dbench.pages="programme
     * CSV"}); every page when unset. The data is generated in full either way.
     */
    private static final List<String> PAGES = Arrays.stream(
                    System.getProperty("bench.pages", "").split(","))
            .map(String::strip)
            .filter(name -> !name.isEmpty())
            .toList();

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
        page("communities tension high", "communities", view -> set(view, "tension", TensionLevel.HIGH));
        page("community detail", "communities/" + community, null);
        page("initiatives", "initiatives", null);
        page("initiatives feasible", "initiatives", view -> set(view, "status", InitiativeStatus.FEASIBLE));
        page("initiative detail", "initiatives/" + initiative, null);
        page("rounds", "rounds", null);
        page("round detail (100,000 ballots)", "rounds/" + round, null);
        page("round results (100,000 ballots)", "rounds/" + round + "/results", null);
        page("projects", "projects", null);
        page("projects ongoing", "projects", view -> set(view, "status", ProjectStatus.ONGOING));
        page("project detail", "projects/" + project, null);
        page("project monitoring", "projects/" + project + "/monitoring", null);
        page("grants", "grants", null);
        page("grants active", "grants", view -> set(view, "status", GrantStatus.ACTIVE));
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
        Assumptions.assumeTrue(selected("browser map"), "browser map not selected");
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
            double[] zoom = new double[5];
            for (int run = -1; run < zoom.length; run++) {
                browser.get(url(ALL_LAYERS));
                wait.until(b -> drawn(b, 34) ? true : null);
                WebElement zoomIn = browser.findElement(By.tagName("leaflet-map"))
                        .getShadowRoot()
                        .findElement(By.cssSelector(".leaflet-control-zoom-in"));
                double before = number(browser, "return performance.now()");
                zoomIn.click();
                wait.until(b -> number(
                                        b,
                                        "return document.querySelector('leaflet-map').shadowRoot"
                                                + ".querySelectorAll('.leaflet-zoom-anim').length")
                                == 0
                        ? true
                        : null);
                if (run >= 0) {
                    zoom[run] = number(browser, "return performance.now()") - before;
                }
            }
            Arrays.sort(zoom);
            System.out.printf("browser map zoom step: median %.0f ms%n", zoom[zoom.length / 2]);

            // the communities switched on, on a map showing the other layers: from the click to their first marker
            double[] toggle = new double[5];
            for (int run = -1; run < toggle.length; run++) {
                browser.get(url("map?layers=returnees,projects,gaps&level=2"));
                wait.until(b -> drawn(b, 34) ? true : null);
                double before = number(
                        browser,
                        "document.querySelectorAll('#map-layers vaadin-checkbox')[1].click();"
                                + " return performance.now()");
                wait.until(b -> number(
                                        b,
                                        "return document.querySelector('leaflet-map').shadowRoot.querySelectorAll("
                                                + "'.leaflet-markers-communities-pane .leaflet-marker-icon').length")
                                > 0
                        ? true
                        : null);
                if (run >= 0) {
                    toggle[run] = number(browser, "return performance.now()") - before;
                }
            }
            Arrays.sort(toggle);
            System.out.printf("browser map layer switch, communities on: median %.0f ms%n", toggle[toggle.length / 2]);
        } finally {
            browser.quit();
        }
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
                view -> set(
                        view,
                        "layers",
                        java.util.EnumSet.copyOf(layerKinds("RETURNEES", "COMMUNITIES", "PROJECTS", "GAPS"))));
        change(
                "map layer switch, projects off",
                ALL_LAYERS,
                view -> set(view, "layers", java.util.EnumSet.copyOf(layerKinds("RETURNEES", "COMMUNITIES", "GAPS"))));
        change("map filter, projects ongoing", ALL_LAYERS, view -> set(view, "status", ProjectStatus.ONGOING));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<Enum> layerKinds(String... names) {
        try {
            Class<? extends Enum> kind =
                    (Class<? extends Enum>) Class.forName("org.reintegration.portal.map.ui.MapLayerKind");
            return Arrays.stream(names).map(n -> (Enum) Enum.valueOf(kind, n)).toList();
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the map page just shown sends of its layers, raw and gzip-compressed (as the server sends it). */
    private void sent(String name) {
        StringBuilder sent = new StringBuilder();
        java.util.ArrayDeque<Component> todo = new java.util.ArrayDeque<>(List.of((Component) getCurrentView()));
        while (!todo.isEmpty()) {
            Component component = todo.pop();
            if (component.getElement().getTag().equals("leaflet-map")) {
                component.getElement().getPropertyNames().forEach(property -> {
                    if (property.startsWith("layer")) {
                        sent.append(component.getElement().getProperty(property, ""));
                    }
                });
            }
            component.getChildren().forEach(todo::push);
        }
        byte[] raw = sent.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream zip = new java.util.zip.GZIPOutputStream(zipped)) {
            zip.write(raw);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        System.out.printf("page %s, layers sent: %,d kB, gzip %,d kB%n", name, raw.length / 1024, zipped.size() / 1024);
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
            change.accept((Component) getCurrentView());
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            open.run();
            Component view = (Component) getCurrentView();
            millis[i] = time(() -> change.accept(view));
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

    /** Sets a field of the view, or of one of the view's parts (the map's filters sit in a part of their own). */
    @SuppressWarnings("unchecked")
    private static void set(Component view, String field, Object value) {
        try {
            Object owner = view;
            Field f = declared(view.getClass(), field);
            if (f == null) {
                for (Field part : view.getClass().getDeclaredFields()) {
                    part.setAccessible(true);
                    Object candidate = part.get(view);
                    Field inPart = candidate instanceof Component ? declared(candidate.getClass(), field) : null;
                    if (inPart != null && HasValue.class.isAssignableFrom(inPart.getType())) {
                        owner = candidate;
                        f = declared(candidate.getClass(), field);
                        break;
                    }
                }
            }
            if (f == null) {
                throw new IllegalStateException("no field " + field + " in " + view.getClass());
            }
            f.setAccessible(true);
            ((HasValue<?, Object>) f.get(owner)).setValue(value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Field declared(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static boolean selected(String name) {
        return PAGES.isEmpty() || PAGES.stream().anyMatch(name::contains);
    }

    private static void measure(String name, Runnable step) {
        if (!selected(name)) {
            return;
        }
        long first = time(step);
        int runs = first > 2_000 ? 3 : RUNS;
        if (first <= 2_000) {
            time(step);
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            millis[i] = time(step) / 1.0;
        }
        Arrays.sort(millis);
        System.out.printf("page %s: median %.0f ms, slowest %.0f ms%n", name, millis[runs / 2], millis[runs - 1]);
    }

    private interface Export {
        void write(OutputStream out) throws IOException;
    }

    /**
     * Like {@link #measure}, plus the heap the export holds while it writes: in one further run, a full collection
     * every 50 ms and the heap still in use right after it, above what was in use before the export began. Garbage
     * the export leaves behind is not counted (it says nothing about growth with the data); what it keeps is.
     */
    private static void export(String name, Export export) {
        if (!selected(name)) {
            return;
        }
        Runnable step = () -> {
            try (OutputStream out = new Discard()) {
                export.write(out);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        };
        long first = time(step);
        int runs = first > 2_000 ? 3 : 5;
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            millis[i] = time(step);
        }
        Arrays.sort(millis);
        System.out.printf(
                "page %s: median %.0f ms, slowest %.0f ms, memory %d MB%n",
                name, millis[runs / 2], millis[runs - 1], liveHeapWhile(step) / (1024 * 1024));
    }

    private static long liveHeapWhile(Runnable step) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong most = new AtomicLong(before);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                System.gc();
                most.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        step.run();
        sampler.interrupt();
        return Math.max(0, most.get() - before);
    }

    private static long time(Runnable step) {
        long start = System.nanoTime();
        step.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Counts and drops what an export writes, as a network would take it. */
    private static final class Discard extends OutputStream {
        @Override
        public void write(int b) {}

        @Override
        public void write(byte[] b, int off, int len) {}
    }

    // ---- the browser ---------------------------------------------------------------------------------------

    private void browserMap(WebDriver browser, WebDriverWait wait, String name, String path, int areas) {
        double[] load = new double[5];
        for (int run = -1; run < load.length; run++) {
            browser.get(url(path));
            wait.until(b -> drawn(b, areas) ? true : null);
            if (run >= 0) {
                load[run] = number(browser, "return performance.now()");
            }
        }
        Arrays.sort(load);
        System.out.printf("browser map %s: median %.0f ms%n", name, load[load.length / 2]);
    }

    /** At least this many outlines and at least one marker or cluster are on the map. */
    private static boolean drawn(WebDriver browser, int areas) {
        return number(
                        browser,
                        "const m = document.querySelector('leaflet-map'); if (!m || !m.shadowRoot) return 0;"
                                + " const r = m.shadowRoot;"
                                + " return r.querySelectorAll('path.leaflet-feature').length >= " + areas
                                + " && r.querySelectorAll('.leaflet-marker-icon').length > 0 ? 1 : 0;")
                == 1;
    }

    private static double number(WebDriver browser, String script) {
        Object value = ((JavascriptExecutor) browser).executeScript(script);
        return value instanceof Number n ? n.doubleValue() : 0;
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
