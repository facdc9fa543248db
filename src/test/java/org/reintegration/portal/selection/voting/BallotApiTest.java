package org.reintegration.portal.selection.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.Filter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.security.SystemTask;
import org.reintegration.portal.selection.round.BallotFormat;
import org.reintegration.portal.selection.round.Phase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * The JSON endpoint, its servlet behind the portal's real security filter chain: no session, no CSRF token, the
 * page's answers.
 */
@PortalTest
@Transactional
class BallotApiTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    VotingService voting;

    @Autowired
    DSLContext db;

    @Autowired
    ServletRegistrationBean<BallotApi> endpoint;

    @Autowired
    @Qualifier("springSecurityFilterChain")
    Filter security;

    RoundFixture fixture;
    RoundFixture.Round round;
    List<String> codes;

    @BeforeEach
    void aRoundWithCodes() {
        fixture = new RoundFixture(db);
        round = fixture.round("JSON", Phase.VOTING, BallotFormat.APPROVAL, 1000, 400, 500, 300);
        AtomicReference<List<String>> drawn = new AtomicReference<>();
        SystemTask.runAsAdministrator(() -> drawn.set(
                voting.generateCodes(round.id(), 3, Locale.FRENCH, false, "x").codes()));
        codes = drawn.get();
    }

    @Test
    void a_ballot_is_counted_without_a_session_and_its_code_then_refused() throws Exception {
        String body = "{\"code\": \"" + codes.get(0).toLowerCase(Locale.ROOT) + "\", \"roundId\": " + round.id()
                + ", \"choices\": [" + round.initiative(1) + "], \"group\": \"RESIDENT\"}";

        send(body)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("COUNTED"));
        send(body)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.error").value("USED_CODE"))
                .andExpect(jsonPath("$.message").value("This code has already been used."));
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void unknown_codes_invalid_choices_and_closed_rounds_get_their_own_answers() throws Exception {
        send("{\"code\": \"ABCD-EFGH-JKLM\", \"choices\": [" + round.initiative(1) + "]}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value("UNKNOWN_CODE"));
        send("{\"code\": \"" + codes.get(1) + "\", \"choices\": [" + round.initiative(1) + ", " + round.initiative(2)
                        + ", " + round.initiative(3) + "]}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.error").value("INVALID_CHOICE"))
                .andExpect(
                        jsonPath("$.message").value("The choices do not follow the ballot’s rules. Choose at most 2."));
        fixture.setPhase(round.id(), Phase.RESULTS);
        send("{\"code\": \"" + codes.get(2) + "\", \"choices\": [" + round.initiative(1) + "]}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.error").value("ROUND_NOT_OPEN"));
        assertThat(count()).isZero();
    }

    @Test
    void messages_follow_the_request_s_language_and_a_malformed_body_is_a_bad_request() throws Exception {
        MockHttpServletRequest french = request("127.0.0.1", null, "{\"code\": \"ABCD-EFGH-JKLM\", \"choices\": [1]}");
        french.addHeader("Accept-Language", "fr");
        french.addPreferredLocale(Locale.FRENCH);
        perform(french)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.message").value("Ce code n’est pas valide. Vérifiez-le sur votre bulletin."));
        send("{\"code\": ")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("INVALID_REQUEST"));
        send("{\"code\": \"" + codes.get(0) + "\", \"choices\": [1], \"group\": \"ALIEN\"}")
                .andExpect(status().isBadRequest());
    }

    @Test
    void a_body_not_declared_as_json_or_with_both_kinds_of_choice_changes_nothing_and_answers_say_no_sniffing()
            throws Exception {
        MockHttpServletRequest form = request(
                "127.0.0.1", null, "{\"code\": \"" + codes.get(0) + "\", \"choices\": [" + round.initiative(1) + "]}");
        form.setContentType(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
        perform(form)
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.error").value("INVALID_REQUEST"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Cache-Control", "no-store"));
        send("{\"code\": \"" + codes.get(0) + "\", \"choices\": [" + round.initiative(1) + "], \"points\": {\""
                        + round.initiative(1) + "\": 3}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("give either choices or points, not both"));
        send("").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("INVALID_REQUEST"));
        send("{\"code\": \"" + codes.get(0) + "\", \"choices\": [" + round.initiative(1) + "]}")
                .andExpect(status().isCreated())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Type", "application/json"));
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void after_twenty_wrong_codes_from_one_address_wrong_ones_get_429_but_a_correct_one_is_still_counted()
            throws Exception {
        for (int i = 0; i < 20; i++) {
            sendFrom(
                            "10.9.8.17",
                            "{\"code\": \"ABCD-EFGH-JK" + VotingCodes.ALPHABET.charAt(i) + "M\", \"choices\": [1]}")
                    .andExpect(status().isForbidden());
        }
        sendFrom("10.9.8.17", "{\"code\": \"ABCD-EFGH-JKLQ\", \"choices\": [1]}")
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.error").value("TOO_MANY_ATTEMPTS"))
                .andExpect(header().string("Retry-After", "600"));
        sendFrom("10.9.8.17", "{\"code\": \"" + codes.get(0) + "\", \"choices\": [" + round.initiative(1) + "]}")
                .andExpect(status().isCreated());
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void a_gateway_key_gives_its_own_higher_limit_and_counts_under_its_name_until_revoked() throws Exception {
        AtomicReference<IssuedGatewayKey> issued = new AtomicReference<>();
        SystemTask.runAsAdministrator(() -> issued.set(voting.issueGateway("SMS gateway Kankan")));
        String key = issued.get().key();
        for (int i = 0; i < 25; i++) {
            sendFrom(
                            "10.9.8.9",
                            key,
                            "{\"code\": \"ABCD-EFGH-JK" + VotingCodes.ALPHABET.charAt(i) + "N\", \"choices\": [1]}")
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.error").value("UNKNOWN_CODE"));
        }
        sendFrom("10.9.8.9", key, "{\"code\": \"" + codes.get(0) + "\", \"choices\": [" + round.initiative(1) + "]}")
                .andExpect(status().isCreated());
        AtomicReference<VotingGateway> counted = new AtomicReference<>();
        SystemTask.runAsAdministrator(() -> counted.set(voting.gateways().stream()
                .filter(g -> g.id() == issued.get().gateway().id())
                .findFirst()
                .orElseThrow()));
        assertThat(counted.get().ballots()).isEqualTo(1);
        assertThat(counted.get().wrongCodes()).isEqualTo(25);
        assertThat(db.fetchExists(
                        org.reintegration.portal.base.jooq.Tables.VOTING_GATEWAY,
                        org.reintegration.portal.base.jooq.Tables.VOTING_GATEWAY.KEY_HASH.eq(key)))
                .as("the key itself is not stored")
                .isFalse();

        SystemTask.runAsAdministrator(
                () -> voting.revokeGateway(issued.get().gateway().id()));
        sendFrom("10.9.8.9", key, "{\"code\": \"" + codes.get(1) + "\", \"choices\": [" + round.initiative(1) + "]}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value("UNKNOWN_GATEWAY"));
        sendFrom(
                        "10.9.8.9",
                        "not-a-key",
                        "{\"code\": \"" + codes.get(1) + "\", \"choices\": [" + round.initiative(1) + "]}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value("UNKNOWN_GATEWAY"));
        assertThat(count()).isEqualTo(1);
    }

    private Answer send(String json) throws Exception {
        return sendFrom("127.0.0.1", json);
    }

    private Answer sendFrom(String address, String json) throws Exception {
        return sendFrom(address, null, json);
    }

    private Answer sendFrom(String address, String gatewayKey, String json) throws Exception {
        return perform(request(address, gatewayKey, json));
    }

    private MockHttpServletRequest request(String address, String gatewayKey, String json) {
        MockHttpServletRequest request =
                new MockHttpServletRequest(context.getServletContext(), "POST", "/api/ballots");
        request.setServletPath("/api/ballots");
        request.setRemoteAddr(address);
        request.setContentType(MediaType.APPLICATION_JSON_VALUE);
        request.setContent(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (gatewayKey != null) {
            request.addHeader("X-Voting-Gateway-Key", gatewayKey);
        }
        return request;
    }

    /** The request through Spring Security's filters to the servlet, as the servlet container would pass it. */
    private Answer perform(MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        new MockFilterChain(endpoint.getServlet(), security).doFilter(request, response);
        return new Answer(request, response);
    }

    /** What came back, checked with the same matchers as a controller's answer. */
    private record Answer(MockHttpServletRequest request, MockHttpServletResponse response) implements MvcResult {

        Answer andExpect(ResultMatcher matcher) throws Exception {
            matcher.match(this);
            return this;
        }

        @Override
        public MockHttpServletRequest getRequest() {
            return request;
        }

        @Override
        public MockHttpServletResponse getResponse() {
            return response;
        }

        @Override
        public Object getHandler() {
            return null;
        }

        @Override
        public HandlerInterceptor[] getInterceptors() {
            return new HandlerInterceptor[0];
        }

        @Override
        public ModelAndView getModelAndView() {
            return null;
        }

        @Override
        public Exception getResolvedException() {
            return null;
        }

        @Override
        public FlashMap getFlashMap() {
            return new FlashMap();
        }

        @Override
        public Object getAsyncResult() {
            return null;
        }

        @Override
        public Object getAsyncResult(long timeToWait) {
            return null;
        }
    }

    private int count() {
        return db.fetchCount(
                org.reintegration.portal.base.jooq.Tables.BALLOT,
                org.reintegration.portal.base.jooq.Tables.BALLOT.ROUND_ID.eq(round.id()));
    }
}
