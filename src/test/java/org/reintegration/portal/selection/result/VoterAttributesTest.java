package org.reintegration.portal.selection.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VoterAttributesTest {

    private static final List<List<String>> VALUES = List.of(
            List.of("returnee", "resident", "idp", ""),
            List.of("F", "M", ""),
            List.of("UNDER_18", "FROM_18_TO_35", "FROM_36_TO_59", "FROM_60", ""),
            List.of("internet", "paper"));

    @Test
    void a_voter_alone_in_a_combination_loses_the_age_band_first_and_common_combinations_stay_whole() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            rows.add(List.of("returnee", "F", "FROM_18_TO_35", "internet"));
        }
        rows.add(List.of("returnee", "F", "FROM_60", "internet"));

        List<List<String>> shown = VoterAttributes.kAnonymous(rows);

        assertThat(shown.subList(0, 6)).containsOnly(List.of("returnee", "F", "FROM_18_TO_35", "internet"));
        // alone even without its age band (no other row is blank there): so it goes further, to all blank
        assertThat(shown.get(6)).containsOnly("");
    }

    @Test
    void every_written_combination_of_many_random_rounds_is_shared_by_five_voters_or_blank() {
        Random random = new Random(5);
        for (int round = 0; round < 500; round++) {
            int voters = random.nextInt(40);
            List<List<String>> rows = new ArrayList<>();
            for (int v = 0; v < voters; v++) {
                List<String> row = new ArrayList<>();
                for (List<String> column : VALUES) {
                    row.add(column.get(random.nextInt(random.nextBoolean() ? 1 : column.size())));
                }
                rows.add(List.copyOf(row));
            }

            List<List<String>> shown = VoterAttributes.kAnonymous(rows);

            assertThat(shown).hasSameSizeAs(rows);
            Map<List<String>, Integer> classes = new HashMap<>();
            shown.forEach(row -> classes.merge(row, 1, Integer::sum));
            classes.forEach((combination, size) -> assertThat(
                            size >= VoterAttributes.K || combination.stream().allMatch(String::isEmpty))
                    .as("%s written for %s voters", combination, size)
                    .isTrue());
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < 4; c++) {
                    String value = shown.get(r).get(c);
                    assertThat(value.isEmpty() || value.equals(rows.get(r).get(c)))
                            .as("a value is only ever blanked")
                            .isTrue();
                }
            }
        }
    }
}
