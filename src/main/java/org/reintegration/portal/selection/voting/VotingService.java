package org.reintegration.portal.selection.voting;

import static org.reintegration.portal.selection.voting.BallotRejectedException.Reason.ROUND_NOT_OPEN;
import static org.reintegration.portal.selection.voting.BallotRejectedException.Reason.TOO_MANY_ATTEMPTS;
import static org.reintegration.portal.selection.voting.BallotRejectedException.Reason.UNKNOWN_CODE;
import static org.reintegration.portal.selection.voting.BallotRejectedException.Reason.UNKNOWN_GATEWAY;
import static org.reintegration.portal.selection.voting.BallotRejectedException.Reason.USED_CODE;

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
import org.reintegration.portal.selection.voting.repository.VotingGatewayRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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
    private final VotingGatewayRepository gateways;
    private final VotingCodes votingCodes;
    private final WrongCodeLimit attempts;
    private final BallotWriter writer;
    private final BallotIntake intake;
    private final CurrentUser currentUser;
    private final Clock clock;

    VotingService(
            BallotPaperRepository papers,
            VotingCodeRepository codes,
            BallotRepository ballots,
            VotingGatewayRepository gateways,
            VotingCodes votingCodes,
            WrongCodeLimit attempts,
            BallotWriter writer,
            BallotIntake intake,
            CurrentUser currentUser,
            Clock clock) {
        this.papers = papers;
        this.codes = codes;
        this.ballots = ballots;
        this.gateways = gateways;
        this.votingCodes = votingCodes;
        this.attempts = attempts;
        this.writer = writer;
        this.intake = intake;
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
    // no transaction: a wrong code is counted in a transaction of its own, which should not wait for a
    // second connection while this one holds the first
    public BallotPaper openBallot(String code, Long roundId, String origin) {
        VotingOrigin from = VotingOrigin.of(origin);
        var state = knownCode(code, from).state();
        if (roundId != null && state.roundId() != roundId) {
            throw unknownCode(from);
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
     * Counts a ballot and uses its code: either both happen or neither. The ballot is handed to this
     * node's intake with its code's hash (no database work before that) and written in a batch with
     * whatever other ballots arrive within a few milliseconds: one transaction checks every ballot of the
     * batch (code known and of the round named, round open, code unused, choices following the round's
     * rules) under the round's share lock and the codes' locks, marks every accepted code used (each only
     * if still unused, so of any number of submissions with one code exactly one is counted) and inserts
     * the ballots in a random order under random ids, with no code, no hash, no user and no time. This
     * method returns only once that transaction has committed. See docs/adr/0007-secret-ballots.md.
     *
     * <p>Called inside a transaction (paper ballots in a staff member's transaction, tests), the ballot
     * is written in that transaction instead, as a batch of one.
     *
     * <p>Paper ballots may only be entered by staff. Online ballots need no account.
     *
     * @param origin where the attempt comes from, for the limit on wrong codes; {@code null} for staff
     * @throws BallotRejectedException unknown or used code, round not open, choices breaking the
     *                                 ballot's rules, too many wrong codes from this origin (only ever
     *                                 for a wrong code), or TRY_AGAIN when the database failed; nothing
     *                                 is stored then
     */
    public void castBallot(BallotSubmission submission, String origin) {
        castBallotFrom(submission, VotingOrigin.of(origin));
    }

    /**
     * {@link #castBallot(BallotSubmission, String)} from a known origin, e.g. a gateway.
     *
     * @see #gatewayOrigin
     */
    public void castBallotFrom(BallotSubmission submission, VotingOrigin origin) {
        PendingBallot ballot = prepare(submission, origin);
        try {
            if (TransactionSynchronizationManager.isActualTransactionActive()) {
                writer.write(List.of(ballot)).getFirst().ifPresent(refusal -> {
                    throw refusal;
                });
            } else {
                intake.cast(ballot);
            }
        } catch (BallotRejectedException e) {
            // the writer found no such code (or one of another round): counted against the origin here
            throw e.reason() == UNKNOWN_CODE ? unknownCode(origin) : e;
        }
    }

    /**
     * What can be checked before a ballot is queued, without the database: who may hand in a paper
     * ballot, and that the code is well formed (a malformed one is a wrong code of the origin). Whether
     * the code exists, is unused and opens a round in voting, and whether the choices follow its rules, is
     * checked by the writer, under its locks.
     */
    PendingBallot prepare(BallotSubmission submission, VotingOrigin origin) {
        if (submission.channel() == Channel.PAPER && !isStaff()) {
            throw new AccessDeniedException("Only staff enter paper ballots");
        }
        Optional<String> normalised = VotingCodes.normalise(submission.code());
        if (normalised.isEmpty()) {
            throw unknownCode(origin);
        }
        return new PendingBallot(votingCodes.hash(normalised.get()), submission, origin.gatewayId());
    }

    /**
     * The origin of a request that came with a gateway key: the gateway, if the key is one staff
     * issued and did not revoke.
     *
     * @param address the request's address, charged with the wrong key otherwise
     * @throws BallotRejectedException UNKNOWN_GATEWAY when the key is unknown or revoked
     */
    public VotingOrigin gatewayOrigin(String gatewayKey, String address) {
        Optional<Long> gateway = gatewayKey == null || gatewayKey.isBlank()
                ? Optional.empty()
                : gateways.findActive(GatewayKeys.hash(gatewayKey.strip()));
        if (gateway.isEmpty()) {
            attempts.recordWrongCode(VotingOrigin.of(address));
            throw new BallotRejectedException(UNKNOWN_GATEWAY, "no such gateway key, or revoked");
        }
        return new VotingOrigin(address, gateway.get());
    }

    /**
     * Creates a gateway and its key. The key is returned once and never stored, only its hash.
     *
     * @throws InvalidFieldException when the name is blank or longer than {@value VotingGateway#NAME_MAX}
     */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional
    public IssuedGatewayKey issueGateway(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > VotingGateway.NAME_MAX) {
            throw new InvalidFieldException(
                    "name", "gateways.error.name", "a name of 1 to " + VotingGateway.NAME_MAX + " characters");
        }
        String key = GatewayKeys.draw();
        VotingGateway gateway = gateways.insert(trimmed, GatewayKeys.hash(key), userName(), now());
        return new IssuedGatewayKey(gateway, key);
    }

    /** Revokes a gateway's key: ballots it sends from now on are refused with UNKNOWN_GATEWAY. */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional
    public void revokeGateway(long gatewayId) {
        if (!gateways.revoke(gatewayId, userName(), now())) {
            throw new InvalidFieldException("gateway", "gateways.error.revoked", "no active gateway " + gatewayId);
        }
    }

    /** Every gateway with its counts, active ones first. */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional(readOnly = true)
    public List<VotingGateway> gateways() {
        return gateways.list();
    }

    /** How long a client refused for too many wrong codes is told to wait, in seconds. */
    public long retryAfterSeconds() {
        return attempts.windowSeconds();
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
        int batch = codes.insertBatch(roundId, count, userName(), now());
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
    private KnownCode knownCode(String code, VotingOrigin origin) {
        Optional<String> normalised = VotingCodes.normalise(code);
        if (normalised.isEmpty()) {
            throw unknownCode(origin);
        }
        String hash = votingCodes.hash(normalised.get());
        return codes.find(hash).map(state -> new KnownCode(hash, state)).orElseThrow(() -> unknownCode(origin));
    }

    private record KnownCode(String hash, VotingCodeRepository.CodeState state) {}

    /** A wrong code: counted against its origin, and answered TOO_MANY_ATTEMPTS once that is over its limit. */
    private BallotRejectedException unknownCode(VotingOrigin origin) {
        if (attempts.recordWrongCode(origin)) {
            return new BallotRejectedException(TOO_MANY_ATTEMPTS, "too many wrong codes, try again later");
        }
        return new BallotRejectedException(UNKNOWN_CODE, "no such code");
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    private boolean isStaff() {
        return currentUser.hasRole(Role.STAFF) || currentUser.hasRole(Role.ADMIN);
    }

    private String userName() {
        return currentUser.get().map(PortalUser::username).orElse("system");
    }
}
