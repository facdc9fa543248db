package org.reintegration.portal.selection.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Compares the fast equal shares with {@link PlainEqualShares} on small random elections. Costs come
 * from a short list and ballots are short, so exact ties, and voters left with exactly nothing, are
 * frequent: the cases floating point alone would get wrong.
 */
class EqualSharesCrossCheckTest {

    @TestFactory
    Stream<DynamicTest> equal_shares_agrees_with_a_plain_exact_implementation_on_random_elections() {
        return IntStream.range(0, 300)
                .mapToObj(seed -> DynamicTest.dynamicTest("random election " + seed, () -> {
                    Election election = randomElection(new Random(seed));
                    Electorate electorate = Electorate.of(election);

                    assertThat(EqualSharesRun.run(electorate, EqualSharesRule.evenShare(electorate))
                                    .selectedIds())
                            .as("mes")
                            .isEqualTo(PlainEqualShares.mes(election, EqualSharesRule.evenShare(electorate)));
                    assertThat(new EqualSharesAdd1URule().apply(election).selected())
                            .as("mes_add1u")
                            .isEqualTo(PlainEqualShares.mesAdd1u(election));
                }));
    }

    private static Election randomElection(Random random) {
        int projectCount = 2 + random.nextInt(7);
        List<Project> projects = new ArrayList<>();
        for (int p = 0; p < projectCount; p++) {
            long cost = random.nextInt(8) == 0 ? 0 : 10L * (1 + random.nextInt(6));
            projects.add(new Project(String.valueOf(p + 5), cost));
        }
        List<Ballot> votes = new ArrayList<>();
        int voters = 1 + random.nextInt(12);
        for (int v = 0; v < voters; v++) {
            List<String> approved = projects.stream()
                    .map(Project::id)
                    .filter(id -> random.nextInt(3) == 0)
                    .toList();
            votes.add(Ballot.approving(approved));
        }
        BigDecimal budget = BigDecimal.valueOf(40 + random.nextInt(200))
                .add(random.nextBoolean() ? BigDecimal.ZERO : new BigDecimal("0.25"));
        return Election.ofVoters(budget, VoteType.APPROVAL, projects, votes);
    }
}
