package org.reintegration.portal.selection.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.reintegration.portal.interop.pabulib.PabulibReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Runs every election listed in {@code expected.json} through every rule listed for it and compares
 * the selected set with the expected one. The folder holds {@code files/} and {@code expected.json};
 * it defaults to the shipped Pabulib sample and can be replaced with {@code -Dpabulib.dir=...}.
 */
class PabulibElectionsTest {

    private static final Path FOLDER = Path.of(System.getProperty("pabulib.dir", "src/test/resources/pabulib"));

    @TestFactory
    Stream<DynamicTest> every_listed_rule_selects_the_expected_projects_on_every_listed_election() {
        JsonNode files =
                new ObjectMapper().readTree(FOLDER.resolve("expected.json")).get("files");
        assertThat(files.properties())
                .as("elections listed in %s", FOLDER.resolve("expected.json"))
                .isNotEmpty();
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, JsonNode> file : files.properties()) {
            for (OutcomeRule rule : OutcomeRule.all()) {
                JsonNode expected = file.getValue().get(rule.name());
                if (expected != null) {
                    tests.add(DynamicTest.dynamicTest(
                            file.getKey() + " × " + rule.name(),
                            () -> assertSelects(file.getKey(), file.getValue(), rule, expected)));
                }
            }
        }
        return tests.stream();
    }

    private static void assertSelects(String fileName, JsonNode facts, OutcomeRule rule, JsonNode expected)
            throws IOException {
        Election election = PabulibReader.read(FOLDER.resolve("files").resolve(fileName));
        if (facts.has("budget")) {
            assertThat(election.budget())
                    .isEqualByComparingTo(new BigDecimal(facts.get("budget").asString()));
        }
        if (facts.has("num_voters")) {
            assertThat(election.voterCount()).isEqualTo(facts.get("num_voters").asLong());
        }
        List<String> expectedIds =
                expected.valueStream().map(JsonNode::asString).toList();

        Outcome outcome = rule.apply(election);

        assertThat(outcome.selectedSet())
                .as("%s on %s", rule.name(), fileName)
                .containsExactlyInAnyOrderElementsOf(expectedIds);
        assertThat(BigDecimal.valueOf(outcome.cost())).isLessThanOrEqualTo(election.budget());
    }
}
