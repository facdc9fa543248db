package org.reintegration.portal.selection.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.interop.pabulib.PabulibReader;
import org.reintegration.portal.security.SystemTask;
import org.reintegration.portal.selection.outcome.Election;
import org.reintegration.portal.selection.round.BallotFormat;
import org.reintegration.portal.selection.round.Phase;
import org.reintegration.portal.selection.voting.BallotChoices;
import org.reintegration.portal.selection.voting.BallotSubmission;
import org.reintegration.portal.selection.voting.Channel;
import org.reintegration.portal.selection.voting.RoundFixture;
import org.reintegration.portal.selection.voting.VoterProfile;
import org.reintegration.portal.selection.voting.VotingService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;

@PortalTest
@Transactional
class RoundExportControllerTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    VotingService voting;

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("staff")
    void staff_download_a_closed_round_as_a_pabulib_file_and_an_open_one_is_refused() throws Exception {
        MockMvc http = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        RoundFixture fixture = new RoundFixture(db);
        var round = fixture.round("Export", Phase.VOTING, BallotFormat.APPROVAL, 1000, 600, 500);
        SystemTask.runAsAdministrator(() -> {
            List<String> codes = voting.generateCodes(round.id(), 3, Locale.ENGLISH, false, "x")
                    .codes();
            for (String code : codes) {
                voting.castBallot(
                        new BallotSubmission(
                                code,
                                round.id(),
                                BallotChoices.ticking(List.of(round.initiative(1))),
                                Channel.ONLINE,
                                VoterProfile.UNDECLARED),
                        null);
            }
        });
        String path = "/export/rounds/" + round.id() + ".pb";
        http.perform(get(path).with(user("staff").roles("STAFF"))).andExpect(status().isConflict());
        fixture.setPhase(round.id(), Phase.RESULTS);

        String file = http.perform(get(path).with(user("staff").roles("STAFF")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

        Election election = PabulibReader.read(new StringReader(file));
        assertThat(election.voterCount()).isEqualTo(3);
        assertThat(file).contains("voter_id;vote;voter_group;sex;age_band;voting_method");
        var full = http.perform(get("/export/rounds/" + round.id() + "-full.pb")
                        .with(user("staff").roles("STAFF")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(full.getHeader("Content-Disposition")).contains("round-" + round.id() + "-full-not-for-sharing.pb");
        assertThat(full.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("comment;full voter attributes, not for sharing");
    }

    @Test
    void nobody_signed_out_and_no_local_authority_downloads_a_round() throws Exception {
        MockMvc http = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();

        int status = http.perform(get("/export/rounds/1.pb"))
                .andReturn()
                .getResponse()
                .getStatus();

        assertThat(status).isNotEqualTo(200);
    }
}
