package org.reintegration.portal.selection.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reintegration.portal.base.jooq.Tables.BALLOT;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.selection.round.BallotFormat;
import org.reintegration.portal.selection.round.Phase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Nothing stored links a ballot to the code it was cast with (docs/adr/0007-secret-ballots.md). */
@PortalTest
@Transactional
@WithUserDetails("staff")
class BallotSecrecyTest {

    @Autowired
    VotingService voting;

    @Autowired
    DSLContext db;

    @Test
    void the_ballot_table_holds_no_code_no_user_and_no_time() {
        assertThat(columns("ballot"))
                .containsExactlyInAnyOrder("id", "round_id", "channel", "voter_group", "voter_sex", "voter_age_band");
        assertThat(columns("ballot_choice")).containsExactlyInAnyOrder("ballot_id", "initiative_id", "points");
        // the code keeps no trace of when or for which ballot it was used
        assertThat(columns("voting_code")).containsExactlyInAnyOrder("code_hash", "round_id", "batch", "used");
        assertThat(types("ballot")).doesNotContain("datetime", "timestamp", "date", "time");
    }

    @Test
    void neither_ballot_ids_nor_the_table_order_follow_the_order_codes_were_used() {
        var round = new RoundFixture(db).round("Secrecy", Phase.VOTING, BallotFormat.APPROVAL, 1000, 100, 200, 300);
        List<String> codes =
                voting.generateCodes(round.id(), 30, Locale.FRENCH, false, "x").codes();
        List<String> idsInCastingOrder = new ArrayList<>();
        for (String code : codes) {
            Set<String> before = ids(round.id());
            voting.castBallot(
                    new BallotSubmission(
                            code,
                            round.id(),
                            BallotChoices.ticking(List.of(round.initiative(1))),
                            Channel.ONLINE,
                            VoterProfile.UNDECLARED),
                    "t");
            Set<String> after = ids(round.id());
            after.removeAll(before);
            idsInCastingOrder.add(after.iterator().next());
        }

        List<String> sorted = idsInCastingOrder.stream().sorted().toList();
        assertThat(idsInCastingOrder).as("ids rise with casting order").isNotEqualTo(sorted);
        assertThat(idsInCastingOrder).as("ids fall with casting order").isNotEqualTo(sorted.reversed());
        List<String> tableOrder = db.select(BALLOT.ID)
                .from(BALLOT)
                .where(BALLOT.ROUND_ID.eq(round.id()))
                .fetch(r -> HexFormat.of().formatHex(r.value1()));
        assertThat(tableOrder).as("rows read back in casting order").isNotEqualTo(idsInCastingOrder);
        // ids are 16 random bytes: no shared prefix, as a time-based or sequential id would have
        assertThat(idsInCastingOrder.stream()
                        .map(id -> id.substring(0, 4))
                        .distinct()
                        .count())
                .isGreaterThan(25);
    }

    private Set<String> ids(long roundId) {
        return db
                .select(BALLOT.ID)
                .from(BALLOT)
                .where(BALLOT.ROUND_ID.eq(roundId))
                .fetch(r -> HexFormat.of().formatHex(r.value1()))
                .stream()
                .collect(Collectors.toSet());
    }

    private List<String> columns(String table) {
        return db.resultQuery(
                        "select column_name from information_schema.columns where table_schema = database()"
                                + " and table_name = ?",
                        table)
                .fetch(r -> r.get(0, String.class).toLowerCase(Locale.ROOT));
    }

    private List<String> types(String table) {
        return db.select(DSL.field("data_type", String.class))
                .from("information_schema.columns")
                .where("table_schema = database() and table_name = ?", table)
                .fetch(r -> r.value1().toLowerCase(Locale.ROOT));
    }
}
