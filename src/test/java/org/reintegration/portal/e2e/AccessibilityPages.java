package org.reintegration.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reintegration.portal.base.jooq.Tables.COMMUNITY;
import static org.reintegration.portal.base.jooq.Tables.GRANT_AGREEMENT;
import static org.reintegration.portal.base.jooq.Tables.INITIATIVE;
import static org.reintegration.portal.base.jooq.Tables.PROJECT;
import static org.reintegration.portal.base.jooq.Tables.SELECTION_ROUND;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.reintegration.portal.selection.round.Phase;

/**
 * What {@link AccessibilityIT} walks: every page of the portal with the roles that use it, the languages, and
 * the demo data that fills the pages' ids.
 */
final class AccessibilityPages {

    private AccessibilityPages() {}

    /** Who walks a page: nobody signed in, or a demo account (README). */
    enum Who {
        ANONYMOUS(null, null),
        AUTHORITY("authority", "authority-demo-2026"),
        STAFF("staff", "staff-demo-2026"),
        ADMIN("admin", "admin-demo-2026");

        final String username;
        final String password;

        Who(String username, String password) {
            this.username = username;
            this.password = password;
        }
    }

    /** An address, with demo ids in braces (see {@link #demoIds()}), and who uses it. */
    record Page(String path, Set<Who> users) {}

    private static Page page(String path, Who... users) {
        return new Page(path, Set.of(users));
    }

    /** Every page of the portal and who uses it: the one place to add a page. */
    static final List<Page> PAGES = List.of(
            page("", Who.ANONYMOUS),
            page("login", Who.ANONYMOUS),
            page("propose", Who.ANONYMOUS),
            page("vote/{votingRound}", Who.ANONYMOUS),
            page("public/rounds/{votingRound}", Who.ANONYMOUS),
            page("public/rounds/{resultsRound}/results", Who.ANONYMOUS),
            page("public/communities/{community}/projects", Who.ANONYMOUS),
            page("map", Who.AUTHORITY, Who.STAFF),
            page("communities", Who.AUTHORITY, Who.STAFF),
            page("communities/{community}", Who.STAFF),
            page("communities/{community}/lessons", Who.STAFF),
            page("providers", Who.STAFF),
            page("returnees", Who.STAFF),
            page("changes", Who.AUTHORITY),
            page("initiatives", Who.STAFF),
            page("initiatives/{initiative}", Who.STAFF),
            page("initiatives/{projectInitiative}/project", Who.STAFF),
            page("rounds", Who.STAFF),
            page("rounds/{resultsRound}", Who.STAFF),
            page("rounds/{resultsRound}/results", Who.STAFF),
            page("rounds/{resultsRound}/projects", Who.STAFF),
            page("rounds/{votingRound}/codes", Who.STAFF),
            page("rounds/{votingRound}/paper-ballots", Who.STAFF),
            page("voting", Who.STAFF),
            page("projects", Who.AUTHORITY, Who.STAFF),
            page("projects/{project}", Who.STAFF),
            page("projects/{project}/monitoring", Who.STAFF),
            page("outcomes", Who.AUTHORITY, Who.STAFF),
            page("outcomes/import", Who.STAFF),
            page("outcomes/scheme", Who.STAFF),
            page("indicators", Who.STAFF),
            page("grants", Who.STAFF),
            page("grants/new", Who.STAFF),
            page("grants/{grant}", Who.STAFF),
            page("grants/dashboard", Who.STAFF),
            page("assessments/import", Who.STAFF),
            page("admin/users", Who.ADMIN),
            page("admin/areas", Who.ADMIN));

    /** The languages, each with its own name as the header's language menu shows it. */
    static final Map<String, String> LANGUAGES = new LinkedHashMap<>();

    static {
        LANGUAGES.put("en", "English");
        LANGUAGES.put("fr", "Français");
        LANGUAGES.put("ar", "العربية");
    }

    /** Demo data to open the pages with ids: a round in each public phase, a community, a project and so on. */
    static Map<String, String> demoIds(DSLContext db) {
        Map<String, String> ids = new HashMap<>();
        ids.put(
                "votingRound",
                first(db.select(SELECTION_ROUND.ID)
                        .from(SELECTION_ROUND)
                        .where(SELECTION_ROUND.PHASE.eq(Phase.VOTING.name()))
                        .orderBy(SELECTION_ROUND.ID)
                        .limit(1)
                        .fetchOne(SELECTION_ROUND.ID)));
        ids.put(
                "resultsRound",
                first(db.select(SELECTION_ROUND.ID)
                        .from(SELECTION_ROUND)
                        .where(SELECTION_ROUND.PHASE.eq(Phase.RESULTS.name()))
                        .orderBy(SELECTION_ROUND.ID)
                        .limit(1)
                        .fetchOne(SELECTION_ROUND.ID)));
        ids.put(
                "community",
                first(db.select(PROJECT.COMMUNITY_ID)
                        .from(PROJECT)
                        .where(PROJECT.COMMUNITY_ID.isNotNull())
                        .orderBy(PROJECT.ID)
                        .limit(1)
                        .fetchOne(PROJECT.COMMUNITY_ID)));
        ids.put(
                "project",
                first(db.select(PROJECT.ID)
                        .from(PROJECT)
                        .orderBy(PROJECT.ID)
                        .limit(1)
                        .fetchOne(PROJECT.ID)));
        ids.put(
                "initiative",
                first(db.select(INITIATIVE.ID)
                        .from(INITIATIVE)
                        .orderBy(INITIATIVE.ID)
                        .limit(1)
                        .fetchOne(INITIATIVE.ID)));
        ids.put(
                "projectInitiative",
                first(db.select(PROJECT.INITIATIVE_ID)
                        .from(PROJECT)
                        .where(PROJECT.INITIATIVE_ID.isNotNull())
                        .orderBy(PROJECT.ID)
                        .limit(1)
                        .fetchOne(PROJECT.INITIATIVE_ID)));
        ids.put(
                "grant",
                first(db.select(GRANT_AGREEMENT.ID)
                        .from(GRANT_AGREEMENT)
                        .orderBy(GRANT_AGREEMENT.ID)
                        .limit(1)
                        .fetchOne(GRANT_AGREEMENT.ID)));
        assertThat(db.fetchCount(COMMUNITY)).as("demo communities").isPositive();
        return ids;
    }

    private static String first(Object id) {
        assertThat(id).as("demo data for the pages with ids").isNotNull();
        return String.valueOf(id);
    }

    static String fill(String path, Map<String, String> ids) {
        String filled = path;
        for (String name : Arrays.asList(
                "votingRound", "resultsRound", "community", "project", "initiative", "projectInitiative", "grant")) {
            filled = filled.replace("{" + name + "}", ids.get(name));
        }
        return filled;
    }
}
