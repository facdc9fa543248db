package org.reintegration.portal.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.interop.hxl.ImportException;

class ScoringSchemeTest {

    /** Two economic questions (weights 2 and 1), one social, one psychosocial; composite weights 1, 1, 2, 0. */
    static final String SCHEME = """
            title = Test scheme
            example = yes
            threshold = 0.5
            unknown = skip
            unknown_answers = dont_know not_applicable

            [question income]
            dimension = economic
            weight = 2
            composite = 1
            answers = low:0 mid:0.5 high:1

            [question food]
            dimension = economic
            weight = 1
            composite = 1
            answers = often:0 never:1

            [question health]
            dimension = social
            weight = 1
            composite = 2
            answers = poor:0.25 good:0.75

            [question belonging]   # counts in its dimension only
            dimension = psychosocial
            weight = 1
            composite = 0
            answers = no:0 yes:1
            """;

    static ScoringScheme scheme(String text) throws ImportException {
        return SchemeText.parse(text);
    }

    @Test
    void weighted_means_match_a_hand_computed_example() throws ImportException {
        Scores scores =
                scheme(SCHEME).score(Map.of("income", "mid", "food", "never", "health", "poor", "belonging", "yes"));

        // economic: (2 * 0.5 + 1 * 1) / 3 = 0.6667
        assertThat(scores.economic()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(scores.social()).isEqualTo(0.25);
        assertThat(scores.psychosocial()).isEqualTo(1.0);
        // composite: (1 * 0.5 + 1 * 1 + 2 * 0.25 + 0 * 1) / 4 = 0.5
        assertThat(scores.composite()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void a_skipped_unknown_answer_leaves_the_question_out_and_reweighs_the_others() throws ImportException {
        Scores scores = scheme(SCHEME)
                .score(Map.of("income", "dont_know", "food", "often", "health", "good", "belonging", "no"));

        // economic: only food counts: 0
        assertThat(scores.economic()).isEqualTo(0.0);
        // composite: (1 * 0 + 2 * 0.75) / 3 = 0.5
        assertThat(scores.composite()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void under_the_zero_rule_an_unknown_or_missing_answer_counts_as_nought_with_its_full_weight()
            throws ImportException {
        Scores scores = scheme(SCHEME.replace("unknown = skip", "unknown = zero"))
                .score(Map.of("income", "not_applicable", "food", "never", "health", "good"));

        // economic: (2 * 0 + 1 * 1) / 3
        assertThat(scores.economic()).isCloseTo(1.0 / 3, within(1e-9));
        // psychosocial: unanswered, counted as 0
        assertThat(scores.psychosocial()).isEqualTo(0.0);
        // composite: (0 + 1 + 1.5 + 0) / 4 = 0.625
        assertThat(scores.composite()).isCloseTo(0.625, within(1e-9));
    }

    @Test
    void a_dimension_with_no_answered_question_has_no_score() throws ImportException {
        Scores scores = scheme(SCHEME).score(Map.of("income", "high"));

        assertThat(scores.economic()).isEqualTo(1.0);
        assertThat(scores.social()).isNull();
        assertThat(scores.psychosocial()).isNull();
        assertThat(scores.composite()).isEqualTo(1.0);
        assertThat(scheme(SCHEME).score(Map.of()).composite()).isNull();
    }

    @Test
    void an_answer_the_scheme_does_not_know_counts_as_unknown() throws ImportException {
        Scores scores = scheme(SCHEME).score(Map.of("income", "very_high", "food", "never"));

        assertThat(scores.economic()).isEqualTo(1.0);
    }

    @Test
    void the_threshold_and_the_example_flag_are_read() throws ImportException {
        ScoringScheme scheme = scheme(SCHEME);

        assertThat(scheme.threshold()).isEqualTo(0.5);
        assertThat(scheme.example()).isTrue();
        assertThat(scheme.unknownCodes()).containsExactlyInAnyOrder("dont_know", "not_applicable");
    }

    @Test
    void mistakes_in_the_text_are_refused_with_their_line() {
        assertThatThrownBy(() -> scheme(SCHEME.replace("answers = low:0 mid:0.5 high:1", "answers = low:0 mid:1.5")))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("mid")
                .hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> scheme(SCHEME.replace("dimension = social", "dimension = cultural")))
                .hasMessageContaining("scheme line 20")
                .hasMessageContaining("cultural");
        assertThatThrownBy(() -> scheme(SCHEME.replace("threshold = 0.5", "threshold = half")))
                .hasMessageContaining("scheme line 3");
        assertThatThrownBy(() -> scheme(SCHEME.replace("composite = 2", "composite = -1")))
                .hasMessageContaining("weights are 0 or more");
        assertThatThrownBy(() -> scheme(SCHEME.replace("answers = no:0 yes:1", "answers = no:0 dont_know:1")))
                .hasMessageContaining("also an unknown answer");
    }

    @Test
    void the_example_scheme_shipped_reads_and_says_it_is_an_example() throws ImportException {
        ScoringScheme example = SchemeText.parse(SchemeService.exampleScheme());

        assertThat(example.example()).isTrue();
        assertThat(example.title()).contains("not the official");
        assertThat(example.questions()).hasSize(9);
    }

    @Test
    void values_the_scheme_refuses_are_told_in_french_and_arabic() {
        for (String wrong : List.of(
                SCHEME.replace("answers = low:0 mid:0.5 high:1", "answers = low:0 mid:1.5"),
                SCHEME.replace("composite = 2", "composite = -1"),
                SCHEME.replace("answers = no:0 yes:1", "answers = no:0 dont_know:1"),
                SCHEME.replace("threshold = 0.5", "threshold = 1.5"),
                SCHEME.replace("[question food]", "[question Food]"))) {
            ImportException refused = catchThrowableOfType(ImportException.class, () -> scheme(wrong));

            String french = refused.problem().message(Locale.FRENCH);
            String arabic = refused.problem().message(Locale.of("ar"));
            assertThat(french).startsWith("ligne ").doesNotContain(" of question", " or more", "between 0 and 1");
            assertThat(arabic).startsWith("السطر ").doesNotContain(" of question", " or more", "between 0 and 1");
            assertThat(refused.problem().text().key()).isEqualTo("import.at.scheme-line");
        }
        ImportException score = catchThrowableOfType(
                ImportException.class,
                () -> scheme(SCHEME.replace("answers = low:0 mid:0.5 high:1", "answers = low:0 mid:1.5")));
        assertThat(score.problem().message(Locale.FRENCH)).contains("la réponse mid de la question income vaut 1.5");
    }
}
