package org.reintegration.portal.selection.round.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.GridVariant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.reintegration.portal.PortalTest;
import org.reintegration.portal.base.ui.Languages;
import org.reintegration.portal.selection.round.BallotRules;
import org.reintegration.portal.selection.round.Phase;
import org.reintegration.portal.selection.round.RoundChange;
import org.reintegration.portal.selection.round.RoundChangeKind;
import org.reintegration.portal.selection.round.RoundSamples;
import org.reintegration.portal.selection.round.RoundService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@PortalTest
@Transactional
@WithUserDetails("staff")
class RoundChangeTextTest extends SpringBrowserlessTest {

    private static final List<String> ENGLISH_OR_CODES = List.of(
            "Phase",
            "moved",
            "Changed",
            "Ballot set",
            "Round created",
            "from",
            " to ",
            "VOTING",
            "REVIEW",
            "APPROVAL",
            "KNAPSACK",
            "CUMULATIVE",
            "greedy",
            "mes_add1u",
            "mes",
            "none");

    @Autowired
    RoundService rounds;

    @Autowired
    RoundSamples samples;

    @Test
    void every_kind_of_entry_reads_in_french_and_arabic_with_no_english_and_no_codes() {
        for (Locale locale : List.of(Languages.FRENCH, Languages.ARABIC)) {
            RoundChangeText text = new RoundChangeText(locale);
            for (RoundChange change : everyKind()) {
                String read = text.of(change);
                assertThat(read).as("%s in %s", change.kind(), locale).isNotBlank();
                for (String english : ENGLISH_OR_CODES) {
                    assertThat(read).as("%s in %s", change.kind(), locale).doesNotContain(english);
                }
            }
        }
    }

    @Test
    void a_phase_move_and_a_rule_change_read_as_sentences_with_the_rule_in_words() {
        RoundChangeText french = new RoundChangeText(Languages.FRENCH);

        assertThat(french.of(entry(RoundChangeKind.PHASE_MOVED, Map.of("phase", "VOTING", "date", "2026-03-01"))))
                .isEqualTo("Passage à la phase Vote le 1 mars 2026");
        assertThat(french.of(entry(
                        RoundChangeKind.OUTCOME_RULE_CHANGED, Map.of("from", "greedy", "to", "mes_add1u_greedy"))))
                .isEqualTo("Règle de décision changée de «\u202fLes plus soutenues d’abord, dans le budget\u202f» en"
                        + " «\u202fMéthode des parts égales, complétée, puis les plus soutenues\u202f»");
        assertThat(new RoundChangeText(Languages.ENGLISH)
                        .of(entry(
                                RoundChangeKind.BUDGET_CHANGED,
                                Map.of("from", "150000000", "to", "2000000.5", "currency", "GNF"))))
                .as("Guinean francs have no decimals")
                .isEqualTo("Budget changed from 150,000,000 GNF to 2,000,001 GNF");
    }

    @Test
    void an_entry_written_before_kinds_were_stored_reads_as_it_was_written() {
        RoundChange legacy = new RoundChange(
                1, 1, "staff", LocalDateTime.now(), "Changed name from A to B", Optional.empty(), Map.of());

        assertThat(new RoundChangeText(Languages.FRENCH).of(legacy)).isEqualTo("Changed name from A to B");
    }

    @Test
    void a_long_ballot_is_read_in_full_and_the_log_wraps_it() {
        String titles = IntStream.rangeClosed(1, 60)
                .mapToObj(i -> "Initiative numéro " + i + " avec un long titre")
                .collect(Collectors.joining("\n"));
        String read = new RoundChangeText(Languages.FRENCH)
                .of(entry(RoundChangeKind.BALLOT_SET, Map.of("ballot", titles, "added", titles, "removed", "")));

        assertThat(read).contains("Initiative numéro 60 avec un long titre").hasSizeGreaterThan(2000);

        long round = samples.round(samples.communityIn("GN004", 0), BallotRules.approval(1, 1));
        RoundDetailView view = navigate(RoundDetailView.class, Map.of("roundId", String.valueOf(round)));
        assertThat(view.changeGrid.getThemeNames()).contains(GridVariant.LUMO_WRAP_CELL_CONTENT.getVariantName());
    }

    @Test
    void a_phase_move_is_stored_as_its_kind_with_the_phase_and_the_day() {
        long round = samples.round(samples.communityIn("GN004", 0), BallotRules.approval(1, 1));

        rounds.moveTo(round, Phase.REVIEW);

        RoundChange move = rounds.changes(round).getFirst();
        assertThat(move.kind()).contains(RoundChangeKind.PHASE_MOVED);
        assertThat(move.params()).containsEntry("phase", "REVIEW").containsKey("date");
        assertThat(rounds.changes(round).getLast().kind()).contains(RoundChangeKind.ROUND_CREATED);
    }

    private static List<RoundChange> everyKind() {
        Map<String, String> rules = new LinkedHashMap<>();
        rules.put("from.format", "APPROVAL");
        rules.put("from.min", "1");
        rules.put("from.max", "3");
        rules.put("to.format", "CUMULATIVE");
        rules.put("to.points", "10");
        Map<String, String> created = new LinkedHashMap<>();
        created.put("name", "Kankan 2026");
        created.put("communities", "Kankan centre");
        created.put("budget", "150000000");
        created.put("currency", "GNF");
        created.put("format", "KNAPSACK");
        created.put("rule", "mes_add1u_greedy");
        List<RoundChange> all = new ArrayList<>();
        all.add(entry(RoundChangeKind.ROUND_CREATED, created));
        all.add(entry(RoundChangeKind.NAME_CHANGED, Map.of("from", "Kankan", "to", "Kankan 2026")));
        all.add(entry(
                RoundChangeKind.DATES_CHANGED,
                Map.of("from.VOTING", "2026-03-01", "to.VOTING", "2026-03-08", "to.RESULTS", "2026-03-20")));
        all.add(entry(RoundChangeKind.DATES_CHANGED, Map.of("to.REVIEW", "2026-02-01")));
        all.add(entry(RoundChangeKind.SLIP_LANGUAGE_CHANGED, Map.of("from", "fr", "to", "ar")));
        all.add(entry(RoundChangeKind.SLIP_LANGUAGE_CHANGED, Map.of("from", "", "to", "fr")));
        all.add(entry(RoundChangeKind.COMMUNITIES_CHANGED, Map.of("from", "Kankan centre", "to", "Kankan, Siguiri")));
        all.add(entry(
                RoundChangeKind.BUDGET_CHANGED, Map.of("from", "150000000", "to", "160000000", "currency", "GNF")));
        all.add(entry(RoundChangeKind.BALLOT_RULES_CHANGED, rules));
        all.add(entry(RoundChangeKind.OUTCOME_RULE_CHANGED, Map.of("from", "greedy", "to", "mes_add1u_greedy")));
        all.add(entry(RoundChangeKind.OUTCOME_RULE_CHANGED, Map.of("from", "mes", "to", "mes_add1u")));
        all.add(entry(RoundChangeKind.PHASE_MOVED, Map.of("phase", "VOTING", "date", "2026-03-01")));
        all.add(entry(RoundChangeKind.PHASE_STEPPED_BACK, Map.of("phase", "REVIEW", "date", "2026-03-02")));
        all.add(entry(
                RoundChangeKind.BALLOT_SET, Map.of("ballot", "Puits\nMarché", "added", "Marché", "removed", "École")));
        all.add(entry(RoundChangeKind.BALLOT_SET, Map.of("ballot", "", "added", "", "removed", "Puits")));
        return all;
    }

    private static RoundChange entry(RoundChangeKind kind, Map<String, String> params) {
        return new RoundChange(1, 1, "staff", LocalDateTime.now(), "(English sentence)", Optional.of(kind), params);
    }
}
