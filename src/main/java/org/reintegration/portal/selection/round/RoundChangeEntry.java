package org.reintegration.portal.selection.round;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.reintegration.portal.initiative.Initiative;

/**
 * A change log entry of a round before it is stored: its kind, its figures and its English sentence, and how
 * each kind of change is put into those words.
 */
record RoundChangeEntry(RoundChangeKind kind, Map<String, String> params, String what) {

    static String describe(PhaseDates dates) {
        List<String> parts = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            if (dates.of(phase) != null) {
                parts.add(phase.name().toLowerCase(java.util.Locale.ROOT) + " from " + dates.of(phase));
            }
        }
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }

    /** The entry of a round's creation: all its settings. */
    static RoundChangeEntry created(RoundData data, String communityNames) {
        String budget = data.budget().stripTrailingZeros().toPlainString();
        Map<String, String> params = new LinkedHashMap<>();
        params.put("name", data.name());
        params.put("communities", communityNames);
        params.put("budget", budget);
        params.put("currency", data.currency());
        putRules(params, "", data.rules());
        params.put("rule", data.rule().code());
        String summary = "\"" + data.name() + "\" for " + communityNames + ", budget " + budget + " " + data.currency()
                + ", " + data.rules().describe() + ", outcome rule "
                + data.rule().code();
        return new RoundChangeEntry(RoundChangeKind.ROUND_CREATED, params, "Round created: " + summary);
    }

    static RoundChangeEntry describeBallot(
            List<Long> ids,
            Map<Long, Initiative> chosen,
            List<Long> added,
            List<Long> removed,
            List<BallotItem> before) {
        Map<Long, String> titles = new HashMap<>();
        before.forEach(item -> titles.put(item.initiativeId(), item.title()));
        chosen.values().forEach(i -> titles.put(i.id(), i.data().title()));
        StringBuilder what = new StringBuilder("Ballot set to ")
                .append(
                        ids.isEmpty()
                                ? "nothing"
                                : ids.stream().map(titles::get).collect(Collectors.joining("; ")));
        if (!added.isEmpty()) {
            what.append(". Added: ").append(added.stream().map(titles::get).collect(Collectors.joining("; ")));
        }
        if (!removed.isEmpty()) {
            what.append(". Removed: ").append(removed.stream().map(titles::get).collect(Collectors.joining("; ")));
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("ballot", ids.stream().map(titles::get).collect(Collectors.joining("\n")));
        params.put("added", added.stream().map(titles::get).collect(Collectors.joining("\n")));
        params.put("removed", removed.stream().map(titles::get).collect(Collectors.joining("\n")));
        return new RoundChangeEntry(RoundChangeKind.BALLOT_SET, params, what.toString());
    }

    /**
     * Notes a change when the before and after differ: its kind, its figures (from and to, unless given) and
     * the English sentence kept beside them.
     */
    static void note(
            List<RoundChangeEntry> changes,
            RoundChangeKind kind,
            String what,
            Object before,
            Object after,
            Map<String, String> figures) {
        if (!Objects.equals(before, after)) {
            Map<String, String> params = new LinkedHashMap<>(figures);
            if (figures.isEmpty()) {
                params.put("from", before == null ? "" : before.toString());
                params.put("to", after == null ? "" : after.toString());
            }
            changes.add(new RoundChangeEntry(
                    kind,
                    params,
                    "Changed " + what + " from " + (before == null ? "none" : before) + " to "
                            + (after == null ? "none" : after)));
        }
    }

    static Map<String, String> dateParams(PhaseDates before, PhaseDates after) {
        Map<String, String> params = new LinkedHashMap<>();
        for (Phase phase : Phase.values()) {
            if (before.of(phase) != null) {
                params.put("from." + phase.name(), before.of(phase).toString());
            }
        }
        for (Phase phase : Phase.values()) {
            if (after.of(phase) != null) {
                params.put("to." + phase.name(), after.of(phase).toString());
            }
        }
        return params;
    }

    static void putRules(Map<String, String> params, String prefix, BallotRules rules) {
        params.put(prefix + "format", rules.format().name());
        if (rules.minChoices() != null) {
            params.put(prefix + "min", rules.minChoices().toString());
        }
        if (rules.maxChoices() != null) {
            params.put(prefix + "max", rules.maxChoices().toString());
        }
        if (rules.points() != null) {
            params.put(prefix + "points", rules.points().toString());
        }
    }
}
