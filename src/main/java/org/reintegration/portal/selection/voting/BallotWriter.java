package org.reintegration.portal.selection.voting;

import static org.reintegration.portal.selection.voting.BallotRejectedException.Reason.ROUND_NOT_OPEN;
import static org.reintegration.portal.selection.voting.BallotRejectedException.Reason.USED_CODE;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.reintegration.portal.selection.round.Phase;
import org.reintegration.portal.selection.round.repository.RoundRepository;
import org.reintegration.portal.selection.voting.repository.BallotPaperRepository;
import org.reintegration.portal.selection.voting.repository.BallotPaperRepository.RoundState;
import org.reintegration.portal.selection.voting.repository.BallotRepository;
import org.reintegration.portal.selection.voting.repository.BallotRepository.NewBallot;
import org.reintegration.portal.selection.voting.repository.VotingCodeRepository;
import org.reintegration.portal.selection.voting.repository.VotingGatewayRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a batch of ballots in one transaction, so that a database's binary log (and every replica and
 * backup of it) shows k codes used and k ballots stored together, in no order that links one to the
 * other (docs/adr/0007-secret-ballots.md):
 *
 * <ol>
 *   <li>locks the batch's rounds in share mode and re-checks each ballot against the round as it is now
 *       (still in VOTING, choices following its rules and ballot, the paper of the round's revision read
 *       under that lock, from memory once the round is frozen: {@link FrozenPapers}): what a voter was
 *       shown cannot have changed under the ballot;
 *   <li>locks the batch's codes that are still unused and marks them used in one statement; a ballot
 *       whose code was used meanwhile, or earlier in the same batch, is answered USED_CODE;
 *   <li>freezes each round that gets its first ballots (ADR 0006);
 *   <li>inserts the accepted ballots in a random order, each under a random id, with no time and no
 *       reference to its code; adds each gateway's ballots to its count.
 * </ol>
 *
 * Either all of this commits or nothing does. Runs in the caller's transaction when there is one.
 */
@Component
class BallotWriter {

    private final BallotPaperRepository papers;
    private final RoundRepository roundRules;
    private final VotingCodeRepository codes;
    private final BallotRepository ballots;
    private final VotingGatewayRepository gateways;
    private final FrozenPapers frozenPapers;
    private final TransactionTemplate transaction;
    private final SecureRandom random = new SecureRandom();

    BallotWriter(
            BallotPaperRepository papers,
            RoundRepository roundRules,
            VotingCodeRepository codes,
            BallotRepository ballots,
            VotingGatewayRepository gateways,
            FrozenPapers frozenPapers,
            PlatformTransactionManager transactions) {
        this.papers = papers;
        this.roundRules = roundRules;
        this.codes = codes;
        this.ballots = ballots;
        this.gateways = gateways;
        this.frozenPapers = frozenPapers;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Writes the batch.
     *
     * @return per ballot, in the batch's order: empty when counted, else why it was refused
     * @throws RuntimeException when the database fails; then nothing of the batch is stored
     */
    List<Optional<BallotRejectedException>> write(List<ValidatedBallot> batch) {
        return transaction.execute(status -> writeInTransaction(batch));
    }

    private List<Optional<BallotRejectedException>> writeInTransaction(List<ValidatedBallot> batch) {
        List<Optional<BallotRejectedException>> answers = new ArrayList<>(Collections.nCopies(batch.size(), null));
        Set<Long> roundIds = new TreeSet<>();
        batch.forEach(b -> roundIds.add(b.roundId()));
        Map<Long, RoundState> rounds = papers.lockRounds(roundIds);
        Map<Long, BallotPaper> paperOf = new HashMap<>();
        List<Integer> valid = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            ValidatedBallot ballot = batch.get(i);
            RoundState round = rounds.get(ballot.roundId());
            if (round == null || round.phase() != Phase.VOTING) {
                answers.set(
                        i,
                        Optional.of(new BallotRejectedException(
                                ROUND_NOT_OPEN, "round " + ballot.roundId() + " no longer takes ballots")));
                continue;
            }
            BallotPaper paper =
                    paperOf.computeIfAbsent(ballot.roundId(), id -> frozenPapers.paper(id, round.revision()));
            try {
                ChoiceRules.check(paper, ballot.submission().choices());
                valid.add(i);
            } catch (BallotRejectedException e) {
                answers.set(i, Optional.of(e));
            }
        }

        Set<String> unused = valid.isEmpty()
                ? Set.of()
                : codes.lockUnused(
                        valid.stream().map(i -> batch.get(i).codeHash()).toList());
        Set<String> takenHere = new HashSet<>();
        List<ValidatedBallot> accepted = new ArrayList<>();
        for (int i : valid) {
            ValidatedBallot ballot = batch.get(i);
            if (unused.contains(ballot.codeHash()) && takenHere.add(ballot.codeHash())) {
                accepted.add(ballot);
                answers.set(i, Optional.empty());
            } else {
                answers.set(i, Optional.of(new BallotRejectedException(USED_CODE, "the code was used a moment ago")));
            }
        }
        if (accepted.isEmpty()) {
            return answers;
        }
        int used = codes.useAll(takenHere);
        if (used != takenHere.size()) {
            throw new IllegalStateException("Locked " + takenHere.size() + " unused codes but used " + used);
        }
        accepted.stream()
                .map(ValidatedBallot::roundId)
                .distinct()
                .filter(id -> !rounds.get(id).frozen())
                .sorted()
                .forEach(roundRules::freeze);

        List<NewBallot> rows = new ArrayList<>(accepted.size());
        Map<Long, Integer> byGateway = new TreeMap<>();
        for (ValidatedBallot ballot : accepted) {
            byte[] id = new byte[16];
            random.nextBytes(id);
            BallotSubmission submission = ballot.submission();
            rows.add(new NewBallot(
                    id,
                    ballot.roundId(),
                    submission.channel(),
                    submission.voter(),
                    submission.choices().points()));
            if (ballot.gatewayId() != null) {
                byGateway.merge(ballot.gatewayId(), 1, Integer::sum);
            }
        }
        Collections.shuffle(rows, random);
        ballots.insertAll(rows);
        gateways.addBallots(byGateway);
        return answers;
    }
}
