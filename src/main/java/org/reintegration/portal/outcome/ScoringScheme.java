package org.reintegration.portal.outcome;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.reintegration.portal.base.InvalidValueException;
import org.reintegration.portal.initiative.Dimension;

/**
 * How survey answers become reintegration scores: the questions, each answer's score, each question's weight in
 * its dimension and in the composite, what an unknown answer does, and the threshold the programme reads the
 * composite against. Pure: no Spring, no database. Its text form is read by {@link SchemeText}.
 *
 * <p>A dimension's score is the weighted mean of its questions' answer scores; the composite is the weighted mean
 * of every question's answer score with the composite weights. Under {@link UnknownAnswers#SKIP} a question not
 * answered, or answered with one of {@link #unknownCodes()}, is left out of both means; under {@link
 * UnknownAnswers#ZERO} it counts as 0. A score none of whose questions counted is null.
 *
 * @param title        what the scheme is called
 * @param example      true for a scheme whose weights are invented for illustration, which every page says
 * @param threshold    the composite score from which a returnee counts as sustainably reintegrated, 0 to 1
 * @param unknown      what an unknown answer does
 * @param unknownCodes the answer codes that mean "don't know", "not applicable" or refused
 */
public record ScoringScheme(
        String title,
        boolean example,
        double threshold,
        UnknownAnswers unknown,
        Set<String> unknownCodes,
        List<SchemeQuestion> questions) {

    public static final int TITLE_MAX = 200;

    public ScoringScheme {
        if (title == null || title.isBlank() || title.length() > TITLE_MAX) {
            throw new InvalidValueException("import.scheme.title-length", String.valueOf(TITLE_MAX));
        }
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new InvalidValueException("import.scheme.threshold-range", String.valueOf(threshold));
        }
        unknownCodes = Set.copyOf(unknownCodes);
        questions = List.copyOf(questions);
        if (questions.isEmpty()) {
            throw new InvalidValueException("import.scheme.no-question");
        }
        List<String> seen = new ArrayList<>();
        for (SchemeQuestion question : questions) {
            if (seen.contains(question.id())) {
                throw new InvalidValueException("import.scheme.question-twice", question.id());
            }
            seen.add(question.id());
            for (String code : question.answers().keySet()) {
                if (unknownCodes.contains(code)) {
                    throw new InvalidValueException("import.scheme.answer-also-unknown", code, question.id());
                }
            }
        }
    }

    public Optional<SchemeQuestion> question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    /** True when the code is a scored answer of the question or an unknown answer. */
    public boolean accepts(SchemeQuestion question, String answer) {
        return question.answers().containsKey(answer) || unknownCodes.contains(answer);
    }

    /**
     * The scores of one survey answer.
     *
     * @param answers question id to answer code; a question missing or mapped to {@code ""} was not answered;
     *                an answer this scheme does not know counts as unknown
     */
    public Scores score(Map<String, String> answers) {
        Map<Dimension, double[]> dimensions = new EnumMap<>(Dimension.class);
        double[] composite = new double[2];
        for (SchemeQuestion question : questions) {
            String answer = answers.getOrDefault(question.id(), "");
            Double score = question.scoreOf(answer);
            if (score == null) {
                if (unknown == UnknownAnswers.SKIP) {
                    continue;
                }
                score = 0.0;
            }
            double[] dimension = dimensions.computeIfAbsent(question.dimension(), d -> new double[2]);
            add(dimension, question.weight(), score);
            add(composite, question.compositeWeight(), score);
        }
        return new Scores(
                mean(dimensions.get(Dimension.ECONOMIC)),
                mean(dimensions.get(Dimension.SOCIAL)),
                mean(dimensions.get(Dimension.PSYCHOSOCIAL)),
                mean(composite));
    }

    /** The questions by dimension, in scheme order, for reading. */
    public Map<Dimension, List<SchemeQuestion>> byDimension() {
        Map<Dimension, List<SchemeQuestion>> by = new LinkedHashMap<>();
        for (Dimension dimension : Dimension.values()) {
            by.put(
                    dimension,
                    questions.stream().filter(q -> q.dimension() == dimension).toList());
        }
        return by;
    }

    private static void add(double[] sums, double weight, double score) {
        if (weight > 0) {
            sums[0] += weight * score;
            sums[1] += weight;
        }
    }

    private static Double mean(double[] sums) {
        if (sums == null || sums[1] == 0) {
            return null;
        }
        // rounding noise could push a weighted mean of scores in [0, 1] a hair outside
        return Math.max(0, Math.min(1, sums[0] / sums[1]));
    }
}
