package org.reintegration.portal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reintegration.portal.base.jooq.Tables.COMMUNITY;
import static org.reintegration.portal.base.jooq.Tables.GRANT_AGREEMENT;
import static org.reintegration.portal.base.jooq.Tables.INITIATIVE;
import static org.reintegration.portal.base.jooq.Tables.PROJECT;
import static org.reintegration.portal.base.jooq.Tables.SELECTION_ROUND;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.provider.DataGenerator;
import com.vaadin.flow.data.provider.KeyMapper;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Walks every screen of the portal in French and in Arabic, with the demo data, and fails on English left on
 * it: a translation key shown raw or missing, an English text of the bundles, a code where words belong
 * (MES_ADD1U, mes_add1u_greedy, IN_KIND), an upload or date field left with Vaadin's English defaults.
 */
@PortalTest
@Transactional
class TranslatedScreensTest extends SpringBrowserlessTest {

    /** Machine codes the interface must put in words: upper-case enum names and the rules' short names. */
    private static final Pattern CODE =
            Pattern.compile("\\b(?:[A-Z]{2,}(?:_[A-Z0-9]+)+|mes_add1u(?:_greedy)?|greedy)\\b");

    private static final Pattern KEY_LIKE = Pattern.compile("\\b[a-z][a-z0-9-]*(?:\\.[A-Za-z0-9_-]+)+\\b");

    /** English that comes from outside the bundles (Vaadin's and Leaflet's defaults, the old change log). */
    private static final List<String> KNOWN_ENGLISH = List.of(
            "Phase moved to",
            "Phase stepped back",
            "Upload File",
            "Drop file",
            "Connection lost",
            "Zoom in",
            "Zoom out",
            "Round created",
            "Ballot set to");

    /**
     * What the demo data's authors typed (an initiative's title, a visit's note), shown as typed in every
     * language: it shares words with English texts of the interface but is not one.
     */
    private static final Set<String> TYPED_DEMO_TEXT =
            Set.of("Civil documentation days", "Quick survey at the community meeting (demo)");

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("staff")
    void staff_screens_in_french_have_no_english_left() throws IOException {
        assertThat(walk(Languages.FRENCH)).isEmpty();
    }

    @Test
    @WithUserDetails("staff")
    void staff_screens_in_arabic_have_no_english_left() throws IOException {
        assertThat(walk(Languages.ARABIC)).isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void administration_screens_in_french_and_arabic_have_no_english_left() throws IOException {
        List<String> problems = new ArrayList<>(walk(Languages.FRENCH));
        problems.addAll(walk(Languages.ARABIC));
        assertThat(problems).isEmpty();
    }

    @Test
    @WithUserDetails("staff")
    void the_walk_notices_english_a_raw_key_and_a_code() throws IOException {
        Set<String> english = englishFragments(Languages.FRENCH);
        Set<String> keys = TranslationFilesTest.load("translations.properties").keySet();
        List<String> problems = new ArrayList<>();
        check("test", "Phase moved to VOTING on 2026-03-01", english, keys, problems);
        check("test", "rounds.changes", english, keys, problems);
        check("test", "mes_add1u_greedy", english, keys, problems);
        check("test", "Put initiatives on the ballot before voting opens.", english, keys, problems);
        check("test", "Passage à la phase Vote le 1 mars 2026", english, keys, problems);
        assertThat(problems)
                .anyMatch(p -> p.contains("Phase moved to"))
                .anyMatch(p -> p.contains("raw key rounds.changes"))
                .anyMatch(p -> p.contains("code mes_add1u_greedy"))
                .anyMatch(p -> p.contains("Put initiatives on the ballot"))
                .noneMatch(p -> p.contains("Passage"));
    }

    @Test
    @WithUserDetails("staff")
    void the_walk_reads_the_cells_of_a_grid_such_as_the_details_of_a_grants_audit_trail() {
        UI.getCurrent().setLocale(Languages.FRENCH);
        UI.getCurrent().navigate("grants/" + first(GRANT_AGREEMENT, GRANT_AGREEMENT.ID));

        List<String> cells = new ArrayList<>();
        for (Component c : components(UI.getCurrent())) {
            if (c instanceof Grid<?> grid) {
                cells.addAll(cellTexts(grid));
            }
        }

        assertThat(cells).anyMatch(text -> text.contains("\u202f; bénéficiaire "));
    }

    @Test
    @WithUserDetails("staff")
    void an_import_that_reads_one_file_speaks_of_one_file_in_french_and_arabic() {
        for (Locale locale : List.of(Languages.FRENCH, Languages.ARABIC)) {
            UI.getCurrent().setLocale(locale);
            UI.getCurrent().navigate("grants"); // elsewhere first, so the projects page is built anew
            UI.getCurrent().navigate("projects");

            Upload upload = components(UI.getCurrent()).stream()
                    .filter(c -> c instanceof Upload && c.getId().orElse("").equals("project-upload"))
                    .map(Upload.class::cast)
                    .findFirst()
                    .orElseThrow();

            String one = org.reintegration.portal.base.Texts.get(locale, "upload.add.one");
            assertThat(upload.getI18n().getAddFiles().getMany()).isEqualTo(one);
            assertThat(upload.getI18n().getAddFiles().getOne()).isEqualTo(one);
            assertThat(upload.getI18n().getDropFiles().getMany())
                    .isEqualTo(org.reintegration.portal.base.Texts.get(locale, "upload.drop.one"));
        }
    }

    private List<String> walk(Locale locale) throws IOException {
        Set<String> english = englishFragments(locale);
        Set<String> keys = TranslationFilesTest.load("translations.properties").keySet();
        Map<String, String> ids = Map.of(
                "roundId", first(SELECTION_ROUND, SELECTION_ROUND.ID),
                "grantId", first(GRANT_AGREEMENT, GRANT_AGREEMENT.ID),
                "projectId", first(PROJECT, PROJECT.ID),
                "communityId", first(COMMUNITY, COMMUNITY.ID),
                "initiativeId", first(INITIATIVE, INITIATIVE.ID));
        List<String> problems = new ArrayList<>();
        List<String> visited = new ArrayList<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            String location = location(route.getTemplate(), ids);
            if (location == null || location.startsWith("login")) {
                continue;
            }
            UI.getCurrent().setLocale(locale);
            try {
                UI.getCurrent().navigate(location);
            } catch (RuntimeException refused) {
                continue; // a route this role may not open; the error page is walked below
            }
            visited.add(location);
            List<String> texts = new ArrayList<>();
            collect(UI.getCurrent().getElement(), texts);
            for (Component c : components(UI.getCurrent())) {
                if (c instanceof Grid<?> grid) {
                    grid.getColumns().forEach(col -> texts.add(col.getHeaderText()));
                    texts.addAll(cellTexts(grid));
                }
                if (c instanceof Upload upload && upload.getI18n() == null) {
                    problems.add(location + ": an upload keeps Vaadin's English texts");
                }
                if (c instanceof DatePicker picker
                        && (picker.getI18n() == null || picker.getI18n().getDateFormats() == null)) {
                    problems.add(location + ": a date field keeps the default date format and English months");
                }
            }
            for (String text : texts) {
                if (text == null || !TYPED_DEMO_TEXT.contains(text)) {
                    check(location, text, english, keys, problems);
                }
            }
        }
        assertThat(visited).as("screens opened in %s", locale).hasSizeGreaterThan(8);
        return problems;
    }

    private static void check(String where, String text, Set<String> english, Set<String> keys, List<String> problems) {
        if (text == null || text.isBlank()) {
            return;
        }
        if (text.contains("!{") || text.matches("(?s).*![a-z][a-z0-9.-]+!.*")) {
            problems.add(where + ": missing translation in \"" + text + "\"");
        }
        Matcher key = KEY_LIKE.matcher(text);
        while (key.find()) {
            if (keys.contains(key.group())) {
                problems.add(where + ": raw key " + key.group());
            }
        }
        Matcher code = CODE.matcher(text);
        if (code.find()) {
            problems.add(where + ": code " + code.group() + " in \"" + text + "\"");
        }
        for (String known : KNOWN_ENGLISH) {
            if (text.contains(known)) {
                problems.add(where + ": English \"" + known + "\"");
            }
        }
        for (String fragment : english) {
            if (text.contains(fragment)) {
                problems.add(where + ": English \"" + fragment + "\" in \"" + text + "\"");
                return;
            }
        }
    }

    /**
     * Pieces of English texts long enough not to be a shared word (between placeholders, 14 characters or
     * more), of every key whose text in this language differs from the English one.
     */
    private static Set<String> englishFragments(Locale locale) throws IOException {
        Map<String, String> english = TranslationFilesTest.load("translations.properties");
        Map<String, String> translated =
                TranslationFilesTest.load("translations_" + locale.getLanguage() + ".properties");
        Set<String> fragments = new TreeSet<>();
        english.forEach((key, text) -> {
            if (text.equals(translated.get(key))) {
                return;
            }
            for (String piece : text.replace("''", "'").split("\\{[^}]*}")) {
                String trimmed = piece.strip();
                if (trimmed.length() >= 14 && !translated.get(key).contains(trimmed)) {
                    fragments.add(trimmed);
                }
            }
        });
        return fragments;
    }

    /** Texts a reader sees or hears: text nodes, labels, helpers, placeholders, titles and accessible names. */
    private static void collect(Element element, List<String> texts) {
        if (element.isTextNode()) {
            texts.add(element.getText());
            return;
        }
        for (String attribute : List.of("aria-label", "title", "placeholder", "label")) {
            texts.add(element.getAttribute(attribute));
        }
        for (String property : List.of(
                "label", "helperText", "placeholder", "errorMessage", "title", "accessibleName", "text", "header")) {
            Object value = element.getPropertyRaw(property);
            if (value instanceof String s) {
                texts.add(s);
            }
        }
        element.getChildren().forEach(child -> collect(child, texts));
    }

    /**
     * The texts of a grid's cells, as its columns' value providers give them for its first rows: the browser
     * draws them from these, so they are not in the element tree (an audit trail's details, a list's statuses).
     */
    private static <T> List<String> cellTexts(Grid<T> grid) {
        List<String> texts = new ArrayList<>();
        List<T> rows;
        try {
            rows = grid.getGenericDataView().getItems().limit(50).toList();
        } catch (RuntimeException notListable) {
            return texts;
        }
        for (Grid.Column<T> column : grid.getColumns()) {
            Optional<DataGenerator<T>> data;
            try {
                data = column.getRenderer()
                        .render(new Element("vaadin-grid-column"), new KeyMapper<>())
                        .getDataGenerator();
            } catch (RuntimeException notRenderedApart) {
                continue; // a renderer of components, whose texts are in the element tree
            }
            data.ifPresent(generator -> {
                for (T row : rows) {
                    ObjectNode json = JsonNodeFactory.instance.objectNode();
                    generator.generateData(row, json);
                    strings(json, texts);
                }
            });
        }
        return texts;
    }

    private static void strings(JsonNode node, List<String> texts) {
        if (node.isString()) {
            texts.add(node.asString());
        }
        for (JsonNode child : node) {
            strings(child, texts);
        }
    }

    private static Set<Component> components(Component root) {
        Set<Component> all = new LinkedHashSet<>();
        all.add(root);
        root.getChildren().forEach(child -> all.addAll(components(child)));
        return all;
    }

    private static String location(String template, Map<String, String> ids) {
        StringBuilder path = new StringBuilder();
        for (String segment : template.split("/")) {
            if (segment.startsWith(":")) {
                String name = segment.substring(1).replaceAll("[?*].*$", "").replaceAll("\\(.*\\)$", "");
                if (segment.endsWith("?")) {
                    continue;
                }
                if (!ids.containsKey(name) || ids.get(name) == null) {
                    return null;
                }
                segment = ids.get(name);
            }
            if (!path.isEmpty()) {
                path.append('/');
            }
            path.append(segment);
        }
        return path.toString();
    }

    private String first(Table<?> table, Field<Long> id) {
        Long found = db.select(DSL.min(id)).from(table).fetchOne(0, Long.class);
        return found == null ? null : found.toString();
    }
}
