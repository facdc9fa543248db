package org.reintegration.portal.selection.round;

import java.util.List;
import org.reintegration.portal.selection.round.repository.RoundRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Selection rounds as anyone may read them on the public pages, without an account. */
@Service
public class PublicRoundService {

    private final RoundRepository rounds;

    PublicRoundService(RoundRepository rounds) {
        this.rounds = rounds;
    }

    /**
     * What anyone may read of a round: dates, phase and rules, and the ballot once voting has opened
     * (before that the list may still change, so it is not published).
     *
     * @throws IllegalArgumentException when there is no such round
     */
    @Transactional(readOnly = true)
    public PublicRound publicRound(long roundId) {
        return toPublic(rounds.find(roundId).orElseThrow(() -> new IllegalArgumentException("No round " + roundId)));
    }

    /** Rounds open for voting now, as anyone may read them, newest first: for the front page. */
    @Transactional(readOnly = true)
    public List<PublicRound> openRounds() {
        return rounds.findInPhase(Phase.VOTING, 50).stream().map(this::toPublic).toList();
    }

    /**
     * Every round as anyone may read it, for the public list of rounds and results: those open for voting
     * first, then those with results, then those being prepared, then closed ones; newest first within
     * each, at most {@code perPhase} of each.
     */
    @Transactional(readOnly = true)
    public List<PublicRound> publicRounds(int perPhase) {
        List<PublicRound> all = new java.util.ArrayList<>();
        for (Phase phase : List.of(Phase.VOTING, Phase.RESULTS, Phase.REVIEW, Phase.PROPOSALS, Phase.CLOSED)) {
            rounds.findInPhase(phase, perPhase).stream().map(this::toPublic).forEach(all::add);
        }
        return all;
    }

    private PublicRound toPublic(SelectionRound round) {
        RoundData data = round.data();
        boolean ballotPublished = round.phase().ordinal() >= Phase.VOTING.ordinal();
        return new PublicRound(
                round.id(),
                data.name(),
                round.phase(),
                data.dates(),
                round.started(),
                data.budget(),
                data.currency(),
                data.rules(),
                data.rule(),
                round.communities().stream().map(CommunityRef::name).toList(),
                ballotPublished ? rounds.ballotItems(round.id()) : List.of());
    }
}
