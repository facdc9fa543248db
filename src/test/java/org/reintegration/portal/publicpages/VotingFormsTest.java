package org.reintegration.portal.publicpages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reintegration.portal.base.jooq.Tables.INITIATIVE;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import org.jooq.DSLContext;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.security.SystemTask;
import org.reintegration.portal.selection.round.BallotFormat;
import org.reintegration.portal.selection.round.Phase;
import org.reintegration.portal.selection.voting.RoundFixture;
import org.reintegration.portal.selection.voting.VotingService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;

/**
 * Voting through the public HTML forms, without script, against the real database and the real security
 * filter chain: each refusal gets the voting service's own answer (and the JSON endpoint's status), a
 * refused ballot comes back with its ticks, and only a valid ballot is counted, once.
 */
@PortalTest
@Transactional
class VotingFormsTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    VotingService voting;

    @Autowired
    DSLContext db;

    MockMvc http;
    RoundFixture fixture;

    @BeforeEach
    void browser() {
        http = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        fixture = new RoundFixture(db);
    }

    @Test
    void a_voter_sees_the_round_named_enters_a_code_ticks_and_is_thanked_with_a_link_to_the_round() throws Exception {
        RoundFixture.Round round =
                fixture.round("Vote in Kankan", Phase.VOTING, BallotFormat.APPROVAL, 1000, 400, 500, 300);
        String code = codes(round, 1).getFirst();

        Document codePage = page(get("/vote/" + round.id()), 200);
        assertThat(codePage.select("h1").text()).isEqualTo("Vote in Kankan");
        assertThat(codePage.select("input#code").attr("placeholder")).isEqualTo("Code from your slip");
        assertThat(codePage.select("form input[name=_csrf]")).hasSize(1);
        PublicPagesTest.assertFrame(codePage);

        Document ballot = page(
                post("/vote/" + round.id()).param("code", code.replace("-", " ").toLowerCase(Locale.ROOT)), 200);
        assertThat(ballot.select("h1").text()).isEqualTo("Vote in Kankan");
        assertThat(ballot.select("#ballot-rules").text()).isEqualTo("Choose between 1 and 2 initiatives.");
        assertThat(ballot.select("input[name=choice]")).hasSize(3);
        assertThat(ballot.select("#ballot-status").text()).isEqualTo("Chosen: 0 of at most 2");

        MockHttpServletResponse cast = http.perform(post("/vote/" + round.id() + "/ballot")
                        .with(csrf())
                        .param("code", ballot.select("input[name=code]").val())
                        .param("choice", String.valueOf(round.initiative(2)))
                        .param("group", "RESIDENT"))
                .andReturn()
                .getResponse();
        assertThat(cast.getStatus()).isEqualTo(302);
        assertThat(cast.getRedirectedUrl()).isEqualTo("/vote/" + round.id() + "/thanks");
        assertThat(ballots(round)).isEqualTo(1);

        Document thanks = page(get(cast.getRedirectedUrl()), 200);
        assertThat(thanks.select("h1").text()).isEqualTo("Thank you, your vote has been counted.");
        assertThat(thanks.select("#thanks-round").attr("href")).isEqualTo("/public/rounds/" + round.id());
    }

    @Test
    void a_used_code_is_refused_on_the_code_page_and_in_the_ballot_form_and_nothing_more_is_counted() throws Exception {
        RoundFixture.Round round = fixture.round("Reuse", Phase.VOTING, BallotFormat.APPROVAL, 1000, 400, 500);
        String code = codes(round, 1).getFirst();
        cast(round, code, List.of(round.initiative(1)));

        Document again = page(post("/vote/" + round.id()).param("code", code), 409);
        assertThat(again.select("#vote-problem").text()).isEqualTo("This code has already been used.");
        assertThat(again.select("input#code").attr("aria-invalid")).isEqualTo("true");

        MockHttpServletResponse twice = cast(round, code, List.of(round.initiative(2)));
        assertThat(twice.getStatus()).isEqualTo(409);
        assertThat(Jsoup.parse(twice.getContentAsString())
                        .select("#vote-problem")
                        .text())
                .isEqualTo("This code has already been used.");
        assertThat(ballots(round)).isEqualTo(1);
    }

    @Test
    void a_wrong_code_is_told_so_and_after_the_limit_the_address_must_wait() throws Exception {
        RoundFixture.Round round = fixture.round("Wrong", Phase.VOTING, BallotFormat.APPROVAL, 1000, 400);

        Document wrong =
                page(post("/vote/" + round.id()).param("code", "ABCD-EFGH-JKLM").with(from("10.9.8.7")), 403);
        assertThat(wrong.select("#vote-problem").text())
                .isEqualTo("This code is not valid. Check it against your slip.");
        assertThat(wrong.select("input#code").val()).isEmpty();

        MockHttpServletResponse last = null;
        for (int i = 0; i < 25; i++) {
            last = http.perform(post("/vote/" + round.id())
                            .with(csrf())
                            .with(from("10.9.8.7"))
                            .param("code", "ABCD-EFGH-JKL" + (char) ('A' + i)))
                    .andReturn()
                    .getResponse();
        }
        assertThat(last.getStatus()).isEqualTo(429);
        assertThat(last.getHeader("Retry-After")).isNotBlank();
        assertThat(Jsoup.parse(last.getContentAsString())
                        .select("#vote-problem")
                        .text())
                .isEqualTo("Too many wrong codes. Please wait a few minutes and try again.");
    }

    @Test
    void a_closed_round_says_voting_is_not_open_instead_of_judging_the_code() throws Exception {
        RoundFixture.Round round = fixture.round("Over", Phase.VOTING, BallotFormat.APPROVAL, 1000, 400);
        String code = codes(round, 1).getFirst();
        fixture.setPhase(round.id(), Phase.RESULTS);

        Document closed = page(get("/vote/" + round.id()), 200);
        assertThat(closed.select("h1").text()).isEqualTo("Over");
        assertThat(closed.select("#vote-closed").text()).isEqualTo("Voting is not open in this round.");
        assertThat(closed.select("form")).isEmpty();

        Document posted = page(post("/vote/" + round.id()).param("code", "ABCD-EFGH-JKLM"), 200);
        assertThat(posted.select("#vote-closed").text()).isEqualTo("Voting is not open in this round.");
        MockHttpServletResponse late = cast(round, code, List.of(round.initiative(1)));
        assertThat(Jsoup.parse(late.getContentAsString()).select("#vote-closed").text())
                .isEqualTo("Voting is not open in this round.");
        assertThat(ballots(round)).isZero();
        assertThat(page(get("/vote/99999999"), 404).select("h1").text()).isEqualTo("This page does not exist.");
    }

    @Test
    void too_many_choices_are_refused_beside_the_choices_with_the_ticks_kept() throws Exception {
        RoundFixture.Round round = fixture.round("Many", Phase.VOTING, BallotFormat.APPROVAL, 1000, 100, 100, 100);
        String code = codes(round, 1).getFirst();

        MockHttpServletResponse refused =
                cast(round, code, List.of(round.initiative(1), round.initiative(2), round.initiative(3)));

        assertThat(refused.getStatus()).isEqualTo(422);
        Document page = Jsoup.parse(refused.getContentAsString());
        assertThat(page.select("fieldset.choices #ballot-problem").text())
                .isEqualTo("The choices do not follow the ballot’s rules. Choose at most 2.");
        assertThat(page.select("input[name=choice][checked]")).hasSize(3);
        assertThat(page.select("input[name=code]").val()).isEqualTo(code);
        assertThat(ballots(round)).isZero();
        // the code was not used: the voter can correct the ballot
        assertThat(cast(round, code, List.of(round.initiative(1))).getStatus()).isEqualTo(302);
        assertThat(ballots(round)).isEqualTo(1);
    }

    @Test
    void a_knapsack_ballot_shows_the_budget_and_refuses_a_choice_over_it() throws Exception {
        RoundFixture.Round round = fixture.round("Budget", Phase.VOTING, BallotFormat.KNAPSACK, 1000, 600, 500, 300);
        String code = codes(round, 1).getFirst();

        Document ballot = page(post("/vote/" + round.id()).param("code", code), 200);
        assertThat(ballot.select("#ballot-budget").text()).isEqualTo("Budget: 1,000 GNF");
        assertThat(ballot.select("#item-" + round.initiative(1)).text()).contains("Cost: 600 GNF", "60% of the budget");

        MockHttpServletResponse refused = cast(round, code, List.of(round.initiative(1), round.initiative(2)));

        assertThat(refused.getStatus()).isEqualTo(422);
        Document page = Jsoup.parse(refused.getContentAsString());
        assertThat(page.select("#ballot-problem").text())
                .isEqualTo(
                        "The choices do not follow the ballot’s rules. Together they cost more than the budget of 1,000 GNF.");
        assertThat(page.select("#ballot-status").text()).isEqualTo("Chosen: 1,100 GNF of 1,000 GNF (-100 GNF left)");
        assertThat(page.select("input[name=choice][checked]")).hasSize(2);
        // with 1,100 chosen nothing else fits
        assertThat(page.select("#item-" + round.initiative(3)).hasClass("no-fit"))
                .isTrue();
        assertThat(ballots(round)).isZero();
    }

    @Test
    void an_initiative_with_a_photo_shows_a_small_lazy_thumbnail_with_its_text_and_one_without_shows_none()
            throws Exception {
        RoundFixture.Round round = fixture.round("Photos", Phase.VOTING, BallotFormat.APPROVAL, 1000, 400, 500);
        byte[] photo = bigPhoto();
        db.update(INITIATIVE)
                .set(INITIATIVE.PHOTO, photo)
                .set(INITIATIVE.PHOTO_TYPE, "image/jpeg")
                .where(INITIATIVE.ID.eq(round.initiative(1)))
                .execute();
        String code = codes(round, 1).getFirst();

        MockHttpServletResponse opened = http.perform(
                        post("/vote/" + round.id()).with(csrf()).param("code", code))
                .andReturn()
                .getResponse();
        Document ballot = Jsoup.parse(opened.getContentAsString());

        Elements withPhoto = ballot.select("#item-" + round.initiative(1) + " img");
        assertThat(withPhoto).hasSize(1);
        assertThat(withPhoto.attr("loading")).isEqualTo("lazy");
        assertThat(withPhoto.attr("alt")).isEqualTo("Photo of Photos initiative 1");
        assertThat(withPhoto.attr("width")).isNotBlank();
        assertThat(withPhoto.attr("height")).isNotBlank();
        assertThat(ballot.select("#item-" + round.initiative(2) + " img")).isEmpty();

        MockHttpServletResponse thumbnail =
                http.perform(get(withPhoto.attr("src"))).andReturn().getResponse();
        assertThat(thumbnail.getStatus()).isEqualTo(200);
        assertThat(thumbnail.getContentType()).isEqualTo("image/jpeg");
        byte[] small = thumbnail.getContentAsByteArray();
        BufferedImage drawn = ImageIO.read(new ByteArrayInputStream(small));
        assertThat(Math.max(drawn.getWidth(), drawn.getHeight())).isLessThanOrEqualTo(Thumbnails.MAX_SIDE);
        // a slow link carries the ballot with its pictures, not the 2 MB photos
        assertThat(photo.length).isGreaterThan(500_000);
        assertThat(small.length).isLessThan(60_000);
        assertThat(opened.getContentAsByteArray().length + small.length).isLessThan(1_000_000);
        // an initiative without a photo, or not on this ballot, has no picture to fetch
        assertThat(http.perform(get("/vote/" + round.id() + "/photos/" + round.initiative(2)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    /** A photo as a phone takes it: large, full of detail, hundreds of kilobytes. */
    private static byte[] bigPhoto() throws java.io.IOException {
        BufferedImage image = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
        java.util.Random noise = new java.util.Random(7);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, noise.nextInt(0x1000000));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    @Test
    void a_cumulative_ballot_takes_the_points_typed() throws Exception {
        RoundFixture.Round round = fixture.round("Points", Phase.VOTING, BallotFormat.CUMULATIVE, 1000, 600, 500);
        String code = codes(round, 1).getFirst();

        MockHttpServletResponse tooMany = http.perform(post("/vote/" + round.id() + "/ballot")
                        .with(csrf())
                        .param("code", code)
                        .param("points-" + round.initiative(1), "8")
                        .param("points-" + round.initiative(2), "5"))
                .andReturn()
                .getResponse();
        assertThat(tooMany.getStatus()).isEqualTo(422);
        assertThat(Jsoup.parse(tooMany.getContentAsString())
                        .select("#points-" + round.initiative(1))
                        .val())
                .isEqualTo("8");

        MockHttpServletResponse counted = http.perform(post("/vote/" + round.id() + "/ballot")
                        .with(csrf())
                        .param("code", code)
                        .param("points-" + round.initiative(1), "7")
                        .param("points-" + round.initiative(2), "3"))
                .andReturn()
                .getResponse();
        assertThat(counted.getStatus()).isEqualTo(302);
        assertThat(ballots(round)).isEqualTo(1);
    }

    @Test
    void a_form_sent_without_its_csrf_token_is_refused() throws Exception {
        RoundFixture.Round round = fixture.round("Forged", Phase.VOTING, BallotFormat.APPROVAL, 1000, 400);
        String code = codes(round, 1).getFirst();

        int status = http.perform(post("/vote/" + round.id() + "/ballot")
                        .param("code", code)
                        .param("choice", String.valueOf(round.initiative(1))))
                .andReturn()
                .getResponse()
                .getStatus();

        assertThat(status).isEqualTo(403);
        assertThat(ballots(round)).isZero();
    }

    private MockHttpServletResponse cast(RoundFixture.Round round, String code, List<Long> choices) throws Exception {
        MockHttpServletRequestBuilder request =
                post("/vote/" + round.id() + "/ballot").with(csrf()).param("code", code);
        choices.forEach(id -> request.param("choice", String.valueOf(id)));
        return http.perform(request).andReturn().getResponse();
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private List<String> codes(RoundFixture.Round round, int count) {
        AtomicReference<List<String>> drawn = new AtomicReference<>();
        SystemTask.runAsAdministrator(
                () -> drawn.set(voting.generateCodes(round.id(), count, Locale.ENGLISH, false, "x")
                        .codes()));
        return drawn.get();
    }

    private int ballots(RoundFixture.Round round) {
        AtomicInteger count = new AtomicInteger();
        SystemTask.runAsAdministrator(
                () -> count.set(voting.ballotCounts(round.id()).online()));
        return count.get();
    }

    private Document page(MockHttpServletRequestBuilder request, int status) throws Exception {
        MockHttpServletResponse response =
                http.perform(request.with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return Jsoup.parse(response.getContentAsString());
    }
}
