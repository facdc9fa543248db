package org.reintegration.portal.selection.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;

/** The JSON endpoint through the real security filter chain: no session, no CSRF token, the page's answers. */
@PortalTest
@Transactional
class BallotApiTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    VotingService voting;

    @Autowired
    DSLContext db;

    MockMvc http;
    RoundFixture fixture;
    RoundFixture.Round round;
    List<String> codes;

    @BeforeEach
    void aRoundWithCodes() {
        http = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
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
        http.perform(post("/api/ballots")
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "fr")
                        .content("{\"code\": \"ABCD-EFGH-JKLM\", \"choices\": [1]}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.message").value("Ce code n’est pas valide. Vérifiez-le sur votre bulletin."));
        send("{\"code\": ")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("INVALID_REQUEST"));
        send("{\"code\": \"" + codes.get(0) + "\", \"choices\": [1], \"group\": \"ALIEN\"}")
                .andExpect(status().isBadRequest());
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

    private ResultActions send(String json) throws Exception {
        return sendFrom("127.0.0.1", json);
    }

    private ResultActions sendFrom(String address, String json) throws Exception {
        return sendFrom(address, null, json);
    }

    private ResultActions sendFrom(String address, String gatewayKey, String json) throws Exception {
        var request = post("/api/ballots")
                .contentType(MediaType.APPLICATION_JSON)
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                })
                .content(json);
        if (gatewayKey != null) {
            request = request.header("X-Voting-Gateway-Key", gatewayKey);
        }
        return http.perform(request);
    }

    private int count() {
        return db.fetchCount(
                org.reintegration.portal.base.jooq.Tables.BALLOT,
                org.reintegration.portal.base.jooq.Tables.BALLOT.ROUND_ID.eq(round.id()));
    }
}
