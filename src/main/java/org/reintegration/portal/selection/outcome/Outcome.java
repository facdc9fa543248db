package org.reintegration.portal.selection.outcome;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The result of applying an outcome rule to an election.
 *
 * @param rule         the rule's name, such as {@code mes_add1u}
 * @param selected     the selected project ids, in the order the rule selected them
 * @param cost         what the selected projects cost together, never more than the budget
 * @param summary      one sentence on how the rule ran, for the top of a results page
 * @param explanations one explanation per project of the election, in the election's project order
 */
public record Outcome(String rule, List<String> selected, long cost, String summary, List<Explanation> explanations) {

    public Outcome {
        selected = List.copyOf(selected);
        explanations = List.copyOf(explanations);
    }

    /** The selected project ids, iterating in selection order. */
    public Set<String> selectedSet() {
        return new LinkedHashSet<>(selected);
    }

    /** What the rule did with the project, if the election lists it. */
    public Optional<Explanation> explanationOf(String projectId) {
        return explanations.stream()
                .filter(explanation -> explanation.projectId().equals(projectId))
                .findFirst();
    }
}
