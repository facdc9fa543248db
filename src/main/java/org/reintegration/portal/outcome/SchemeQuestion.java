package org.reintegration.portal.outcome;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.SequencedMap;
import java.util.regex.Pattern;
import org.reintegration.portal.base.InvalidValueException;
import org.reintegration.portal.initiative.Dimension;

/**
 * One survey question of a scoring scheme.
 *
 * @param id              how the question is named in the field mapping and stored with each answer
 * @param dimension       the dimension whose score it feeds
 * @param indicator       the indicator it measures, as the scheme calls it
 * @param weight          its weight within its dimension's score, 0 or more
 * @param compositeWeight its weight within the composite score, 0 or more
 * @param answers         each answer code to its score, between 0 and 1
 */
public record SchemeQuestion(
        String id,
        Dimension dimension,
        String indicator,
        double weight,
        double compositeWeight,
        SequencedMap<String, Double> answers) {

    public static final int ID_MAX = 60;
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]{0,59}");

    public SchemeQuestion {
        Objects.requireNonNull(dimension, "dimension");
        if (id == null || !ID.matcher(id).matches()) {
            throw new InvalidValueException("import.scheme.question-id", String.valueOf(ID_MAX), String.valueOf(id));
        }
        if (!(weight >= 0) || !(compositeWeight >= 0) || Double.isInfinite(weight + compositeWeight)) {
            throw new InvalidValueException("import.scheme.weights");
        }
        if (answers.isEmpty()) {
            throw new InvalidValueException("import.scheme.no-answers", id);
        }
        answers.forEach((code, score) -> {
            if (!(score >= 0 && score <= 1)) {
                throw new InvalidValueException("import.scheme.score-range", code, id, String.valueOf(score));
            }
            if (code.length() > ID_MAX) {
                throw new InvalidValueException("import.scheme.code-too-long", String.valueOf(ID_MAX), code);
            }
        });
        indicator = indicator == null || indicator.isBlank() ? id : indicator.strip();
        answers = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(answers));
    }

    /** The score of an answer code, or null when the question has no such answer. */
    public Double scoreOf(String answer) {
        return answers.get(answer);
    }

    Map<String, Double> answerScores() {
        return answers;
    }
}
