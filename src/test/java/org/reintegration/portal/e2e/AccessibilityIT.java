package org.reintegration.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.reintegration.portal.base.jooq.Tables.APP_USER;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.vaadin.flow.router.Route;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.reintegration.portal.e2e.AccessibilityPages.Page;
import org.reintegration.portal.e2e.AccessibilityPages.Who;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Every page of the portal, in each of its languages, for the role that uses it: axe-core finds no critical
 * or serious problem, the first HTML already carries the page's language and direction, the page has a
 * title, one main landmark reached by a skip link and one top heading, and on a 375 px phone nothing
 * scrolls sideways.
 *
 * <p>One browser and one sign-in serve a role in all languages. A new page is one line in {@link AccessibilityPages#PAGES};
 * {@link #every_route_of_the_portal_is_in_the_list_of_pages_walked()} fails until it is there.
 */
class AccessibilityIT extends BrowserTest {

    private static final Set<String> FAILING_IMPACTS = Set.of("critical", "serious");
    private static final int PHONE_WIDTH = 375;

    @Autowired
    DSLContext db;

    @ParameterizedTest
    @EnumSource(Who.class)
    void every_page_passes_axe_core_in_every_language_on_a_phone_and_a_desktop(Who who) {
        assumeTrue(chosen("accessibility.roles", who.name()), "left out by -Daccessibility.roles");
        long started = System.nanoTime();
        Map<String, String> ids = AccessibilityPages.demoIds(db);
        List<Page> pages = AccessibilityPages.PAGES.stream()
                .filter(p -> p.users().contains(who))
                .toList();
        List<String> problems = new ArrayList<>();
        Map<String, Map<String, String>> titles = new HashMap<>();
        String savedLanguage = who.username == null ? null : savedLanguage(who);
        try {
            if (who.username != null) {
                signIn(who.username, who.password);
            }
            for (Map.Entry<String, String> language : AccessibilityPages.LANGUAGES.entrySet()) {
                if (!chosen("accessibility.languages", language.getKey())) {
                    continue;
                }
                useLanguage(who, language.getKey(), language.getValue());
                System.out.printf("Accessibility: %s in %s, %d pages%n", who, language.getValue(), pages.size());
                for (Page page : pages) {
                    String path = AccessibilityPages.fill(page.path(), ids);
                    String where = who + " " + language.getKey() + " /" + path;
                    int before = problems.size();
                    checkPage(path, language.getKey(), where, problems);
                    // Printed at once too, so that a long run shows what it found as it goes.
                    problems.subList(before, problems.size()).forEach(System.out::println);
                    titles.computeIfAbsent(page.path(), p -> new HashMap<>())
                            .put(language.getKey(), (String) script("return document.title"));
                }
            }
        } finally {
            if (who.username != null) {
                restoreLanguage(who, savedLanguage);
            }
        }
        titles.forEach((path, byLanguage) -> {
            if (byLanguage.get("en") != null && byLanguage.get("en").equals(byLanguage.get("fr"))) {
                problems.add(who + " /" + path + ": the title is not translated: " + byLanguage.get("en"));
            }
        });
        System.out.printf(
                "Accessibility of %d pages for %s in %d languages took %d s%n",
                pages.size(),
                who,
                AccessibilityPages.LANGUAGES.size(),
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
        assertThat(problems)
                .as("accessibility problems:%n%s", String.join("\n", problems))
                .isEmpty();
    }

    /** Whether a system property that narrows a run while working on a page (a comma list) allows this value. */
    private static boolean chosen(String property, String value) {
        String list = System.getProperty(property, "");
        return list.isBlank()
                || Arrays.asList(list.toUpperCase(java.util.Locale.ROOT).split(","))
                        .contains(value.toUpperCase(java.util.Locale.ROOT));
    }

    @Test
    void every_route_of_the_portal_is_in_the_list_of_pages_walked() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<String> listed = AccessibilityPages.PAGES.stream()
                .map(p -> p.path().replaceAll("\\{[^}]+}", ":"))
                .collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.reintegration.portal")) {
            Route route;
            try {
                route = Class.forName(candidate.getBeanClassName()).getAnnotation(Route.class);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            String template = route.value().replaceAll(":[A-Za-z]+\\?$", ":").replaceAll(":[A-Za-z]+", ":");
            if (!listed.contains(template)) {
                missing.add(route.value() + " (" + candidate.getBeanClassName() + ")");
            }
        }
        assertThat(missing).as("routes not walked by the accessibility test").isEmpty();
    }

    /** Opens the page on a phone, then on a desktop, and notes everything wrong with it. */
    private void checkPage(String path, String language, String where, List<String> problems) {
        phone(true);
        browser.get(url(path));
        waitUntilSettled();
        Object sideways = script(SCROLLS_SIDEWAYS);
        if (sideways != null) {
            problems.add(where + " at " + PHONE_WIDTH + " px: scrolls sideways, " + sideways + ": "
                    + script(WIDEST_ELEMENTS));
        }
        axe(where + " at " + PHONE_WIDTH + " px", problems);
        screenshot(path, language, PHONE_WIDTH);

        phone(false);
        waitUntilSettled();
        axe(where + " at 1280 px", problems);
        screenshot(path, language, 1280);
        structure(language, where, problems);
    }

    /**
     * The width the page scrolls to sideways, or null when it fits: the document, and the content area of the
     * Vaadin pages' frame, which scrolls by itself.
     */
    private static final String SCROLLS_SIDEWAYS = "const w = window.innerWidth;"
            + "if (document.documentElement.scrollWidth > w) return 'the page is '"
            + " + document.documentElement.scrollWidth + ' px wide';"
            + "const layout = document.querySelector('vaadin-app-layout');"
            + "const content = layout && layout.shadowRoot && layout.shadowRoot.querySelector('[part~=content]');"
            + "if (content && content.scrollWidth > content.clientWidth + 1) return 'the content is '"
            + " + content.scrollWidth + ' px wide in ' + content.clientWidth;"
            + "return null;";

    /** With {@code -Daccessibility.screenshots=DIR}, keeps what each page looks like, to look at. */
    private void screenshot(String path, String language, int width) {
        String folder = System.getProperty("accessibility.screenshots");
        if (folder == null) {
            return;
        }
        String name = (path.isEmpty() ? "landing" : path.replaceAll("[^A-Za-z0-9]+", "-")) + "-" + language + "-"
                + width + ".png";
        try {
            java.nio.file.Files.createDirectories(java.nio.file.Path.of(folder));
            java.nio.file.Files.write(
                    java.nio.file.Path.of(folder, name), browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void structure(String language, String where, List<String> problems) {
        String title = (String) script("return document.title");
        if (title == null || title.isBlank()) {
            problems.add(where + ": no document title");
        }
        Object lang = script("return document.documentElement.lang");
        Object dir = script("return document.documentElement.dir || 'ltr'");
        String expectedDir = "ar".equals(language) ? "rtl" : "ltr";
        if (!language.equals(lang) || !expectedDir.equals(dir)) {
            problems.add(where + ": the page says lang=" + lang + " dir=" + dir);
        }
        String firstHtml = (String) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "fetch(location.href, {credentials: 'same-origin'}).then(r => r.text())"
                        + ".then(t => done((t.match(/<html[^>]*>/i) || [''])[0]), e => done('failed: ' + e));");
        if (!htmlTagSays(firstHtml, "lang", language)
                || !(htmlTagSays(firstHtml, "dir", expectedDir)
                        || ("ltr".equals(expectedDir) && !firstHtml.contains("dir=")))) {
            problems.add(where + ": the first HTML starts " + firstHtml);
        }
        long headings = ((Number)
                        script("return document.querySelectorAll('h1, [role=heading][aria-level=\"1\"]').length"))
                .longValue();
        if (headings != 1) {
            problems.add(where + ": " + headings + " top headings (h1)");
        }
        long mains = ((Number) script("return document.querySelectorAll('main, [role=main]').length")).longValue();
        if (mains != 1) {
            problems.add(where + ": " + mains + " main landmarks");
        }
        Boolean skip = (Boolean) script("const main = document.querySelector('main, [role=main]');"
                + "return !!main && !!main.id && Array.from(document.querySelectorAll('a[href]'))"
                + ".some(a => a.getAttribute('href') === '#' + main.id);");
        if (!skip) {
            problems.add(where + ": no skip link to the main content");
        }
    }

    private static boolean htmlTagSays(String tag, String attribute, String value) {
        Matcher m = Pattern.compile("\\s" + attribute + "\\s*=\\s*[\"']?([^\"'\\s>]+)")
                .matcher(tag);
        return m.find() && m.group(1).equals(value);
    }

    /** Runs axe-core on the page as it stands and notes each critical or serious violation. */
    private void axe(String where, List<String> problems) {
        // axe.run inside the page: the portal has no cross-origin frames, which is what the newer mode (finishing
        // the run in a second, blank window under a one-second timeout) is for; every rule runs all the same
        Results results = new AxeBuilder().setLegacyMode(true).analyze(browser);
        for (Rule rule : results.getViolations()) {
            if (!FAILING_IMPACTS.contains(rule.getImpact())) {
                continue;
            }
            String targets = rule.getNodes().stream()
                    .limit(5)
                    .map(AccessibilityIT::target)
                    .collect(Collectors.joining(" | "));
            problems.add(where + ": " + rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp() + ") on "
                    + rule.getNodes().size() + ": " + targets);
        }
    }

    private static String target(CheckedNode node) {
        String html = node.getHtml() == null ? "" : node.getHtml();
        return node.getTarget() + " " + (html.length() > 120 ? html.substring(0, 120) + "…" : html);
    }

    /**
     * The elements that stick out past the right or left edge of the window, to tell what to fix; not those
     * wholly outside it (the closed menu drawer).
     */
    private static final String WIDEST_ELEMENTS = "const w = window.innerWidth; const out = [];"
            + "document.querySelectorAll('body *').forEach(e => { const r = e.getBoundingClientRect();"
            + " if (r.width > 0 && ((r.left < w && r.right > w + 1) || (r.right > 0 && r.left < -1)))"
            + " out.push(e.tagName.toLowerCase()"
            + " + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.'"
            + " + String(e.className).trim().split(/\\s+/).join('.') : '') + ' [' + Math.round(r.left) + ','"
            + " + Math.round(r.right) + ']'); });"
            + "return out.slice(0, 8).join('; ');";

    /** A 375 px phone (a mobile viewport, as a phone lays the page out) or the 1280 px desktop window. */
    private void phone(boolean on) {
        if (on) {
            browser.executeCdpCommand(
                    "Emulation.setDeviceMetricsOverride",
                    Map.of("width", PHONE_WIDTH, "height", 800, "deviceScaleFactor", 1, "mobile", true));
        } else {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    /**
     * Waits until the page has loaded and, on a Vaadin page, the server round trips have ended, then for two
     * frames so that components have rendered.
     */
    private void waitUntilSettled() {
        wait.until(b -> Boolean.TRUE.equals(script("if (document.readyState !== 'complete') return false;"
                + "const flow = window.Vaadin && window.Vaadin.Flow;"
                + "if (!flow || !flow.clients) return !document.querySelector('script[src*=\"VAADIN\"]');"
                + "const clients = Object.values(flow.clients);"
                + "return clients.length > 0 && clients.every(c => !c.isActive || !c.isActive());")));
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "document.fonts.ready.then(() => requestAnimationFrame(() => requestAnimationFrame(() =>"
                        + " setTimeout(done, 50))));");
    }

    /**
     * Switches the language as a user does: a community member's browser keeps it in a cookie, a signed-in
     * user picks it in the header (which also keeps it in the account).
     */
    private void useLanguage(Who who, String language, String nativeName) {
        if (who.username == null) {
            // Not a page: a page opened before the cookie was set could come back from the browser's cache.
            browser.get(url("actuator/health"));
            browser.manage().deleteCookieNamed("portal-lang");
            browser.manage().addCookie(new Cookie("portal-lang", language, "/"));
            return;
        }
        // the front page is a public page without the header's menu: a signed-in user's first page of the portal
        browser.get(url("home"));
        waitUntilSettled();
        if (!language.equals(script("return document.documentElement.lang"))) {
            chooseLanguage(nativeName);
            wait.until(b -> language.equals(script("return document.documentElement.lang")));
        }
    }

    private String savedLanguage(Who who) {
        return db.select(APP_USER.PREFERRED_LANGUAGE)
                .from(APP_USER)
                .where(APP_USER.USERNAME.eq(who.username))
                .fetchOne(APP_USER.PREFERRED_LANGUAGE);
    }

    /** Leaves the demo account's language as it was, for the other browser tests. */
    private void restoreLanguage(Who who, String language) {
        db.update(APP_USER)
                .set(APP_USER.PREFERRED_LANGUAGE, language)
                .where(APP_USER.USERNAME.eq(who.username))
                .execute();
    }
}
