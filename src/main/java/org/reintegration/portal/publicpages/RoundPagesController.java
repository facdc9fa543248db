package org.reintegration.portal.publicpages;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reintegration.portal.base.BidiText;
import org.reintegration.portal.outcome.OutcomeService;
import org.reintegration.portal.outcome.PublishedOutcomes;
import org.reintegration.portal.outcome.ScoreKind;
import org.reintegration.portal.project.PublicProjectService;
import org.reintegration.portal.security.SmallCounts;
import org.reintegration.portal.selection.result.InitiativeResult;
import org.reintegration.portal.selection.result.Participation;
import org.reintegration.portal.selection.result.ResultExplanation;
import org.reintegration.portal.selection.result.ResultService;
import org.reintegration.portal.selection.result.RoundResults;
import org.reintegration.portal.selection.round.BallotFormat;
import org.reintegration.portal.selection.round.Phase;
import org.reintegration.portal.selection.round.PublicRound;
import org.reintegration.portal.selection.round.PublicRoundService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A round's public page and its published results, and a community's projects: what the Vaadin public
 * views showed, from the same services (small counts and their complements are hidden there, never here).
 */
@Controller
class RoundPagesController {

    /** One bar of the results chart, with its texts already in the page's language. */
    record ResultRow(InitiativeResult initiative, int widthPercent, String figures, String why) {}

    /** One row of a participation table. */
    record CountRow(String label, String count) {}

    /** The support of one initiative from each declared group, in the order of {@code groups}. */
    record GroupRow(String title, List<String> counts) {}

    /** One quarter of a community's published reintegration scores, its texts in the page's language. */
    record OutcomeRow(String quarter, String respondents, List<String> scores) {}

    private final PublicRoundService rounds;
    private final ResultService results;
    private final PublicProjectService projects;
    private final OutcomeService outcomes;
    private final MessageSource texts;

    RoundPagesController(
            PublicRoundService rounds,
            ResultService results,
            PublicProjectService projects,
            OutcomeService outcomes,
            MessageSource texts) {
        this.rounds = rounds;
        this.results = results;
        this.projects = projects;
        this.outcomes = outcomes;
        this.texts = texts;
    }

    @GetMapping("/public/rounds/{roundId}")
    String round(@PathVariable long roundId, Model model, Locale locale) {
        PublicRound round = find(roundId);
        model.addAttribute("round", round);
        model.addAttribute("phases", Phase.values());
        model.addAttribute("votingOpen", round.phase() == Phase.VOTING);
        model.addAttribute("resultsPublished", results.results(roundId).isPresent());
        model.addAttribute("rules", rules(round, locale));
        model.addAttribute("active", "rounds");
        return "public/round";
    }

    @GetMapping("/public/rounds/{roundId}/results")
    String results(@PathVariable long roundId, Model model, Locale locale) {
        PublicRound round = find(roundId);
        model.addAttribute("round", round);
        model.addAttribute("active", "rounds");
        var found = results.results(roundId);
        if (found.isEmpty()) {
            model.addAttribute("published", false);
            return "public/results";
        }
        RoundResults outcome = found.get();
        Participation participation = results.participation(roundId).orElseThrow();
        PageFormat format = new PageFormat(locale);
        model.addAttribute("published", true);
        model.addAttribute("outcome", outcome);
        model.addAttribute(
                "summary",
                text(
                        locale,
                        "results.summary",
                        outcome.selected().size(),
                        outcome.initiatives().size(),
                        format.money(outcome.totalCost(), outcome.currency()),
                        format.money(outcome.budgetLeft(), outcome.currency()),
                        format.money(outcome.budget(), outcome.currency())));
        model.addAttribute("ballots", format.count(participation.ballots()));
        int max = Math.max(1, outcome.maxSupport());
        model.addAttribute(
                "rows",
                outcome.initiatives().stream()
                        .map(i -> new ResultRow(
                                i,
                                (int) Math.round(100.0 * i.support() / max),
                                support(locale, format, outcome.format(), i.support()) + " · "
                                        + format.money(i.cost(), outcome.currency()) + " · "
                                        + text(locale, i.selected() ? "results.selected" : "results.not-selected"),
                                why(locale, format, outcome, i.why())))
                        .toList());
        model.addAttribute(
                "tables",
                Map.of(
                        "results.stats.channel", counts(locale, format, participation.byChannel(), "channel."),
                        "results.stats.group", counts(locale, format, participation.byGroup(), "voter-group."),
                        "results.stats.sex", counts(locale, format, participation.bySex(), "voter-sex."),
                        "results.stats.age", counts(locale, format, participation.byAgeBand(), "profiles.age.")));
        model.addAttribute(
                "tableOrder",
                List.of("results.stats.channel", "results.stats.group", "results.stats.sex", "results.stats.age"));
        List<String> groups = participation.byGroup().keySet().stream().sorted().toList();
        model.addAttribute(
                "groups",
                groups.stream().map(g -> label(locale, "voter-group.", g)).toList());
        model.addAttribute(
                "groupRows",
                outcome.initiatives().stream()
                        .map(i -> {
                            Map<String, Integer> byGroup =
                                    participation.supportByGroup().getOrDefault(i.initiativeId(), Map.of());
                            return new GroupRow(
                                    i.title(),
                                    groups.stream()
                                            .map(g -> format.count(byGroup.getOrDefault(g, 0)))
                                            .toList());
                        })
                        .toList());
        return "public/results";
    }

    @GetMapping("/public/communities/{communityId}/projects")
    String communityProjects(@PathVariable long communityId, Model model, Locale locale) {
        String name = projects.publicCommunityName(communityId)
                .orElseThrow(() -> new PageNotFoundException("community " + communityId));
        model.addAttribute("communityName", name);
        model.addAttribute("projects", projects.publicProjects(communityId));
        model.addAttribute("active", "communities");
        // Reintegration scores appear only once staff published them, suppressed as everywhere else
        outcomes.publishedFigures(communityId).ifPresent(published -> {
            model.addAttribute("outcomeScheme", scheme(published, locale));
            model.addAttribute("outcomeRows", outcomeRows(published, locale));
        });
        return "public/projects";
    }

    private String scheme(PublishedOutcomes published, Locale locale) {
        String line = texts.getMessage(
                "outcome.scheme.line",
                new Object[] {published.schemeVersion(), BidiText.isolate(published.schemeTitle())},
                locale);
        return published.example()
                ? line + " — " + texts.getMessage("outcome.scheme.example-warning", null, locale)
                : line;
    }

    private List<OutcomeRow> outcomeRows(PublishedOutcomes published, Locale locale) {
        NumberFormat score = NumberFormat.getNumberInstance(locale);
        score.setMinimumFractionDigits(2);
        score.setMaximumFractionDigits(2);
        NumberFormat count = NumberFormat.getIntegerInstance(locale);
        return published.figures().stream()
                .map(f -> new OutcomeRow(
                        texts.getMessage(
                                "outcome.quarter",
                                new Object[] {
                                    f.quarter().getYear(), (f.quarter().getMonthValue() - 1) / 3 + 1
                                },
                                locale),
                        SmallCounts.hidden(f.respondents())
                                ? SmallCounts.text(f.respondents())
                                : count.format(f.respondents()),
                        java.util.Arrays.stream(ScoreKind.values())
                                .map(kind -> f.mean(kind) == null ? "–" : score.format(f.mean(kind)))
                                .toList()))
                .toList();
    }

    private PublicRound find(long roundId) {
        try {
            return rounds.publicRound(roundId);
        } catch (IllegalArgumentException unknown) {
            throw new PageNotFoundException("round " + roundId);
        }
    }

    private String rules(PublicRound round, Locale locale) {
        PageFormat format = new PageFormat(locale);
        return switch (round.rules().format()) {
            case APPROVAL ->
                text(
                        locale,
                        "rounds.rules.APPROVAL",
                        round.rules().minChoices(),
                        round.rules().maxChoices());
            case KNAPSACK -> text(locale, "rounds.rules.KNAPSACK", format.money(round.budget(), round.currency()));
            case CUMULATIVE ->
                text(locale, "rounds.rules.CUMULATIVE", round.rules().points());
        };
    }

    private List<CountRow> counts(Locale locale, PageFormat format, Map<String, Integer> counts, String keyPrefix) {
        return counts.entrySet().stream()
                .map(e -> new CountRow(label(locale, keyPrefix, e.getKey()), format.count(e.getValue())))
                .toList();
    }

    private String label(Locale locale, String keyPrefix, String key) {
        return key.equals(Participation.UNDECLARED)
                ? text(locale, "results.stats.undeclared")
                : text(locale, keyPrefix + key);
    }

    /** Why an initiative was or was not selected, with its figures, as the staff results page words it. */
    private String why(Locale locale, PageFormat format, RoundResults outcome, ResultExplanation why) {
        List<String> f = why.figures();
        String currency = outcome.currency();
        return switch (why.kind()) {
            case "greedy.selected", "greedy.did-not-fit" ->
                text(
                        locale,
                        why.messageKey(),
                        support(locale, format, outcome.format(), Integer.parseInt(f.get(0))),
                        format.money(new BigDecimal(f.get(2)), currency),
                        format.money(new BigDecimal(f.get(3)), currency));
            case "mes.SELECTED" ->
                text(
                        locale,
                        why.messageKey(),
                        f.get(0),
                        f.get(1),
                        format.money(new BigDecimal(f.get(2)), currency),
                        format.money(new BigDecimal(f.get(3)), currency));
            case "mes.UNAFFORDABLE" ->
                text(
                        locale,
                        why.messageKey(),
                        f.get(0),
                        format.money(new BigDecimal(f.get(1)), currency),
                        format.money(new BigDecimal(f.get(2)), currency));
            default -> text(locale, why.messageKey());
        };
    }

    private String support(Locale locale, PageFormat format, BallotFormat ballot, int support) {
        return text(
                locale, ballot == BallotFormat.CUMULATIVE ? "results.points" : "results.votes", format.number(support));
    }

    private String text(Locale locale, String key, Object... arguments) {
        return texts.getMessage(key, arguments.length == 0 ? null : arguments, key, locale);
    }
}
