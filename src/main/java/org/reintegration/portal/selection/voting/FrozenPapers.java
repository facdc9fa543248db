package org.reintegration.portal.selection.voting;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.reintegration.portal.selection.voting.repository.BallotPaperRepository;
import org.reintegration.portal.selection.voting.repository.BallotPaperRepository.RevisedPaper;
import org.springframework.stereotype.Component;

/**
 * The ballot papers of frozen rounds, kept in memory per round revision, so that checking a ballot
 * reads no round tables. A round is frozen with its first ballots and its rules and ballot never change
 * after that (ADR 0006); every edit of a round, a phase change included, adds one to its revision. So a
 * paper read at revision r of a frozen round is the paper for as long as the round's revision is r; a
 * caller that reads another revision (with the code, or under the writer's lock) gets the paper read
 * again. Rounds not yet frozen are always read from the database.
 *
 * <p>Only the rules and the list of initiatives with their costs are used from a paper taken from here
 * (to check choices); what voters are shown is read fresh.
 */
@Component
class FrozenPapers {

    /** Rounds voting at the same time are few; past this many, the least used are forgotten. */
    private static final int MAX_ROUNDS = 1_000;

    private final BallotPaperRepository papers;
    private final Cache<Long, RevisedPaper> cache =
            Caffeine.newBuilder().maximumSize(MAX_ROUNDS).build();

    FrozenPapers(BallotPaperRepository papers) {
        this.papers = papers;
    }

    /**
     * The round's paper as of this revision of the round.
     *
     * @param revision the round's revision as the caller read it; the paper of another revision is read
     *     from the database
     * @throws java.util.NoSuchElementException when there is no such round
     */
    BallotPaper paper(long roundId, int revision) {
        RevisedPaper known = cache.getIfPresent(roundId);
        if (known != null && known.revision() == revision) {
            return known.paper();
        }
        RevisedPaper read = papers.findRevised(roundId).orElseThrow();
        if (read.frozen()) {
            cache.put(roundId, read);
        }
        return read.paper();
    }
}
