package org.reintegration.portal.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.reintegration.portal.security.SystemTask;
import org.reintegration.portal.selection.result.ResultService;
import org.reintegration.portal.selection.round.BallotFormat;
import org.reintegration.portal.selection.round.Phase;
import org.reintegration.portal.selection.voting.BallotChoices;
import org.reintegration.portal.selection.voting.BallotItem;
import org.reintegration.portal.selection.voting.BallotPaper;
import org.reintegration.portal.selection.voting.BallotSubmission;
import org.reintegration.portal.selection.voting.Channel;
import org.reintegration.portal.selection.voting.VoterAgeBand;
import org.reintegration.portal.selection.voting.VoterGroup;
import org.reintegration.portal.selection.voting.VoterProfile;
import org.reintegration.portal.selection.voting.VoterSex;
import org.reintegration.portal.selection.voting.VotingService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo ballots for one round: draws codes and casts a fixed set of invented ballots (the same for a
 * round of the same name and ballot every time) through {@link VotingService}, as a community would: returnees lean towards
 * economic initiatives, residents towards social ones, a fifth of the ballots come on paper. For a
 * round in its results phase the results are computed too.
 *
 * <p>Entry point for the demo data: {@link #populate(long)}, for a round in VOTING or RESULTS phase
 * that has its ballot items. A RESULTS round is put back into VOTING for the casting and returned to
 * RESULTS in the same transaction, so nothing outside ever sees it reopened.
 */
@Component
@ConditionalOnBooleanProperty("portal.demo.enabled")
public class DemoBallots {

    /** Ballots cast per round. */
    public static final int VOTERS = 60;

    private static final long SEED = 20_261_122L;

    private final VotingService voting;
    private final ResultService results;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    DemoBallots(
            VotingService voting, ResultService results, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.voting = voting;
        this.results = results;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Casts {@value #VOTERS} demo ballots in the round and, for a RESULTS round, computes its results.
     * All or nothing.
     *
     * @return the number of ballots cast
     * @throws IllegalArgumentException when the round does not exist, has no ballot items, or is in
     *                                  another phase
     */
    public int populate(long roundId) {
        int[] cast = new int[1];
        SystemTask.runAsAdministrator(() -> transaction.executeWithoutResult(status -> {
            BallotPaper paper = voting.findBallotPaper(roundId)
                    .orElseThrow(() -> new IllegalArgumentException("No round " + roundId));
            if (paper.items().isEmpty()) {
                throw new IllegalArgumentException("Round " + roundId + " has nothing on its ballot");
            }
            Phase phase = paper.phase();
            if (phase != Phase.VOTING && phase != Phase.RESULTS) {
                throw new IllegalArgumentException("Round " + roundId + " is in phase " + phase);
            }
            if (phase == Phase.RESULTS) {
                setPhase(roundId, Phase.VOTING);
            }
            cast[0] = castBallots(paper);
            if (phase == Phase.RESULTS) {
                setPhase(roundId, Phase.RESULTS);
                results.computeResults(roundId);
            }
        }));
        return cast[0];
    }

    private int castBallots(BallotPaper paper) {
        // seeded by the round's name: the same round (and any round built the same way) gets the same ballots
        Random random = new Random(SEED ^ paper.roundName().hashCode());
        List<String> codes = voting.generateCodes(
                        paper.roundId(), VOTERS, Locale.FRENCH, false, "/vote/" + paper.roundId())
                .codes();
        int cast = 0;
        for (String code : codes) {
            VoterProfile voter = voter(random);
            BallotChoices choices = choices(paper, voter.group(), random);
            if (choices.count() == 0) {
                continue;
            }
            Channel channel = random.nextInt(5) == 0 ? Channel.PAPER : Channel.ONLINE;
            voting.castBallot(new BallotSubmission(code, paper.roundId(), choices, channel, voter), null);
            cast++;
        }
        return cast;
    }

    private static VoterProfile voter(Random random) {
        int g = random.nextInt(20);
        VoterGroup group = g < 8 ? VoterGroup.RETURNEE : g < 17 ? VoterGroup.RESIDENT : g < 19 ? VoterGroup.IDP : null;
        VoterSex sex = random.nextInt(10) == 0 ? null : random.nextBoolean() ? VoterSex.FEMALE : VoterSex.MALE;
        VoterAgeBand[] bands = VoterAgeBand.values();
        VoterAgeBand age = random.nextInt(10) == 0 ? null : bands[1 + random.nextInt(bands.length - 1)];
        return new VoterProfile(group, sex, age);
    }

    /** Items in the order this voter prefers them: their group's favourite dimension first, with noise. */
    private static List<BallotItem> preferred(BallotPaper paper, VoterGroup group, Random random) {
        String favourite =
                group == VoterGroup.RETURNEE ? "ECONOMIC" : group == VoterGroup.RESIDENT ? "SOCIAL" : "PSYCHOSOCIAL";
        Map<BallotItem, Double> score = new LinkedHashMap<>();
        for (BallotItem item : paper.items()) {
            score.put(item, random.nextDouble() + (item.dimension().equals(favourite) ? 0.7 : 0));
        }
        List<BallotItem> items = new ArrayList<>(paper.items());
        items.sort(Comparator.comparing(score::get).reversed());
        return items;
    }

    private static BallotChoices choices(BallotPaper paper, VoterGroup group, Random random) {
        List<BallotItem> order = preferred(paper, group, random);
        Map<Long, Integer> points = new LinkedHashMap<>();
        switch (paper.format()) {
            case APPROVAL -> {
                int count = paper.minChoices() + random.nextInt(paper.maxChoices() - paper.minChoices() + 1);
                order.stream().limit(count).forEach(item -> points.put(item.initiativeId(), 1));
            }
            case KNAPSACK -> {
                BigDecimal left = paper.budget();
                for (BallotItem item : order) {
                    if (points.size() < paper.maxChoices() && item.cost().compareTo(left) <= 0) {
                        points.put(item.initiativeId(), 1);
                        left = left.subtract(item.cost());
                    }
                }
            }
            case CUMULATIVE -> {
                int left = paper.points();
                for (BallotItem item : order.subList(0, Math.min(3, order.size()))) {
                    int given = left == 0 ? 0 : 1 + random.nextInt(left);
                    points.put(item.initiativeId(), given);
                    left -= given;
                }
            }
        }
        if (paper.format() != BallotFormat.CUMULATIVE && points.size() < paper.minChoices()) {
            return new BallotChoices(Map.of());
        }
        return new BallotChoices(points);
    }

    private void setPhase(long roundId, Phase phase) {
        jdbc.update("update selection_round set phase = ? where id = ?", phase.name(), roundId);
    }
}
