package org.reintegration.portal.selection.voting;

import static org.reintegration.portal.selection.voting.BallotRejectedException.Reason.ROUND_NOT_OPEN;
import static org.reintegration.portal.selection.voting.BallotRejectedException.Reason.TOO_MANY_ATTEMPTS;
import static org.reintegration.portal.selection.voting.BallotRejectedException.Reason.UNKNOWN_CODE;
import static org.reintegration.portal.selection.voting.BallotRejectedException.Reason.USED_CODE;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.reintegration.portal.base.InvalidFieldException;
import org.reintegration.portal.security.CurrentUser;
import org.reintegration.portal.security.PortalUser;
import org.reintegration.portal.security.Role;
import org.reintegration.portal.selection.round.Phase;
import org.reintegration.portal.selection.voting.repository.BallotPaperRepository;
import org.reintegration.portal.selection.voting.repository.BallotRepository;
import org.reintegration.portal.selection.voting.repository.VotingCodeRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Voting with single-use codes: staff draw codes and print them; community members (or facilitators,
 * from paper) cast one secret ballot per code. See docs/adr/0007-secret-ballots.md for why a ballot
 * cannot be linked back to its code.
 */
@Service
public class VotingService {

    public static final int MAX_CODES_PER_BATCH = 5000;

    private final BallotPaperRepository papers;
    private final VotingCodeRepository codes;
    private final BallotRepository ballots;
    private final VotingCodes votingCodes;
    private final FailedCodeAttempts attempts;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    VotingService(
            BallotPaperRepository papers,
            VotingCodeRepository codes,
            BallotRepository ballots,
            VotingCodes votingCodes,
            FailedCodeAttempts attempts,
            CurrentUser currentUser,
            Clock clock) {
        this.papers = papers;
        this.codes = codes;
        this.ballots = ballots;
        this.votingCodes = votingCodes;
        this.attempts = attempts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * A round's ballot paper. Staff read it in any phase; anyone else once voting has opened, and then
     * confidential initiatives come without their details.
     */
    @Transactional(readOnly = true)
    public Optional<BallotPaper> findBallotPaper(long roundId) {
        if (isStaff()) {
            return papers.find(roundId);
        }
        return papers.find(roundId)
                .filter(paper -> paper.phase().compareTo(Phase.VOTING) >= 0)
                .map(BallotPaper::forPublic);
    }

    /** An initiative's photo, if it is on the round's ballot, has one and is not confidential. */
    @Transactional(readOnly = true)
    public Optional<InitiativePhoto> photo(long roundId, long initiativeId) {
        return papers.photo(roundId, initiativeId);
    }

    /**
     * The ballot paper a code opens: the code exists (for this round, when one is given), is unused,
     * and its round accepts ballots. Uses nothing; a wrong code counts against the origin.
     *
     * @param origin where the attempt comes from (an address or session), for the limit on wrong codes
     * @throws BallotRejectedException with the reason the voter is told
     */
    @Transactional(readOnly = true)
    public BallotPaper openBallot(String code, Long roundId, String origin) {
        var state = knownCode(code, origin).state();
        if (roundId != null && state.roundId() != roundId) {
            throw unknownCode(origin);
        }
        BallotPaper paper = papers.find(state.roundId()).orElseThrow();
        if (!paper.isOpen()) {
            throw new BallotRejectedException(ROUND_NOT_OPEN, "round " + paper.roundId() + " is " + paper.phase());
        }
        if (state.used()) {
            throw new BallotRejectedException(USED_CODE, "the code has been used");
        }
        return isStaff() ? paper : paper.forPublic();
    }

    /**
     * Counts a ballot and uses its code, in one transaction: either both happen or neither. The code
     * is used by a conditional update, so of any number of simultaneous submissions with one code
     * exactly one is counted. The stored ballot holds a random id, the round, the channel and what the
     * voter declared: no code, no hash, no user, no time.
     *
     * <p>Paper ballots may only be entered by staff. Online ballots need no account.
     *
     * @param origin where the attempt comes from, for the limit on wrong codes; {@code null} for staff
     * @throws BallotRejectedException unknown or used code, round not open, choices breaking the
     *                                 ballot's rules, or too many wrong codes; nothing is changed then
     */
    @Transactional
    public void castBallot(BallotSubmission submission, String origin) {
        if (submission.channel() == Channel.PAPER && !isStaff()) {
            throw new AccessDeniedException("Only staff enter paper ballots");
        }
        KnownCode known = knownCode(submission.code(), origin);
        String hash = known.hash();
        var state = known.state();
        long roundId = state.roundId();
        if (submission.roundId() != null && submission.roundId() != roundId) {
            throw unknownCode(origin);
        }
        Phase phase = papers.lockPhase(roundId).orElseThrow();
        if (phase != Phase.VOTING) {
            throw new BallotRejectedException(ROUND_NOT_OPEN, "round " + roundId + " is " + phase);
        }
        if (state.used()) {
            throw new BallotRejectedException(USED_CODE, "the code has been used");
        }
        BallotPaper paper = papers.find(roundId).orElseThrow();
        ChoiceRules.check(paper, submission.choices());
        if (!codes.use(hash)) {
            throw new BallotRejectedException(USED_CODE, "the code was used a moment ago");
        }
        byte[] id = new byte[16];
        random.nextBytes(id);
        ballots.insert(
                id,
                roundId,
                submission.channel(),
                submission.voter(),
                submission.choices().points());
    }

    /**
     * Draws a batch of new codes for a round and returns them as a printable sheet of slips. Only the
     * codes' hashes are stored; the sheet is the only copy of the codes. Not allowed once results are
     * being counted.
     *
     * @param votingUrl the address of the round's voting page, printed on each slip and in its QR code
     * @throws InvalidFieldException when the count is outside 1 to {@value #MAX_CODES_PER_BATCH} or the
     *                               round is past voting; nothing is stored then
     */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional
    public GeneratedCodes generateCodes(long roundId, int count, Locale language, boolean withQr, String votingUrl) {
        if (count < 1 || count > MAX_CODES_PER_BATCH) {
            throw new InvalidFieldException(
                    "count", "codes.error.count", "between 1 and " + MAX_CODES_PER_BATCH + ", not " + count);
        }
        Phase phase = papers.lockPhase(roundId).orElseThrow(() -> new IllegalArgumentException("No round " + roundId));
        if (phase == Phase.RESULTS || phase == Phase.CLOSED) {
            throw new InvalidFieldException("round", "codes.error.round-over", "round " + roundId + " is " + phase);
        }
        BallotPaper paper = papers.find(roundId).orElseThrow();
        Set<String> drawn = new LinkedHashSet<>();
        while (drawn.size() < count) {
            drawn.add(votingCodes.draw());
        }
        List<String> printed = List.copyOf(drawn);
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        int batch = codes.insertBatch(roundId, count, userName(), now);
        codes.insertCodes(
                roundId,
                batch,
                printed.stream()
                        .map(c -> votingCodes.hash(VotingCodes.normalise(c).orElseThrow()))
                        .toList());
        byte[] pdf = SlipSheet.pdf(paper.roundName(), printed, language, votingUrl, withQr);
        return new GeneratedCodes(roundId, batch, printed, pdf);
    }

    /** How many codes a round has printed and used. */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional(readOnly = true)
    public CodeCounts codeCounts(long roundId) {
        return codes.counts(roundId);
    }

    /** How many ballots a round has counted, by channel. */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional(readOnly = true)
    public BallotCounts ballotCounts(long roundId) {
        return new BallotCounts(ballots.count(roundId, Channel.ONLINE), ballots.count(roundId, Channel.PAPER));
    }

    /** Every round, newest first, for staff to pick one to manage voting in. */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional(readOnly = true)
    public List<RoundSummary> rounds() {
        return papers.rounds();
    }

    /** A well-formed code that exists, with its stored state; any other code is refused and counted. */
    private KnownCode knownCode(String code, String origin) {
        if (!attempts.mayTry(origin)) {
            throw new BallotRejectedException(TOO_MANY_ATTEMPTS, "too many wrong codes, try again later");
        }
        Optional<String> normalised = VotingCodes.normalise(code);
        if (normalised.isEmpty()) {
            throw unknownCode(origin);
        }
        String hash = votingCodes.hash(normalised.get());
        return codes.find(hash).map(state -> new KnownCode(hash, state)).orElseThrow(() -> unknownCode(origin));
    }

    private record KnownCode(String hash, VotingCodeRepository.CodeState state) {}

    private BallotRejectedException unknownCode(String origin) {
        attempts.recordFailure(origin);
        return new BallotRejectedException(UNKNOWN_CODE, "no such code");
    }

    private boolean isStaff() {
        return currentUser.hasRole(Role.STAFF) || currentUser.hasRole(Role.ADMIN);
    }

    private String userName() {
        return currentUser.get().map(PortalUser::username).orElse("system");
    }
}
