package org.reintegration.portal.selection.round;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What an edit of a round changes, as change log entries, in two kinds: settings that may change until
 * the round is closed (name, dates, slip language), and settings frozen once a ballot is cast
 * (communities, budget, ballot rules, outcome rule). The round service decides whether the edit may go
 * ahead.
 *
 * @param free   changes of settings that are never frozen before the round is closed
 * @param frozen changes of settings that the first ballot freezes
 */
record RoundEdit(List<RoundChangeEntry> free, List<RoundChangeEntry> frozen) {

    RoundEdit {
        free = List.copyOf(free);
        frozen = List.copyOf(frozen);
    }

    /**
     * The changes from one version of a round's settings to the next.
     *
     * @param communityNames the names of communities by id, as the log shows them
     */
    static RoundEdit between(RoundData old, RoundData data, Function<Set<Long>, String> communityNames) {
        List<RoundChangeEntry> free = new ArrayList<>();
        List<RoundChangeEntry> frozen = new ArrayList<>();
        RoundChangeEntry.note(free, RoundChangeKind.NAME_CHANGED, "name", old.name(), data.name(), Map.of());
        RoundChangeEntry.note(
                free,
                RoundChangeKind.DATES_CHANGED,
                "dates",
                RoundChangeEntry.describe(old.dates()),
                RoundChangeEntry.describe(data.dates()),
                RoundChangeEntry.dateParams(old.dates(), data.dates()));
        RoundChangeEntry.note(
                free,
                RoundChangeKind.SLIP_LANGUAGE_CHANGED,
                "slip language",
                old.slipLanguage(),
                data.slipLanguage(),
                Map.of());
        RoundChangeEntry.note(
                frozen,
                RoundChangeKind.COMMUNITIES_CHANGED,
                "communities",
                communityNames.apply(old.communityIds()),
                communityNames.apply(data.communityIds()),
                Map.of());
        String oldBudget = old.budget().stripTrailingZeros().toPlainString();
        String newBudget = data.budget().stripTrailingZeros().toPlainString();
        RoundChangeEntry.note(
                frozen,
                RoundChangeKind.BUDGET_CHANGED,
                "budget",
                oldBudget + " " + old.currency(),
                newBudget + " " + data.currency(),
                Map.of("from", oldBudget, "to", newBudget, "currency", data.currency()));
        Map<String, String> rulesParams = new LinkedHashMap<>();
        RoundChangeEntry.putRules(rulesParams, "from.", old.rules());
        RoundChangeEntry.putRules(rulesParams, "to.", data.rules());
        RoundChangeEntry.note(
                frozen,
                RoundChangeKind.BALLOT_RULES_CHANGED,
                "ballot rules",
                old.rules().describe(),
                data.rules().describe(),
                rulesParams);
        RoundChangeEntry.note(
                frozen,
                RoundChangeKind.OUTCOME_RULE_CHANGED,
                "outcome rule",
                old.rule().code(),
                data.rule().code(),
                Map.of());
        return new RoundEdit(free, frozen);
    }

    boolean changesNothing() {
        return free.isEmpty() && frozen.isEmpty();
    }

    /** Every change, in the order the log records them: the free ones first. */
    List<RoundChangeEntry> all() {
        List<RoundChangeEntry> all = new ArrayList<>(free);
        all.addAll(frozen);
        return all;
    }
}
