package org.reintegration.portal.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.community.CommunityService;
import org.reintegration.portal.community.profile.ProfileService;
import org.reintegration.portal.geo.AdminAreaService;
import org.reintegration.portal.initiative.FeasibilityReviewService;
import org.reintegration.portal.initiative.InitiativeService;
import org.reintegration.portal.outcome.SchemeService;
import org.reintegration.portal.outcome.SurveyImportService;
import org.reintegration.portal.project.ProjectService;
import org.reintegration.portal.returnees.AreaPopulationService;
import org.reintegration.portal.returnees.ReturneeCountService;
import org.reintegration.portal.security.Role;
import org.reintegration.portal.security.SystemTask;
import org.reintegration.portal.security.UserAccountData;
import org.reintegration.portal.security.UserService;
import org.reintegration.portal.selection.round.Phase;
import org.reintegration.portal.selection.round.RoundService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills a new, empty installation with demo data: Guinea's regions and prefectures, one user per
 * role, invented communities with their profiles, and invented returnee counts for two rounds, and an invented reintegration survey. Runs only when {@code portal.demo.enabled} is true (never in the production profile) and only
 * while no admin area exists, so a restart keeps whatever was changed.
 *
 * <p>The whole load is one database transaction. It runs after the web server already answers, so
 * the portal may be stopped in the middle of it: then nothing of it is committed, no admin area
 * exists, and the next start loads it all again. Files written on the way (demo receipts) may stay
 * behind unreferenced; nothing reads them.
 */
@Component
@ConditionalOnBooleanProperty("portal.demo.enabled")
class DemoData implements ApplicationRunner {

    /** Demo sign-ins; the README lists them. */
    static final String PASSWORD_SUFFIX = "-demo-2026";

    static final PCode AUTHORITY_SCOPE = PCode.of("GN004"); // Kankan region

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final AdminAreaService areas;
    private final UserService users;
    private final DemoCommunities communities;
    private final DemoReturneeCounts returneeCounts;
    private final DemoSelection selection;
    private final DemoBallots ballots;
    private final DemoProjects projects;
    private final DemoMonitoring monitoring;
    private final DemoGrants grants;
    private final DemoOutcomes outcomes;
    private final TransactionTemplate transaction;

    DemoData(
            AdminAreaService areas,
            UserService users,
            CommunityService communities,
            ProfileService profiles,
            ReturneeCountService returnees,
            AreaPopulationService populations,
            InitiativeService initiatives,
            FeasibilityReviewService reviews,
            RoundService rounds,
            DemoBallots ballots,
            ProjectService projects,
            DemoMonitoring monitoring,
            DemoGrants grants,
            SurveyImportService outcomeImport,
            SchemeService outcomeSchemes,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.areas = areas;
        this.users = users;
        this.returneeCounts = new DemoReturneeCounts(areas, returnees, populations);
        this.communities = new DemoCommunities(areas, communities, profiles);
        this.selection = new DemoSelection(communities, initiatives, reviews, rounds);
        this.ballots = ballots;
        this.projects = new DemoProjects(initiatives, projects);
        this.monitoring = monitoring;
        this.grants = grants;
        this.outcomes = new DemoOutcomes(communities, projects, outcomeImport, outcomeSchemes, clock);
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (areas.hasAreas()) {
            return;
        }
        log.info("Loading the demo data");
        int created = SystemTask.callAsAdministrator(() -> transaction.execute(status -> load()));
        log.info(
                "Demo data loaded: Guinea's admin areas, {} invented communities with their profiles, and the demo"
                        + " users (password: <username>{})",
                created,
                PASSWORD_SUFFIX);
    }

    /** Loads everything; returns the number of communities. */
    private int load() {
        importBoundaries("demo/boundaries/gin_adm1.geojson");
        importBoundaries("demo/boundaries/gin_adm2.geojson");
        user("admin", "Aïssatou Diallo (demo administrator)", null, Role.ADMIN, Set.of());
        user("staff", "Mamadou Bah (demo programme staff)", null, Role.STAFF, Set.of());
        user("staff2", "Fatoumata Camara (demo M&E officer)", null, Role.STAFF, Set.of());
        user(
                "authority",
                "Sékou Kourouma (demo local authority)",
                "Kankan Regional Governorate, Planning",
                Role.AUTHORITY,
                Set.of(AUTHORITY_SCOPE));
        int created = communities.create();
        returneeCounts.create();
        selection.create();
        Map<Phase, Long> rounds = selection.roundsByPhase();
        for (Phase phase : List.of(Phase.VOTING, Phase.RESULTS)) {
            if (rounds.containsKey(phase)) {
                ballots.populate(rounds.get(phase));
            }
        }
        if (rounds.containsKey(Phase.RESULTS)) {
            projects.create(rounds.get(Phase.RESULTS));
            monitoring.create();
        }
        grants.create();
        outcomes.create();
        return created;
    }

    /** The demo selection rounds by phase, for demo ballots and results to be added to. */
    Map<Phase, Long> demoRoundsByPhase() {
        return selection.roundsByPhase();
    }

    private void importBoundaries(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            areas.importBoundaries(in, resource.substring(resource.lastIndexOf('/') + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void user(String username, String name, String office, Role role, Set<PCode> scopes) {
        users.createUser(new UserAccountData(username, name, office, role, scopes), username + PASSWORD_SUFFIX);
    }
}
