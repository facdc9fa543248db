package org.reintegration.portal.selection.voting;

import static org.reintegration.portal.selection.voting.BallotRejectedException.Reason.ROUND_NOT_OPEN;
import static org.reintegration.portal.selection.voting.BallotRejectedException.Reason.UNKNOWN_CODE;
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
 * Checks and writes a batch of ballots in one transaction, so that a database's binary log (and every
 * replica and backup of it) shows k codes used and k ballots stored together, in no order that links one
 * to the other (docs/adr/0007-secret-ballots.md). A request does no database work before its ballot is
 * queued: every check that needs the database is made here, for the whole batch at once.
 *
 * <ol>
 *   <li>reads the round of each of the batch's codes, in one statement before the transaction (a code
 *       never changes round); a ballot whose code is unknown, or of another round than the one it names,
 *       is answered UNKNOWN_CODE (the caller counts it against its origin);
 *   <li>locks the batch's rounds in share mode and checks each ballot against its round as it is now
 *       (still in VOTING, else ROUND_NOT_OPEN);
 *   <li>locks the batch's codes that are still unused; a ballot whose code was used before is answered
 *       USED_CODE;
 *   <li>checks the choices against the round's rules and ballot, the paper of the round's revision read
 *       under that lock, from memory once the round is frozen ({@link FrozenPapers}): what a voter was
 *       shown cannot have changed under the ballot; else INVALID_CHOICE;
 *   <li>marks the codes of the accepted ballots used in one statement; a second ballot with a code taken
 *       earlier in the same batch is answered USED_CODE;
 *   <li>freezes each round that gets its first ballots (ADR 0006);
 *   <li>inserts the accepted ballots in a random order, each under a random id, with no time and no
 *       reference to its code; adds each gateway's ballots to its count.
 * </ol>
 *
 * Either all of what follows the first read commits or nothing does. Runs in the caller's transaction
 * when there is one.
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
     * @return per ballot, in the batch's order: empty when counted, else why it was refused (UNKNOWN_CODE
     *     is not yet counted against the ballot's origin: the caller does that)
     * @throws RuntimeException when the database fails; then nothing of the batch is stored
     */
    List<Optional<BallotRejectedException>> write(List<PendingBallot> batch) {
        Set<String> hashes = new HashSet<>();
        batch.forEach(b -> hashes.add(b.codeHash()));
        // Read before the transaction begins (a code never changes round): InnoDB fixes a transaction's
        // snapshot at its first plain read, and a round's paper, read later in the transaction, must be the
        // paper as of the round's share lock, not as of a moment before it (FirstBallotFreezeRaceTest).
        Map<String, Long> roundOfCode = codes.roundsOf(hashes);
        return transaction.execute(status -> writeInTransaction(batch, roundOfCode));
    }

    private List<Optional<BallotRejectedException>> writeInTransaction(
            List<PendingBallot> batch, Map<String, Long> roundOfCode) {
        int size = batch.size();
        List<Optional<BallotRejectedException>> answers = new ArrayList<>(Collections.nCopies(size, null));

        long[] roundOf = new long[size];
        Set<Long> roundIds = new TreeSet<>();
        List<Integer> known = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            PendingBallot ballot = batch.get(i);
            Long roundId = roundOfCode.get(ballot.codeHash());
            Long named = ballot.submission().roundId();
            if (roundId == null || (named != null && !named.equals(roundId))) {
                answers.set(i, Optional.of(new BallotRejectedException(UNKNOWN_CODE, "no such code")));
                continue;
            }
            roundOf[i] = roundId;
            roundIds.add(roundId);
            known.add(i);
        }
        Map<Long, RoundState> rounds = roundIds.isEmpty() ? Map.of() : papers.lockRounds(roundIds);
        List<Integer> open = new ArrayList<>(known.size());
        for (int i : known) {
            RoundState round = rounds.get(roundOf[i]);
            if (round == null || round.phase() != Phase.VOTING) {
                answers.set(
                        i,
                        Optional.of(new BallotRejectedException(
                                ROUND_NOT_OPEN, "round " + roundOf[i] + " no longer takes ballots")));
            } else {
                open.add(i);
            }
        }

        Set<String> unused = open.isEmpty()
                ? Set.of()
                : codes.lockUnused(
                        open.stream().map(i -> batch.get(i).codeHash()).toList());
        Map<Long, BallotPaper> paperOf = new HashMap<>();
        Set<String> takenHere = new HashSet<>();
        List<Integer> accepted = new ArrayList<>(open.size());
        for (int i : open) {
            PendingBallot ballot = batch.get(i);
            if (!unused.contains(ballot.codeHash())) {
                answers.set(i, Optional.of(new BallotRejectedException(USED_CODE, "the code has been used")));
                continue;
            }
            long roundId = roundOf[i];
            BallotPaper paper = paperOf.computeIfAbsent(
                    roundId, id -> frozenPapers.paper(id, rounds.get(id).revision()));
            try {
                ChoiceRules.check(paper, ballot.submission().choices());
            } catch (BallotRejectedException e) {
                answers.set(i, Optional.of(e));
                continue;
            }
            if (takenHere.add(ballot.codeHash())) {
                accepted.add(i);
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
                .map(i -> roundOf[i])
                .distinct()
                .filter(id -> !rounds.get(id).frozen())
                .sorted()
                .forEach(roundRules::freeze);

        List<NewBallot> rows = new ArrayList<>(accepted.size());
        Map<Long, Integer> byGateway = new TreeMap<>();
        for (int i : accepted) {
            PendingBallot ballot = batch.get(i);
            byte[] id = new byte[16];
            random.nextBytes(id);
            BallotSubmission submission = ballot.submission();
            rows.add(new NewBallot(
                    id,
                    roundOf[i],
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
