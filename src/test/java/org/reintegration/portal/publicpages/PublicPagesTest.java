package org.reintegration.portal.publicpages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.community.CommunityData;
import org.reintegration.portal.community.CommunityService;
import org.reintegration.portal.initiative.Samples;
import org.reintegration.portal.project.ProjectSamples;
import org.reintegration.portal.project.ProjectService;
import org.reintegration.portal.security.SystemTask;
import org.reintegration.portal.selection.result.ResultService;
import org.reintegration.portal.selection.round.BallotFormat;
import org.reintegration.portal.selection.round.BallotRules;
import org.reintegration.portal.selection.round.Phase;
import org.reintegration.portal.selection.round.RoundSamples;
import org.reintegration.portal.selection.round.RoundService;
import org.reintegration.portal.selection.voting.BallotChoices;
import org.reintegration.portal.selection.voting.BallotSubmission;
import org.reintegration.portal.selection.voting.Channel;
import org.reintegration.portal.selection.voting.RoundFixture;
import org.reintegration.portal.selection.voting.VoterGroup;
import org.reintegration.portal.selection.voting.VoterProfile;
import org.reintegration.portal.selection.voting.VotingService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;

/**
 * The public pages as a visitor without an account gets them, through the real security filter chain and
 * the real database: status, language and direction in the first HTML, the page's frame, what each page
 * shows and where it leads.
 */
@PortalTest
@Transactional
class PublicPagesTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    DSLContext db;

    @Autowired
    RoundService rounds;

    @Autowired
    RoundSamples samples;

    @Autowired
    VotingService voting;

    @Autowired
    ResultService results;

    @Autowired
    CommunityService communities;

    @Autowired
    ProjectService projects;

    @Autowired
    org.reintegration.portal.outcome.OutcomeService outcomes;

    MockMvc http;

    @BeforeEach
    void browser() {
        http = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    @Test
    void the_landing_page_offers_the_vote_in_its_first_lines_and_leads_to_every_public_page() throws Exception {
        RoundFixture.Round open =
                new RoundFixture(db).round("Open now", Phase.VOTING, BallotFormat.APPROVAL, 1000, 400);

        Document page = page(get("/"), 200);

        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("html").attr("dir")).isEqualTo("ltr");
        assertThat(page.title()).isEqualTo("Welcome · Community Reintegration Portal");
        assertFrame(page);
        assertThat(page.select("h1").text()).isEqualTo("Community projects chosen together");
        // the code form comes right after the heading, before any explanation
        assertThat(page.select("main > *").get(1).select("form[action=/vote] input#code"))
                .hasSize(1);
        assertThat(page.select("main a[href]").eachAttr("href"))
                .contains("/vote/" + open.id(), "/public/rounds/" + open.id(), "/public/rounds", "/public/communities");
        assertThat(page.select("nav.menu a").eachText())
                .containsExactly("Vote", "Rounds and results", "Projects in my community", "Propose");
    }

    @Test
    void the_language_comes_from_the_shared_cookie_else_the_browser_and_arabic_is_right_to_left() throws Exception {
        Document arabic = page(get("/").header("Accept-Language", "ar-IQ,fr;q=0.5"), 200);
        assertThat(arabic.select("html").attr("lang")).isEqualTo("ar");
        assertThat(arabic.select("html").attr("dir")).isEqualTo("rtl");
        assertThat(arabic.select("h1").text()).isEqualTo("مشاريع مجتمعية نختارها معاً");

        Document french = page(get("/").header("Accept-Language", "ar").cookie(new Cookie("portal-lang", "fr")), 200);
        assertThat(french.select("html").attr("lang")).isEqualTo("fr");
        assertThat(french.select("html").attr("dir")).isEqualTo("ltr");
        assertThat(french.select("h1").text()).isEqualTo("Des projets communautaires choisis ensemble");
        assertThat(french.select("nav.languages a").eachAttr("href"))
                .contains("/language?lang=ar&back=/", "/language?lang=en&back=/");
    }

    @Test
    void the_language_switch_keeps_the_choice_in_the_shared_cookie_and_returns_only_to_this_site() throws Exception {
        MockHttpServletResponse answer = http.perform(
                        get("/language").param("lang", "ar").param("back", "/public/rounds"))
                .andReturn()
                .getResponse();
        assertThat(answer.getStatus()).isEqualTo(302);
        assertThat(answer.getRedirectedUrl()).isEqualTo("/public/rounds");
        assertThat(answer.getCookie("portal-lang").getValue()).isEqualTo("ar");

        String elsewhere = http.perform(get("/language").param("lang", "fr").param("back", "//evil.example/x"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(elsewhere).isEqualTo("/");
    }

    @Test
    void unknown_rounds_and_communities_answer_404_in_the_visitor_s_language() throws Exception {
        for (String address : List.of(
                "/public/rounds/99999999",
                "/public/rounds/99999999/results",
                "/vote/99999999",
                "/public/rounds/not-a-number",
                "/public/communities/99999999/projects")) {
            Document page = page(get(address).cookie(new Cookie("portal-lang", "fr")), 404);
            assertThat(page.select("h1").text()).as(address).isEqualTo("Cette page n’existe pas.");
            assertFrame(page);
        }
    }

    @Test
    void a_round_s_page_shows_dates_rules_and_ballot_and_links_to_the_vote_while_it_is_open() throws Exception {
        long community = samples.communityIn("GN004", 0);
        long water = samples.feasible(Samples.waterPoint(community), null);
        long round = samples.round(community, BallotRules.approval(1, 1));
        SystemTask.runAsAdministrator(() -> {
            rounds.setBallot(round, List.of(water));
            rounds.moveTo(round, Phase.REVIEW);
            rounds.moveTo(round, Phase.VOTING);
        });

        Document page = page(get("/public/rounds/" + round), 200);

        assertFrame(page);
        assertThat(page.title()).isEqualTo("Test round · Community Reintegration Portal");
        assertThat(page.select("h1").text()).isEqualTo("Test round");
        assertThat(page.select("#public-round-phase").text()).isEqualTo("Now: Voting");
        assertThat(page.select("#round-phases li").eachText())
                .contains("Results: no date announced")
                .anySatisfy(
                        text -> assertThat(text).startsWith("Proposals: from January 5, 2026 (announced); started "));
        assertThat(page.select("#public-round-ballot li h3").eachText())
                .containsExactly("Two boreholes near the market");
        assertThat(page.select("#round-vote").attr("href")).isEqualTo("/vote/" + round);
        assertThat(page.select("#round-results")).isEmpty();
    }

    @Test
    void published_results_show_support_and_who_voted_with_small_counts_hidden_and_the_round_links_to_them()
            throws Exception {
        RoundFixture fixture = new RoundFixture(db);
        RoundFixture.Round round = fixture.round("Shown", Phase.VOTING, BallotFormat.APPROVAL, 1000, 600, 500, 300);
        SystemTask.runAsAdministrator(() -> {
            List<String> codes = voting.generateCodes(round.id(), 9, Locale.ENGLISH, false, "x")
                    .codes();
            for (int i = 0; i < 9; i++) {
                boolean returnee = i < 6;
                voting.castBallot(
                        new BallotSubmission(
                                codes.get(i),
                                round.id(),
                                BallotChoices.ticking(
                                        returnee
                                                ? List.of(round.initiative(1), round.initiative(3))
                                                : List.of(round.initiative(2), round.initiative(3))),
                                Channel.ONLINE,
                                new VoterProfile(returnee ? VoterGroup.RETURNEE : VoterGroup.RESIDENT, null, null)),
                        null);
            }
        });
        fixture.setPhase(round.id(), Phase.RESULTS);
        assertThat(page(get("/public/rounds/" + round.id() + "/results"), 200)
                        .select("#results-not-yet")
                        .text())
                .isEqualTo("Results have not been published yet.");
        SystemTask.runAsAdministrator(() -> results.computeResults(round.id()));

        Document page = page(get("/public/rounds/" + round.id() + "/results"), 200);

        assertFrame(page);
        assertThat(page.select("#results-summary").text())
                .isEqualTo(
                        "2 of 3 initiatives selected, costing 900 GNF together; 100 GNF of the budget of 1,000 GNF is left.");
        assertThat(page.select("#support-chart > li")).hasSize(3);
        assertThat(page.select("#result-" + round.initiative(2)).text())
                .contains(
                        "Not selected: with 3 votes, when its turn came only 100 GNF was left, less than its cost of 500 GNF.");
        // three residents are fewer than five: hidden, and the complement that would give them away withheld
        assertThat(page.select("#participation td").eachText())
                .contains("<5", "x")
                .doesNotContain("3");
        assertThat(page(get("/public/rounds/" + round.id()), 200)
                        .select("#round-results")
                        .attr("href"))
                .isEqualTo("/public/rounds/" + round.id() + "/results");
    }

    @Test
    void every_community_s_project_page_is_reached_from_the_list_and_hides_a_confidential_title() throws Exception {
        long[] community = new long[1];
        SystemTask.runAsAdministrator(() -> {
            community[0] = communities
                    .create(new CommunityData("Siguiri centre", "fr", PCode.of("GN004004"), null, null))
                    .community()
                    .id();
            projects.create(ProjectSamples.inCommunity(
                    ProjectSamples.ongoing("Grain mill", PCode.of("GN004004"), null), community[0], false));
            projects.create(ProjectSamples.inCommunity(ProjectSamples.peerCircle(), community[0], true));
        });

        Document list = page(get("/public/communities").param("q", "siguiri cen"), 200);
        assertThat(list.select("#community-list a").eachAttr("href"))
                .containsExactly("/public/communities/" + community[0] + "/projects");
        assertThat(page(get("/public/communities"), 200)
                        .select("#community-list a")
                        .eachAttr("href"))
                .contains("/public/communities/" + community[0] + "/projects");

        Document page = page(get("/public/communities/" + community[0] + "/projects"), 200);
        assertFrame(page);
        assertThat(page.select("h1").text()).isEqualTo("Projects in Siguiri centre");
        assertThat(page.select("h1 bdi").text()).isEqualTo("Siguiri centre");
        assertThat(page.select(".public-project h2").eachText())
                .containsExactlyInAnyOrder("Grain mill", "A confidential activity");
    }

    @Test
    void the_rounds_list_links_each_round_its_vote_while_open_and_its_results_once_out() throws Exception {
        RoundFixture fixture = new RoundFixture(db);
        RoundFixture.Round open = fixture.round("Listed open", Phase.VOTING, BallotFormat.APPROVAL, 1000, 400);
        RoundFixture.Round done = fixture.round("Listed done", Phase.RESULTS, BallotFormat.APPROVAL, 1000, 400);

        Document page = page(get("/public/rounds"), 200);

        assertFrame(page);
        assertThat(page.select("main a").eachAttr("href"))
                .contains(
                        "/public/rounds/" + open.id(),
                        "/vote/" + open.id(),
                        "/public/rounds/" + done.id(),
                        "/public/rounds/" + done.id() + "/results")
                .doesNotContain("/vote/" + done.id());
    }

    @Test
    void the_style_sheet_is_kept_a_year_under_its_hashed_name_and_the_pages_are_not() throws Exception {
        MockHttpServletResponse landing = http.perform(get("/")).andReturn().getResponse();
        String css = Jsoup.parse(landing.getContentAsString())
                .select("link[rel=stylesheet]")
                .attr("href");
        assertThat(css).matches("/assets/site\\.[0-9a-f]{10}\\.css");
        assertThat(String.valueOf(landing.getHeader("Cache-Control"))).doesNotContain("immutable");

        MockHttpServletResponse sheet = http.perform(get(css)).andReturn().getResponse();
        assertThat(sheet.getStatus()).isEqualTo(200);
        assertThat(sheet.getHeader("Cache-Control")).isEqualTo("max-age=31536000, public, immutable");
        assertThat(sheet.getContentType()).startsWith("text/css");
        assertThat(http.perform(get("/assets/site.0000000000.css"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    /** Title, one main, one h1, a skip link to the main content, a menu, a language switch. */
    static void assertFrame(Document page) {
        assertThat(page.title()).endsWith(" · " + page.select("header .brand").text());
        assertThat(page.select("main")).hasSize(1);
        assertThat(page.select("main").attr("id")).isEqualTo("main");
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("a.skip").attr("href")).isEqualTo("#main");
        assertThat(page.select("nav.menu a")).hasSize(4);
        assertThat(page.select("nav.languages a")).hasSize(2);
        assertThat(page.select("script:not([src])")).isEmpty();
    }

    private Document page(MockHttpServletRequestBuilder request, int status) throws Exception {
        MockHttpServletResponse response = http.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("text/html");
        return Jsoup.parse(response.getContentAsString());
    }

    @Test
    void a_community_s_reintegration_scores_show_on_its_public_page_only_once_staff_published_them() throws Exception {
        long community = db.select(org.reintegration.portal.base.jooq.Tables.OUTCOME_RESPONSE.COMMUNITY_ID)
                .from(org.reintegration.portal.base.jooq.Tables.OUTCOME_RESPONSE)
                .where(org.reintegration.portal.base.jooq.Tables.OUTCOME_RESPONSE.COMMUNITY_ID.isNotNull())
                .groupBy(org.reintegration.portal.base.jooq.Tables.OUTCOME_RESPONSE.COMMUNITY_ID)
                .orderBy(org.jooq.impl.DSL.count().desc())
                .limit(1)
                .fetchOne(0, Long.class);
        String address = "/public/communities/" + community + "/projects";
        assertThat(page(get(address), 200).select("#community-outcomes")).isEmpty();

        SystemTask.runAsAdministrator(() -> outcomes.setPublished(community, true));
        Document page = page(get(address), 200);

        assertThat(page.select("#community-outcomes h2").text()).isEqualTo("How returnees here are doing");
        assertThat(page.select("#community-outcomes thead th").eachText())
                .containsExactly("Quarter", "Respondents", "Economic", "Social", "Psychosocial", "Composite");
        assertThat(page.select("#community-outcomes tbody tr")).isNotEmpty();
        assertThat(page.select("#community-outcomes p").last().text())
                .as("the scheme is named, and an example scheme says so")
                .contains("Scheme version")
                .contains("not IOM’s official RSS weights");
    }
}
